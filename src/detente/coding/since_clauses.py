"""Acts told as the start of a span that reaches the story: "Shaab has seen a drop in violence
since al-Sadr declared a cease-fire", "the two states have had no relations since the invasion".

A "since" clause told in the simple past, or a "since" phrase naming an event, on a verb in the
perfect names the point a state or a stretch of time began from (English grammar: the perfect
with "since" measures a span from a past point up to the time of telling). That point lies
before the span the sentence reports: background, not the story's own news. A clause that names
one of the story's days ("since police arrested him on Monday") is left to the date rules. A
causal "since" on a perfect ("since they refused, the talks have stalled") also tells an act
before what the sentence reports. Read by modality.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import clause_verb
from detente.lexicons.english import english

# Verb forms of a clause told in the simple past: "since Russia invaded", "since it was seized".
PAST_TAGS = frozenset({"VBD"})


def since_start(trigger: Token, chain: list[Token]) -> str | None:
    """The cue when the trigger's clause, or the event noun it is, is the "since" point of a
    span told in the perfect; None otherwise."""
    for tok in chain:
        span = _span_verb(tok)
        if span is not None:
            return f"'since' {tok.text!r} starts the span {span.text!r} tells: before the story"
    span = _noun_start(trigger)
    if span is not None:
        return f"'since' the {trigger.text!r} starts the span {span.text!r} tells: before the story"
    return None


def _span_verb(clause: Token) -> Token | None:
    """ "since Russia invaded Georgia" hung on "have had": the perfect verb the clause starts."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i or not _marked_since(clause):
        return None
    if not _simple_past(clause) or _names_story_day(clause):
        return None
    return clause.head if _perfect(clause.head) else None


def _noun_start(trigger: Token) -> Token | None:
    """ "have had no relations since the invasion": an event noun after "since" on a perfect."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in english().senses.since_marks:
        return None
    if prep.dep_ != "prep" or prep.head.i == prep.i or _names_story_day(trigger):
        return None
    verb = clause_verb(prep.head)  # "no relations since the invasion": on the object
    return verb if verb is not None and _perfect(verb) else None


def _marked_since(clause: Token) -> bool:
    marks = english().senses.since_marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _simple_past(verb: Token) -> bool:
    """ "declared", "was seized": no perfect, modal or progressive of its own."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in PAST_TAGS
    return all(a.dep_ == "auxpass" and a.tag_ in PAST_TAGS for a in aux) and verb.tag_ == "VBN"


def _perfect(verb: Token) -> bool:
    """ "has seen", "have had", "had been", "has been fighting": a verb in the perfect."""
    perfect = english().words.perfect_aux
    return any(
        c.dep_ == "aux" and (c.lemma_.lower() in perfect or c.lower_ in perfect)
        for c in verb.children
    )


def _names_story_day(head: Token) -> bool:
    """ "since police arrested him on Monday", "since yesterday's raid": a day of the story."""
    words = english().words
    days = frozenset(words.weekdays) | frozenset(words.day_words)
    return any(t.lower_ in days for t in head.subtree)
