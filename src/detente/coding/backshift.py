"""Reported speech shifted back a tense: "Lavrov said Russia would expel 60 diplomats" reports
"Russia will expel 60 diplomats", an act announced as lying ahead, not a condition."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

QUOTES = frozenset('"“”„«»')  # quotation marks the tagger may leave untagged


def reported_will(aux: Token) -> str | None:
    """The cue when ``aux`` is a modal shifted back from "will" under a reporting verb told in
    the past ("said it would impose duties"); None when it is a condition of its own ("would
    have attacked", "said it would be good if") or the report is told in the present."""
    senses, verb = english().senses, aux.head
    if aux.lower_ not in senses.backshifted_modals or aux.dep_ != "aux":
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None  # "would have attacked": a past that did not happen
    if _conditioned(verb):
        return None
    clause = _first_conjunct(verb)
    governor = clause.head
    if clause.dep_ != "ccomp" or governor.lemma_.lower() not in english().senses.reporting_verbs:
        return None
    if not _told_past(governor) or _relative(clause) or _quoted(governor, verb):
        return None
    return f"{aux.text!r} under {governor.text!r}: the reported 'will', an act ahead"


def _relative(clause: Token) -> bool:
    """ "agreements that would allow …" hung on "told" by the parser: a relative pronoun as the
    subject makes it a relative clause, not what was told."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children
    )


def _quoted(governor: Token, verb: Token) -> bool:
    """'she said: "We would like to remind people"': quoted words are the speaker's own tense,
    not shifted back."""
    start, end = sorted((governor.i, verb.i))
    return any(t.tag_ in ("``", "''") or t.text in QUOTES for t in governor.doc[start:end])


def _first_conjunct(verb: Token) -> Token:
    """ "said it would expel diplomats and close the consulate": the clause's first verb."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _conditioned(verb: Token) -> bool:
    """ "would retaliate if attacked": a condition on the act keeps it hypothetical."""
    marks = english().words.conditional_marks
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )


def _told_past(verb: Token) -> bool:
    """ "said", "has said", "had told": a report in the past or the perfect."""
    if verb.tag_ == "VBD":
        return True
    perfect = english().words.perfect_aux
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children
    )


def counterfactual(aux: Token) -> str | None:
    """ "would have attacked", "could have seized": a modal with the perfect tells what would
    have happened (and did not), no intent announced; the cue, or None. "should have" is a duty
    missed (modality.py reads it) and "must have" an inference; neither is counted here."""
    if aux.lower_ not in english().senses.counterfactual_modals or aux.dep_ != "aux":
        return None
    verb = aux.head
    have = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > aux.i for c in verb.children
    )
    if not have or verb.tag_ != "VBN":
        return None
    return f"{aux.text!r} with 'have' on {verb.text!r}: what would have happened, not done"
