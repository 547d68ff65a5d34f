"""BIO source/target gold: tokens are joined back into text and spans scored by overlap."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation import read_spans, score_spans
from detente.evaluation.spans import join_tokens
from gold_events import event, mention


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("Mordor ’ s army shelled Osgiliath .", "Mordor’s army shelled Osgiliath."),
        ("the rebel - held town , the U . S envoy", "the rebel-held town, the U.S envoy"),
        ("the Riders ( ROH ) paid $ 5 . 3 million", "the Riders (ROH) paid $5.3 million"),
        ("Gondor 's king met him ; they left", "Gondor's king met him; they left"),
        # the file cuts accented letters out of names; a lone "à" is a word of its own
        ("Enrique Pe ñ a Nieto met L ó pez à Minas", "Enrique Peña Nieto met López à Minas"),
        ("the Jos é Carreras institute", "the José Carreras institute"),
    ],
)
def test_tokens_are_joined_as_running_text(tokens: str, text: str) -> None:
    words = tokens.split(" ")
    joined, offsets = join_tokens(words)
    assert joined == text
    assert [joined[a:b] for a, b in offsets] == words


SAMPLE = """\
Mordor B-S
’ I-S
s I-S
army I-S
shelled O
Osgiliath B-T
. O

Gondor B-R
met O
Arnor B-R
. O

the O
Rohan I-T
riders I-T
fled O
"""


def test_spans_are_read_with_roles_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "spans.txt"
    path.write_text(SAMPLE + "\nbad line here\nok O\n")
    read = read_spans(path)
    first, second, third = read.records
    assert [(s.role, s.text) for s in first.spans] == [("S", "Mordor’s army"), ("T", "Osgiliath")]
    assert [s.text for s in second.of_role("source")] == ["Gondor", "Arnor"]
    assert [s.text for s in second.of_role("target")] == ["Gondor", "Arnor"]
    assert [(s.role, s.text) for s in third.spans] == [("T", "Rohan riders")]  # I- opens a span
    assert [(s.origin, s.reason) for s in read.skipped] == [
        (f"{path}:19", "line 19: 'bad line here' is not `token TAG` (O, B-/I- S, T or R)")
    ]
    assert first.origin == f"{path}:1"


def test_overlap_scores_use_the_first_event_and_r_spans_count_on_either_side(
    tmp_path: Path,
) -> None:
    path = tmp_path / "spans.txt"
    path.write_text(SAMPLE)
    gold = read_spans(path).records
    # "Mordor’s army shelled Osgiliath.": actor "army" (7-17) overlaps the gold source; the
    # recipient is elsewhere. A later event has the right recipient.
    shelling = [
        event("ASSAULT", [mention("MOR", at=(9, 13))], [mention("GON", at=(0, 6))]),
        event("ASSAULT", [], [mention("GON", at=(22, 31))]),
    ]
    # "Gondor met Arnor.": Gondor → Arnor; each R span is met by one side.
    meeting = [event("CONSULT", [mention("GON", at=(0, 6))], [mention("ARN", at=(11, 16))])]
    report = score_spans(gold, [shelling, meeting, []])
    assert (report.scores["source_overlap"].correct, report.scores["source_overlap"].total) == (
        3,
        3,
    )
    # targets: Osgiliath missed by the first event, Gondor and Arnor met, Rohan riders: no event
    assert (report.scores["target_overlap"].correct, report.scores["target_overlap"].total) == (
        2,
        4,
    )
    assert report.metric("target_overlap_any") == 3 / 4
    assert report.metric("event_found") == 2 / 3
    assert report.records[0].target_hits == (False,)
    assert report.to_dict()["records"][1]["source_hits"] == [True, True]
