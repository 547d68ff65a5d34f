"""Background told on from one sentence to the next: "In 2004 the pair joined the monastery.
Prosecutors said the nuns gave them cash." The sentence after one whose main act is dated well
before the story, told in the simple past with no date of its own, goes on with that account
(read by setting.py; the state is kept per article by events.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.coding.account_dates import dated_in_account, settle_past_day
from detente.coding.date_expressions import EventDate
from detente.coding.dates import is_background, resolve_event_date
from detente.coding.syntax import clause_verb
from detente.lexicons.english import english

QUOTES = frozenset('"“”')  # a quotation is the speaker's own time, not the account's
VERBS = frozenset({"VERB", "AUX"})


@dataclass(slots=True)
class Narrative:
    """The background date the sentence just coded set its account in, if any."""

    told: EventDate | None = None
    present: EventDate | None = None  # senses19: an account in the historic present


def account_date(
    sent: Span,
    published: dt.date | None,
    *,
    weekday_style: bool,
    carried: EventDate | None = None,
) -> EventDate | None:
    """The date before the story that a sentence's main verb, told in the simple past, is
    dated by ("In 2004 the pair joined the monastery"); None for any other sentence (a past
    perfect steps back from the account and the next sentence returns to it). An undated one
    that goes on with the account ``carried`` from the sentence before by a word of sequence
    ("Then she sued", "A decade later he accused") keeps that account for the next."""
    root = _account_verb(sent.root)
    if root.pos_ not in VERBS:
        return None
    if carried is not None and _stepping_back(root):  # claims10: the account resumes after
        undated = resolve_event_date(root, published, weekday_style=weekday_style).text is None
        return carried if undated else None
    if not simple_past(root):
        return None
    when = resolve_event_date(root, published, weekday_style=weekday_style)
    # claims11: "Detectives charged them on July 7" goes on with an account set in 1999
    when = dated_in_account(when, carried, published) if carried else when
    when = settle_past_day(when, published, root)
    if when.rule in ("publication", "none") and carried is not None and _sequenced(root):
        return carried
    if when.rule not in ("explicit", "relative", "none") or when.text is None:
        return None
    if when.before_story or is_background(when, published) or _year_alone(when, published):
        return when
    return None


def _stepping_back(verb: Token) -> bool:
    """ "In 2002 he died in prison. Two days before, he had signed a confession. The court
    rejected it": an undated past perfect steps back inside the account; the sentence after it
    goes on with the account, as after the sentence that set it."""
    perfect = english().words.perfect_aux
    aux = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "VBD"]  # "had", not "has"
    had = any(a.lemma_.lower() in perfect or a.lower_ in perfect for a in aux)
    return verb.tag_ == "VBN" and had


def _sequenced(verb: Token) -> bool:
    """ "Then she sued", "A decade later, a member accused": an adverb that tells the act as the
    next step of the account told so far."""
    words = english().senses.sequence_adverbs
    return any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children)


def _account_verb(root: Token) -> Token:
    """ "An affidavit has said the couple first visited the monastery in December 2004": what a
    report tells is the account; its first clause's verb, else the root itself."""
    if root.lemma_.lower() not in english().senses.reporting_verbs:
        return root
    return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in VERBS), root)


def _year_alone(when: EventDate, published: dt.date | None) -> bool:
    """With no story date, a year or a month is background (dates.background_modality)."""
    return published is None and when.rule == "explicit" and when.precision in ("year", "month")


def simple_past(verb: Token) -> bool:
    """ "joined", "was arrested", "were charged": the simple past, active or passive, with no
    perfect, modal or progressive of its own."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ == "VBD"
    return all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux) and verb.tag_ == "VBN"


def told_on(trigger: Token, narrative: Narrative) -> str | None:
    """The cue when an undated act goes on with the account the sentence before set before the
    story: its own clause is in the simple past and it stands in no quotation."""
    told = going_on(trigger, narrative)
    if told is None:
        return None
    return f"told on from {told.text!r} in the sentence before: background to the story"


def going_on(trigger: Token, narrative: Narrative) -> EventDate | None:
    """The date of the account the sentence before set, when the trigger's clause goes on with
    it (simple past, in no quotation); None otherwise."""
    told = narrative.told
    if told is None:
        return None
    clause = clause_verb(trigger)
    if clause is None or quoted(trigger):
        return None
    if not simple_past(clause) and not _bare_past_conjunct(clause):
        return None
    return told


def joined_account(trigger: Token, published: dt.date | None, *, weekday_style: bool) -> str | None:
    """ "The court rejected the document, and in 2003 he pleaded guilty": an undated act in the
    simple past, told before a clause joined to it that is dated well before the story, belongs
    to that account; the cue, or None."""
    clause = clause_verb(trigger)
    if clause is None or quoted(trigger) or not simple_past(clause):
        return None
    own = ("nsubj", "nsubjpass")
    later = (
        c for c in clause.children
        if c.dep_ == "conj" and c.i > clause.i and c.pos_ in VERBS
        and any(g.dep_ in own for g in c.children)
    )  # fmt: skip
    for verb in later:
        when = resolve_event_date(verb, published, weekday_style=weekday_style)
        if when.rule != "explicit" or when.text is None:
            continue
        if when.before_story or is_background(when, published) or _year_alone(when, published):
            return f"told before {when.text!r} of the clause joined after it: background"
    return None


def _bare_past_conjunct(verb: Token) -> bool:
    """ "pledged to reinstate him, but reneged on the promise": a conjunct with no subject or
    auxiliary of its own shares its first verb's simple past (the tagger reads it VBN)."""
    own = ("nsubj", "nsubjpass", "aux", "auxpass")
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i:
        return False
    return not any(c.dep_ in own for c in verb.children) and simple_past(verb.head)


def quoted(trigger: Token) -> bool:
    """Whether the trigger stands after an odd number of quotation marks in its sentence."""
    sent = trigger.sent
    marks = sum(1 for t in sent if t.i < trigger.i and (t.text in QUOTES or t.tag_ in ("``", "''")))
    return marks % 2 == 1
