"""5-class CAMEO gold: the first event's root gives the class; no event counts as class 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation import read_cameo5, score_cameo5
from detente.evaluation.cameo5 import class_of_root, predicted_class
from gold_events import event


@pytest.mark.parametrize(
    ("root", "label"),
    [
        (1, "0"),
        (2, "0"),
        (3, "1"),
        (5, "1"),
        (6, "2"),
        (8, "2"),
        (9, "3"),
        (13, "3"),
        (14, "4"),
        (15, "4"),
        (16, "3"),
        (17, "4"),
        (20, "4"),
    ],
)
def test_roots_fall_in_the_five_classes(root: int, label: str) -> None:
    assert class_of_root(root) == label


def test_reduced_relations_are_verbal_conflict_as_plover_sanction() -> None:
    assert predicted_class([event("SANCTION", cameo="163")]) == "3"
    assert predicted_class([event("PROTEST", cameo="141")]) == "4"


def test_a_root_outside_cameo_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a CAMEO root"):
        class_of_root(21)


def test_the_first_event_decides_and_no_event_is_class_0() -> None:
    assert predicted_class([event("ASSAULT", cameo="190"), event("CONSULT", cameo="040")]) == "4"
    assert predicted_class([event("REQUEST", cameo="0233")]) == "0"
    assert predicted_class([]) == "0"


def test_bad_lines_are_skipped_with_line_and_reason(tmp_path: Path) -> None:
    path = tmp_path / "five.tsv"
    path.write_text(
        "Gondor met Arnor.\t1\nno class here\nRohan\tseven\n\t2\nMordor burned Osgiliath.\t4\n"
    )
    read = read_cameo5(path)
    assert [(r.text, r.label) for r in read.records] == [
        ("Gondor met Arnor.", "1"),
        ("Mordor burned Osgiliath.", "4"),
    ]
    assert [(s.origin, s.reason) for s in read.skipped] == [
        (f"{path}:2", "no tab between text and class"),
        (f"{path}:3", "class 'seven' is not 0-4"),
        (f"{path}:4", "no sentence text"),
    ]


def test_accuracy_per_class_confusion_and_no_event_share(tmp_path: Path) -> None:
    path = tmp_path / "five.tsv"
    labels = ["0", "1", "2", "3", "4", "4"]
    path.write_text("".join(f"sentence {i}\t{c}\n" for i, c in enumerate(labels)))
    gold = read_cameo5(path).records
    coded = [
        [],  # class 0 right: no event
        [event("CONSULT", cameo="040")],  # class 1 right
        [],  # class 2 missed: no event
        [event("ASSAULT", cameo="190")],  # class 3 coded as 4
        [event("ASSAULT", cameo="193")],  # right
        [event("REQUEST", cameo="020")],  # class 4 coded as a 01-02 appeal
    ]
    report = score_cameo5(gold, coded)
    assert report.metric("accuracy") == 3 / 6
    assert (report.no_event.correct, report.no_event.total) == (1, 5)  # only sentence 2
    assert report.metric("event_found") == 4 / 5
    assert report.confusion["4"] == {"4": 1, "0": 1}
    assert report.confusion["3"] == {"4": 1}
    four = report.per_class["4"]
    assert (four.precision, four.recall, four.support, four.predicted) == (0.5, 0.5, 2, 2)
    assert report.per_class["0"].precision == pytest.approx(1 / 3)
    data = report.to_dict()
    assert data["no_event_on_class_1_4"] == {"value": 0.2, "correct": 1, "total": 5}
    assert data["records"][3]["cameo"] == "190"
