"""When an act that only describes a noun ("a man shot by officers", "those wrongfully
imprisoned") is background to the clause it stands in, and when it is the clause's own news
(read by modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN", "PRON"})  # words a description can hang on ("those")
VERBS = frozenset({"VERB", "AUX"})
# "investigating the death of a man": at most this many steps from the described noun up to
# the verb whose object it is (man, of, death, investigating); further up it is not the object.
MAX_STEPS = 4


def inquired_into(noun: Token, clause: Token) -> bool:
    """ "is investigating the death of a man shot by officers", "are examining claims made by
    the family": an act described inside the object of an inquiry under way is what the inquiry
    is about, the story's own news, not background to it."""
    if clause.lemma_.lower() not in english().senses.inquiry_verbs:
        return False
    tok = noun
    for _ in range(MAX_STEPS):
        prep = tok.head
        if tok.dep_ == "dobj":
            return prep.i == clause.i
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return False
        if prep.head.i == clause.i:  # "looking into the death of a man shot"
            return True
        tok = prep.head
    return False


def described_for_ahead(verb: Token, clause: Token) -> str | None:
    """ "Arnor should release all those wrongfully imprisoned", "will try the men arrested": a
    past participle describing a noun of a clause told as asked for or lying ahead names what
    was done before; that act is background to the demand or plan (its own day, if it names
    one, is checked by the caller)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in NOUNS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "nsubj") for c in verb.children):
        return None
    # "would retaliate against any attack launched by Mordor": a kind of act, not one done
    generic = english().senses.generic_determiners
    if any(c.dep_ == "det" and c.lower_ in generic for c in verb.head.children):
        return None
    modals = english().words.hypothetical_aux | english().words.future_aux
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in modals), None)
    if modal is None:
        return None
    return f"{verb.text!r} describes {verb.head.text!r}, done before {modal.text!r} {clause.text!r}"
