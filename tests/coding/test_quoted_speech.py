"""Direct speech: a third-person pronoun inside quotation marks stands for someone other than
the speaker outside them, and a quoted complaint in the simple present about what "they" do to
"us" tells a habit, no event (made-up world, parsed by the real model; coding/quoted_speech.py)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.quoted_speech import across_quote, inside_quote

from middle_earth import code_text


def _accusations(nlp, coder: Coder, text: str) -> list[tuple[str, ...]]:
    return [
        tuple(m.text for m in e.actor)
        for e in code_text(nlp, coder, text)
        if e.event_type == "ACCUSE"
    ]


def test_a_quoted_they_is_not_the_speaker_outside_the_quotation(nlp, coder: Coder) -> None:
    text = 'The Gondorian minister said on Tuesday: "They accused Arnor of lying on Monday."'
    assert all("The Gondorian minister" not in a for a in _accusations(nlp, coder, text))


def test_an_indirect_they_may_still_be_the_speaker(nlp, coder: Coder) -> None:
    text = "The Gondorian ministers said on Tuesday that they accused Arnor of lying."
    assert _accusations(nlp, coder, text)


def test_a_quoted_complaint_in_the_simple_present_is_no_event(nlp, coder: Coder) -> None:
    text = (
        'The Gondorian minister spoke in Minas Tirith on Monday. "We defend our land, and '
        'then they call us terrorists," he said.'
    )
    assert _accusations(nlp, coder, text) == []


def test_a_quoted_act_done_in_the_past_stays(nlp, coder: Coder) -> None:
    text = (
        'The Gondorian minister spoke in Minas Tirith on Monday. "Mordor attacked us, and '
        'then Arnor accused us of lying," he said.'
    )
    assert _accusations(nlp, coder, text)


def test_a_present_act_outside_quotation_marks_stays(nlp, coder: Coder) -> None:
    text = "Gondor accuses Arnor of lying about the attack on Minas Tirith."
    assert _accusations(nlp, coder, text)


def test_quotation_marks_are_counted_from_the_paragraph_start(nlp) -> None:
    doc = nlp('He spoke on Monday. "They attack us," he said. Then they left.')
    attack = next(t for t in doc if t.lower_ == "attack")
    left = next(t for t in doc if t.lower_ == "left")
    said = next(t for t in doc if t.lower_ == "said")
    assert inside_quote(attack) and not inside_quote(left)
    assert across_quote(attack, said)
