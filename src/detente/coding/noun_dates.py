"""Event nouns whose own date ("the 2014 protests", "last year's crackdown") dates the act told
with them: the noun a pattern matched as the act itself ("staged the 2014 protests"), the noun
that names the act's occasion ("killed during the 2015 crackdown", "arrested amid the
2011 uprising"), and a violent or upheaving event that is the subject of what it did ("the 1999
bombing killed 30 soldiers"). Read by dates.py; an event noun that is only the object of another
act ("condemned the 2016 attack") keeps its date to itself.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})


def dates_own_noun(span: Span, trigger: Token, parts: Collection[int]) -> bool:
    """Whether a date standing before a noun ("the 2014 protests") dates the act: the noun is
    the trigger, a noun of the pattern's own words (``parts``: "led the 2014 protests"), or the
    occasion of a verb ("during the 2015 crackdown", "amid the 2011 uprising")."""
    noun = span.root.head
    if noun.i == span.root.i or not _dates_back(span):
        return False
    if noun.i == trigger.i or (noun.i in parts and noun.pos_ in NOUNS):
        return True
    return occasion_prep(noun) is not None or _acting_event(noun)


def occasion_prep(noun: Token) -> Token | None:
    """The preposition ("during", "amid") that makes an event noun the time of the
    verb it hangs on; None when the noun stands in no such phrase."""
    prep = noun.head
    if noun.pos_ not in NOUNS or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in english().senses.occasion_date_preps:
        return None
    return prep if prep.head.pos_ in ("VERB", "AUX") else None


def dated_occasions(verb: Token) -> set[int]:
    """The event nouns that name the verb's occasion or the start of its time ("arrested during
    the 2015 crackdown", "arrested hundreds amid last year's election"), or that did what
    the verb tells ("the 1999 bombing killed 30 soldiers")."""
    occasions = {
        o.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in english().senses.occasion_date_preps
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ in NOUNS
    }
    return occasions | {c.i for c in verb.children if _acting_event(c)}


def _acting_event(noun: Token) -> bool:
    """ "The 1999 bombing killed 30 soldiers", "last year's uprising toppled the king": a
    violent or upheaving event, the subject of a simple past, did what the verb tells when it
    happened (not "last year's winner said", a person; not "the 2015 deal collapsed on Monday",
    whose own day comes first)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return noun.lemma_.lower() in english().senses.acting_event_nouns


def _dates_back(span: Span) -> bool:
    """lead26: a noun's date that can set it before the story names a number (a year or a day:
    "the 2014 protests", "the September 11 attacks") or a past period ("last year's
    crackdown"); a bare month or weekday ("planning April rallies") may as well lie ahead, so
    it is left to the clause's own reading."""
    past = english().senses.noun_date_past_words
    return any(t.like_num or t.lower_ in past for t in span)
