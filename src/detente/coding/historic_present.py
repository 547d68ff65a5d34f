"""Accounts told in the historic present: "In 1993, prosecutors file charges against the mayor.
Police arrest him. He is released in 1995."

A story may tell past events in the present tense (the historic present: "the present tense used
for past events, to give them immediacy"). A sentence whose main verb is in the simple present
and carries its own year well before the story sets such an account; the sentences after it in
the simple present with no date of their own go on with it, and their acts are background to the
story, as their tense alone would not say. Any sentence in another tense, or one dated otherwise,
ends the account; a quotation is the speaker's own time. Past-tense accounts are narrative.py's.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from detente.coding.date_expressions import EventDate
from detente.coding.dates import is_background, resolve_event_date
from detente.coding.narrative import quoted
from detente.coding.syntax import clause_verb

__all__ = ["present_account", "simple_present", "told_on_present"]

PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "files", "file", "is (arrested)"
VERBS = frozenset({"VERB", "AUX"})
UNDATED = frozenset({"publication", "none"})  # date rules of a clause with no date of its own


def simple_present(verb: Token) -> bool:
    """ "files", "arrest", "is arrested": the simple present, active or passive, with no modal,
    perfect or progressive of its own ("has filed", "will arrest", "is arresting" are not)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in PRESENT_TAGS
    passive = all(a.dep_ == "auxpass" and a.tag_ in PRESENT_TAGS for a in aux)
    return passive and verb.tag_ == "VBN"


def present_account(
    sent: Span,
    published: dt.date | None,
    *,
    weekday_style: bool,
    carried: EventDate | None = None,
) -> EventDate | None:
    """The year before the story that a sentence in the historic present sets its account in
    ("In 1993, prosecutors file charges"), or the account ``carried`` from the sentence before
    when this one goes on with it undated; None for any other sentence."""
    root = sent.root
    if published is None or root.pos_ not in VERBS or not simple_present(root) or quoted(root):
        return None
    when = resolve_event_date(root, published, weekday_style=weekday_style)
    if when.rule in UNDATED:
        return carried
    if when.rule == "explicit" and is_background(when, published):
        return when
    return None


def told_on_present(trigger: Token, account: EventDate | None) -> str | None:
    """The cue when an undated act in the simple present goes on with an account the sentences
    before set in the historic present."""
    if account is None:
        return None
    clause = clause_verb(trigger)
    if clause is None or quoted(trigger) or not simple_present(clause):
        return None
    return f"historic present after {account.text!r}: background to the story"
