"""Event nouns and gerunds inside another verb's clause, and clauses that only describe a noun:
which verb tells an event noun's modality, what is sought rather than done, and which
descriptions tell a standing property or an earlier act (read by modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})  # parts of speech of an event noun
VERBS = frozenset({"VERB", "AUX"})
# "take advantage of his visit": at most this many steps from an event noun up to its verb
# (noun, preposition, noun, verb); further up, the verb no longer tells the noun's act.
MAX_STEPS = 4
# Tags of a verb told in the simple present ("favor", "gives").
PRESENT_SIMPLE_TAGS = frozenset({"VBZ", "VBP"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "who", "which", "that" opening a relative clause


def governing_verb(trigger: Token) -> tuple[Token, Token | None] | None:
    """ "hopes to complete the appointment at its next meeting", "intends to take advantage of
    his visit", "accused him of violating the law by offering support": the verb whose object
    or prepositional phrase an event noun (or a gerund after a preposition) is, with the
    preposition that joins them (None for an object). None when it stands in no such phrase."""
    gerund = trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "pobj")
    if trigger.pos_ not in NOUNS and not gerund:
        return None
    tok, prep = trigger, None
    for _ in range(MAX_STEPS):
        joined = tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i
        if tok.dep_ in ("pobj", "pcomp") and joined:
            prep, tok = tok.head, tok.head.head
        elif tok.dep_ == "dobj" and tok.head.i != tok.i:
            tok = tok.head
        else:
            return None
        if tok.pos_ in VERBS:
            return tok, prep
        if tok.pos_ not in NOUNS:
            return None
    return None


def sought_by(trigger: Token) -> tuple[str, str] | None:
    """ "demanded talks", "pushing for a meeting", "called for a general strike": an event noun
    that a verb of seeking, proposing or offering takes as its object (or through "for") is
    sought, not done: ("sought", the cue)."""
    if trigger.pos_ not in NOUNS:
        return None
    senses, governor = english().senses, trigger.head
    if trigger.dep_ == "dobj" and governor.lemma_.lower() in senses.seeking_verbs:
        return "sought", f"object of {governor.text!r}: sought, not done"
    prep = governor
    if trigger.dep_ != "pobj" or prep.lower_ not in senses.seeking_preps:
        return None
    verb = prep.head
    sought = senses.seeking_verbs | senses.seeking_for_verbs
    if prep.dep_ == "prep" and verb.pos_ in VERBS and verb.lemma_.lower() in sought:
        return "sought", f"{verb.text!r} {prep.text!r} it: sought, not done"
    return None


def occasion_prep(prep: Token | None) -> bool:
    """ "infected during their trip", "spoke at the meeting": a preposition naming the occasion
    of a verb's act, which the telling takes for granted whatever the verb's modality."""
    return prep is not None and prep.lower_ in english().senses.same_time_preps


def described_earlier(tok: Token) -> bool:
    """ "the agreements signed by Israel", "a lawsuit filed by the family": a past participle
    with no auxiliary hung on a noun describes it by an act done before."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in NOUNS:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in tok.children)


def described_standing(tok: Token) -> bool:
    """ "candidates that favor the doctrine", "Americans who give so much aid to Israel": a
    relative clause in the simple present whose subject is its noun tells what that noun does as
    a rule, no new act ("a charge that Russia denies" tells Russia's stance now)."""
    if tok.dep_ != "relcl" or tok.tag_ not in PRESENT_SIMPLE_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in tok.children)
