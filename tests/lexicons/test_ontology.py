"""The shipped CAMEO/PLOVER ontology is complete, consistent and strictly checked on load."""

from __future__ import annotations

import csv
import dataclasses
from importlib import resources
from pathlib import Path

import pytest

from detente.errors import LexiconError
from detente.lexicons.ontology import (
    CAMEO_FILE,
    NOT_CODED,
    PLOVER_FILE,
    PLOVER_TYPES,
    Ontology,
    load_ontology,
    quad_class_for_root,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFERENCE_CODES = SHARED / "reference" / "cameo_codes.tsv"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped ontology files."""
    shipped = resources.files("detente.lexicons").joinpath("data")
    for name in (CAMEO_FILE, PLOVER_FILE):
        (tmp_path / name).write_text(shipped.joinpath(name).read_text("utf-8"), "utf-8")
    return tmp_path


def _replace_row(path: Path, code: str, new_row: str) -> int:
    """Swap the row of `code` for `new_row`; return its 1-based line number."""
    lines = path.read_text("utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.split("\t")[0] == code)
    lines[index] = new_row
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return index + 1


@pytest.mark.shared
def test_every_reference_code_is_shipped_with_its_goldstein(ontology: Ontology) -> None:
    if not REFERENCE_CODES.exists():
        pytest.skip(f"../shared/reference missing: {REFERENCE_CODES}")
    with REFERENCE_CODES.open(encoding="utf-8") as handle:
        reference = {row["code"]: row for row in csv.DictReader(handle, delimiter="\t")}
    assert len(reference) == 312
    assert set(ontology.codes) == set(reference)
    for code, row in reference.items():
        assert ontology.cameo(code).root == row["root_code"]
        assert ontology.cameo(code).goldstein == float(row["goldstein"])


def test_every_code_maps_to_a_plover_type_or_is_marked_not_coded(ontology: Ontology) -> None:
    assert len(ontology.codes) == 312
    for code in ontology.codes.values():
        assert code.event_type in (*PLOVER_TYPES, NOT_CODED), code


def test_every_plover_type_is_reachable_from_some_cameo_code(ontology: Ontology) -> None:
    assert ontology.plover_types() == frozenset(PLOVER_TYPES)


def test_public_statements_are_not_coded_but_appeals_are_requests(ontology: Ontology) -> None:
    assert [c for c in ontology.codes.values() if not c.codable] == [
        ontology.cameo(code) for code in ontology.codes if code.startswith("01")
    ]
    assert ontology.cameo("0233").event_type == "REQUEST"
    assert ontology.cameo("0233").mode == "assist"


def test_known_codes_carry_type_mode_score_and_quad(ontology: Ontology) -> None:
    host = ontology.cameo("043")
    assert (host.event_type, host.mode, host.goldstein, host.quad_class) == (
        "CONSULT", "visit", 2.8, 1
    )  # fmt: skip
    fight = ontology.cameo("190")
    assert (fight.event_type, fight.goldstein, fight.quad_class) == ("ASSAULT", -10.0, 4)
    assert fight.context == ("military",)
    assert ontology.cameo("0841").event_type == "RETREAT"
    assert ontology.cameo("083").event_type == "CONCEDE"
    assert ontology.cameo("094").context == ("military", "legal")
    assert ontology.cameo("057").goldstein == 8.0


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4)]
)
def test_quad_class_follows_the_gdelt_root_ranges(root: str, quad: int) -> None:
    assert quad_class_for_root(root) == quad


def test_every_code_has_the_quad_class_of_its_root(ontology: Ontology) -> None:
    for code in ontology.codes.values():
        assert code.code.startswith(code.root)
        assert code.quad_class == quad_class_for_root(code.root)


def test_default_cameo_for_a_type_maps_back_to_that_type(ontology: Ontology) -> None:
    for event_type in PLOVER_TYPES:
        assert ontology.cameo(ontology.default_cameo_for(event_type)).event_type == event_type
    assert ontology.default_cameo_for("CONSULT") == "040"
    assert ontology.default_cameo_for("ASSAULT") == "190"


def test_default_cameo_for_a_mode_prefers_the_marked_then_most_general_code(
    ontology: Ontology,
) -> None:
    assert ontology.default_cameo_for("ASSAULT", "targeted") == "186"  # marked
    assert ontology.default_cameo_for("CONSULT", "visit") == "042"  # most general
    assert ontology.default_cameo_for("REQUEST", "meet") == "106"  # demands, not appeals
    # A mode no CAMEO code carries falls back to the type's default.
    assert ontology.default_cameo_for("COERCE", "censor") == "170"
    for (event_type, mode), code in ontology.mode_defaults.items():
        assert (ontology.cameo(code).event_type, ontology.cameo(code).mode) == (event_type, mode)


def test_unknown_codes_and_types_raise_key_error(ontology: Ontology) -> None:
    with pytest.raises(KeyError, match="999"):
        ontology.cameo("999")
    with pytest.raises(KeyError, match="FIGHT"):
        ontology.default_cameo_for("FIGHT")


def test_ontology_is_immutable(ontology: Ontology) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ontology.version = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ontology.codes["999"] = ontology.cameo("010")  # type: ignore[index]


def test_loading_from_a_directory_reads_its_version(data_copy: Path) -> None:
    assert load_ontology(data_copy).version == load_ontology().version


def test_goldstein_out_of_range_names_file_and_line(data_copy: Path) -> None:
    line = _replace_row(data_copy / CAMEO_FILE, "190", "190\t19\tFighting\t-11\t4")
    with pytest.raises(LexiconError, match=rf"cameo\.tsv:{line}: goldstein"):
        load_ontology(data_copy)


def test_wrong_quad_class_for_the_root_is_refused(data_copy: Path) -> None:
    line = _replace_row(data_copy / CAMEO_FILE, "043", "043\t04\tReceive a visitor\t2.8\t2")
    with pytest.raises(LexiconError, match=rf"cameo\.tsv:{line}: .*quad_class of root 04 is 1"):
        load_ontology(data_copy)


def test_unknown_plover_type_names_file_and_line(data_copy: Path) -> None:
    line = _replace_row(data_copy / PLOVER_FILE, "190", "190\tFIGHT\t\tmilitary\t")
    with pytest.raises(LexiconError, match=rf"cameo_plover\.tsv:{line}: event_type"):
        load_ontology(data_copy)


def test_mode_of_another_type_is_refused(data_copy: Path) -> None:
    line = _replace_row(data_copy / PLOVER_FILE, "041", "041\tCONSULT\tarrest\t\t")
    with pytest.raises(LexiconError, match=rf"cameo_plover\.tsv:{line}: .*not a CONSULT mode"):
        load_ontology(data_copy)


def test_duplicate_code_is_refused(data_copy: Path) -> None:
    path = data_copy / PLOVER_FILE
    path.write_text(path.read_text("utf-8") + "041\tCONSULT\tphone\t\t\n", "utf-8")
    last = len(path.read_text("utf-8").splitlines())
    with pytest.raises(LexiconError, match=rf"cameo_plover\.tsv:{last}: code 041 repeats"):
        load_ontology(data_copy)


def test_code_without_mapping_row_is_refused(data_copy: Path) -> None:
    path = data_copy / PLOVER_FILE
    kept = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("0874")]
    path.write_text("\n".join(kept) + "\n", "utf-8")
    with pytest.raises(LexiconError, match=r"cameo\.tsv:\d+: code 0874 has no row"):
        load_ontology(data_copy)


def test_mismatched_versions_are_refused(data_copy: Path) -> None:
    path = data_copy / PLOVER_FILE
    text = path.read_text("utf-8")
    path.write_text(text.replace("# version: ", "# version: 1999.", 1), "utf-8")
    with pytest.raises(LexiconError, match="version"):
        load_ontology(data_copy)


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"cameo\.tsv"):
        load_ontology(tmp_path)
