"""The real pipeline, loaded once per session, for the ingest tests that code articles."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    """The pipeline of the default settings (the real spaCy model and shipped lexicons)."""
    from detente.config import load_settings
    from detente.pipeline import load_pipeline

    return load_pipeline(load_settings())
