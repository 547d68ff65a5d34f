"""An act told only as coming after an earlier event: "the minister resigned after last year's
coup", "was dismissed following the 2006 coup".

"After" and "following" place an act later than the event they name, no more (English
grammar: the phrase bounds the act's time from below). When that event is dated half a year or
more before the story and the act has no date of its own, the telling sets the act in the
story's background: it is no news of the story's day (a resignation that is the story's own news is
told with its day, "resigned on Friday, a year after the coup"). The act keeps no day (it may
lie anywhere after that event) and is read as told before the story (historical). Read by
dates.py when nothing else dates the act.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from detente.coding.date_expressions import EventDate
from detente.lexicons.english import english

# Dependencies by which a date phrase dates a noun it stands before ("last year's coup", "the
# 2006 coup") or a word it follows as an adverbial ("the coup last year").
DATE_DEPS = frozenset({"poss", "nummod", "compound", "nmod", "npadvmod", "tmod", "advmod"})

# How long before the story the earlier event must lie: an arrest "after last month's
# shooting" is often the story's own news (follow-up acts come weeks later); one "after last
# year's coup" with no day of its own is told as background.
LONG_BEFORE_DAYS = 180

Resolve = Callable[[str], EventDate | None]


def after_earlier_event(
    verb: Token, spans: Sequence[Span], published: dt.date | None, resolve: Resolve
) -> EventDate | None:
    """No day, told before the story, for a simple-past act whose only time is "after" an event
    dated half a year or more before the story; None otherwise."""
    if not _simple_past(verb):
        return None
    anchors = _earlier_event(verb)
    if _undated_later_bound(verb, anchors, spans):
        return None
    for span in spans:
        if not _dates_one_of(span, anchors):
            continue
        found = resolve(span.text)
        if found is not None and _long_before(found, published):
            return EventDate(date=None, rule="none", precision=None, text=f"after {span.text}",
                             before_story=True)  # fmt: skip
    return None


def _earlier_event(verb: Token) -> set[int]:
    """The words that name what the act came after: "after" and its noun ("after the coup"),
    or the verb of an "after" clause ("after the army staged a coup")."""
    marks = english().senses.succession_preps
    anchors: set[int] = set()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in marks:
            anchors |= {c.i, *(o.i for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN")}
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            anchors.add(c.i)
    return anchors


def _undated_later_bound(verb: Token, anchors: set[int], spans: Sequence[Span]) -> bool:
    """ "refused to take part after the court decided to air the ruling, ... after a law was
    passed last year": an act told after several events is later than the latest of them; one
    told with no date of its own (here on the act's infinitive too) may be the story's own
    news, so the dated one sets no background."""
    bounds = anchors | {
        i for c in verb.children if c.dep_ == "xcomp" for i in _earlier_event(c)
    }
    clauses = [i for i in bounds if verb.doc[i].pos_ in ("VERB", "AUX")]
    if len(bounds - anchors) == 0 and len(clauses) < 2:
        return False
    return any(not any(_dates_one_of(span, {i}) for span in spans) for i in clauses)


def _simple_past(verb: Token) -> bool:
    """ "resigned", "was dismissed": the simple past, active or passive (a perfect, "has
    arrested dozens since", tells a time up to now; a modal no act told)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i != verb.i:
        return _simple_past(verb.head)  # backgr1: "was forced to resign", "decided to quit"
    if not aux:
        # backgr1: a participle describing a noun ("the minister, ousted after the reshuffle")
        return verb.tag_ == "VBD" or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD"


def _dates_one_of(span: Span, anchors: set[int]) -> bool:
    """Whether a date phrase dates one of the words: before a noun ("last year's coup", "the
    2006 coup"), as an adverbial ("the coup last year", "staged a coup last year") or in a
    phrase of its own ("the coup in 2006")."""
    root = span.root
    if root.dep_ in DATE_DEPS and root.head.i in anchors and root.head.i != root.i:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i in anchors


def _long_before(when: EventDate, published: dt.date | None) -> bool:
    """Whether the earlier event starts half a year or more before the story ("years ago" with
    no story date counts)."""
    if when.before_story:
        return True
    if published is None or when.date is None:
        return False
    return when.date <= published - dt.timedelta(days=LONG_BEFORE_DAYS)
