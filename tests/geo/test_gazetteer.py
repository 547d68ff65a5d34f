"""The gazetteer index: built once into a cache folder, rebuilt when stale or damaged."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import sys

import pytest

from detente.config import load_settings
from detente.geo import load_gazetteer
from detente.geo.gazetteer import gazetteer_dir
from detente.geo.sources import keep_alias, mean_position, name_key


def test_city_found_by_its_own_and_alternate_names(gazetteer):
    for name in ("Pyongyang", "P'yongyang", "PYONGYANG", "Pjöngjang"):
        found = gazetteer.lookup(name)
        assert found, name
        assert (found[0].name, found[0].country, found[0].precision) == ("Pyongyang", "PRK", "city")


def test_country_names_come_before_anything_else_of_that_name(gazetteer):
    found = gazetteer.lookup("Georgia")
    assert found[0].precision == "country"
    assert found[0].country == "GEO"
    assert any(c.precision == "admin1" and c.admin1 == "GA" for c in found[1:])


def test_our_lexicon_names_reach_the_countries(gazetteer):
    assert gazetteer.lookup("DPRK")[0].country == "PRK"
    assert gazetteer.lookup("U.S.")[0].country == "USA"
    assert gazetteer.lookup("the United States")[0].country == "USA"


def test_a_big_city_keeps_its_name_even_if_our_lexicon_files_it_under_a_country(gazetteer):
    # countries.yaml lists "Dubai" and "Gaza" as names for actor coding; as places they are cities.
    assert gazetteer.lookup("Dubai")[0].precision == "city"
    assert gazetteer.lookup("Gaza")[0].precision == "city"


def test_countries_carry_a_centroid(gazetteer):
    north_korea = gazetteer.lookup("North Korea")[0]
    assert north_korea.lat == pytest.approx(40, abs=1)
    assert north_korea.lon == pytest.approx(127, abs=1)
    # countryinfo has no entry for Palestine: the centre of its towns stands in.
    palestine = gazetteer.lookup("Palestine")[0]
    assert 31 < palestine.lat < 33 and 34 < palestine.lon < 36


def test_us_states_are_first_level_divisions(gazetteer):
    texas = gazetteer.lookup("Texas")[0]
    assert (texas.country, texas.admin1, texas.precision) == ("USA", "TX", "admin1")
    assert 26 < texas.lat < 36 and -106 < texas.lon < -93


def test_demonyms_are_known_and_country_names_are_not_demonyms(gazetteer):
    assert gazetteer.is_demonym("Chinese")
    assert gazetteer.is_demonym("North Koreans")
    assert not gazetteer.is_demonym("China")
    assert not gazetteer.is_demonym("Burundi")  # also listed as an adjective, but a country first


def test_unknown_and_empty_names_find_nothing(gazetteer):
    assert gazetteer.lookup("Middle-earth") == ()
    assert gazetteer.lookup("") == ()


def test_names_fold_accents_case_punctuation_and_the():
    assert name_key("P'yŏngyang") == "pyongyang"
    assert name_key("Washington, D.C.") == "washington dc"
    assert name_key("The Hague") == name_key("the hague") == "hague"


def test_codes_and_other_scripts_are_not_kept_as_alternate_names():
    assert not keep_alias("FNJ")  # an airport code
    assert not keep_alias("평양")
    assert not keep_alias("ping rang")  # a machine transliteration
    assert keep_alias("Phenian")


def test_mean_position_crosses_the_antimeridian():
    lat, lon = mean_position([(0.0, 179.0), (0.0, -179.0)])
    assert lat == pytest.approx(0, abs=1e-6)
    assert abs(lon) == pytest.approx(180, abs=1e-6)


def test_a_built_index_is_reused(gazetteer, geo_settings):
    index = gazetteer.path
    before = index.stat().st_mtime_ns
    again = load_gazetteer(geo_settings)
    assert again.path == index
    assert index.stat().st_mtime_ns == before


def _copy_index(gazetteer, folder):
    folder.mkdir()
    shutil.copy(gazetteer.path, folder / gazetteer.path.name)
    return folder / gazetteer.path.name


def test_a_damaged_index_is_rebuilt(gazetteer, geo_settings, tmp_path):
    index = _copy_index(gazetteer, tmp_path / "cache")
    index.write_bytes(b"not a database" * 100)
    rebuilt = load_gazetteer(tmp_path / "cache", min_population=geo_settings.geo_min_population)
    assert rebuilt.lookup("Pyongyang")


def test_an_index_from_other_sources_is_rebuilt(gazetteer, geo_settings, tmp_path):
    index = _copy_index(gazetteer, tmp_path / "cache")
    with sqlite3.connect(index) as db:
        db.execute("UPDATE meta SET value = 'format 0' WHERE key = 'version'")
    db.close()
    rebuilt = load_gazetteer(tmp_path / "cache", min_population=geo_settings.geo_min_population)
    assert rebuilt.version == gazetteer.version
    assert rebuilt.lookup("Pyongyang")


def test_the_cache_folder_follows_settings_environment_and_xdg(tmp_path, monkeypatch):
    assert gazetteer_dir(load_settings(geo_cache_dir=tmp_path / "a")) == tmp_path / "a"
    monkeypatch.setenv("DETENTE_GEO_CACHE_DIR", str(tmp_path / "b"))
    assert gazetteer_dir(load_settings()) == tmp_path / "b"
    monkeypatch.delenv("DETENTE_GEO_CACHE_DIR")
    if os.name == "posix" and not sys.platform.startswith("darwin"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert gazetteer_dir(load_settings()) == tmp_path / "xdg" / "detente"


def test_a_gazetteer_travels_to_worker_processes_by_path(gazetteer):
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.path == gazetteer.path
    assert copy.lookup("Dandong")[0].country == "CHN"
