"""A breach of a rule told in another party's words: "the ministry says Gondor violated the
trade rules", "consumer groups told them the firm was violating its deal". Whether conduct
breaks a rule, law or deal is a judgement, not a deed one sees done: told by someone other than
the party said to break it, it is that teller's charge, alleged, not a breach the text reports
as done (read by modality.py; a breach told by the text itself, "Gondor violated the rules",
stays asserted)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def charged_breach(chain: list[Token]) -> str | None:
    """The cue when a verb of breaking a rule is the content of another party's saying; None
    otherwise (the breacher a pronoun may be the teller: "Gondor says it broke the rules")."""
    senses = english().senses
    for tok in chain:
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            continue
        teller = tok.head
        if tok.lemma_.lower() not in senses.breach_verbs:
            return None
        if teller.lemma_.lower() not in senses.breach_tellers:
            return None
        breacher = _subject(tok)
        said_by = _subject(teller)
        if breacher is None or said_by is None or breacher.pos_ == "PRON":
            return None
        if breacher.lemma_.lower() == said_by.lemma_.lower():
            return None
        return f"breach told by {said_by.text!r} ({teller.text!r}): charged, not told as done"
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)
