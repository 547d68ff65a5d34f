"""What must come about, told with its place phrase first: "Out of this city must emerge a new
spirit", "From the ruins must rise a new nation".

English puts the subject after the verb when a phrase of place or source opens the clause
(locative inversion); with "must" the clause says what ought to come into being, an exhortation
to no one, not a demand on any party. The small parser gives such a clause no noun subject
before the modal (it hangs the noun after the verb as its object, or the opening "Out" as its
subject). The framing stage drops such obligations with the reason no-event-sense.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match

__all__ = ["INVERTED_DUTY_CHECKS"]

OBLIGATION = "obligation"  # modal_acts.match_obligation's pattern ids start with it
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
# Parts of speech of a subject that names someone or something (not the "Out" of "Out of").
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _inverted_duty(match: Match) -> str | None:
    """An obligation whose clause opens with a phrase of place or source and has no noun
    subject before its modal."""
    if not match.pattern_id.startswith(OBLIGATION):
        return None
    doc = match.head.doc
    modal, verb = doc[match.trigger[0]], doc[match.trigger[1] - 1]
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(s.pos_ in NOMINAL for s in subjects):
        return None
    opening = next((c for c in verb.children if c.i < modal.i and _place_phrase(c)), None)
    if opening is None:
        return None
    return (f"{opening.text!r} opens the clause before {modal.text!r} {verb.text!r}: what must "
            "come about, asked of no one")  # fmt: skip


def _place_phrase(token: Token) -> bool:
    """ "from the ruins", "out of this city" (the parser may make "Out" the subject)."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" for c in token.children)
    return token.pos_ in ("ADP", "ADV") and any(c.dep_ == "prep" for c in token.children)


INVERTED_DUTY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_inverted_duty,)
