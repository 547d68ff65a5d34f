"""Acts the text sets in an earlier period of its own naming: "during World War Two", "during the
Bush years", "in his first term", "under former President Bush", "when he was governor". The
period is over by the time of telling, so the act is background (read by modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # what names the period


def earlier_period(verb: Token) -> str | None:
    """The cue when one of the verb's phrases or "when" clauses sets it in an earlier period the
    text names; None otherwise."""
    senses = english().senses
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in senses.period_preps:
            period = next((o for o in child.children if o.dep_ == "pobj"), None)
            if period is not None and _ended(period, child.lower_):
                return f"set in an earlier period: {_phrase(child)!r} on {verb.text!r}"
        if child.dep_ == "advcl" and _status_clause(child):
            return f"set in an earlier period: {_phrase(child)!r} on {verb.text!r}"
    return None


def _ended(period: Token, prep: str) -> bool:
    """ "World War Two", "the Cold War", "the Bush years", "his first term", "(under) former
    President Bush": a period the phrase itself names as over."""
    senses = english().senses
    text = _phrase(period)
    if any(name in text for name in senses.ended_periods):
        return True
    modifiers = [c for c in period.children if c.dep_ in MODIFIER_DEPS]
    # "the Bush years", "Soviet times": a name or adjective of a name tells whose time it was
    span = period.lower_ in senses.era_plurals or period.lemma_.lower() in senses.era_nouns
    if span and any(m.text[:1].isupper() for m in modifiers):
        return True
    if period.lemma_.lower() in senses.term_nouns:
        # "his first term", "her previous tenure"
        return any(m.lower_ in senses.earlier_ordinals for m in period.children)
    # "under former President Bush", "under the late King Hussein"
    return prep == "under" and any(
        m.dep_ == "amod" and m.lower_ in senses.former_words for m in period.children
    )


def _status_clause(clause: Token) -> bool:
    """ "when he was governor", "while she was a child", "when I was little": a time clause
    whose past "be" gives its subject a status it has since left."""
    senses = english().senses
    words = english().words
    marked = any(
        c.dep_ in ("advmod", "mark") and c.lower_ in words.time_markers | {"when"}
        for c in clause.children
    )
    if not marked or clause.lemma_.lower() != "be" or clause.tag_ != "VBD":
        return False
    for c in clause.children:
        if c.dep_ == "attr" and c.pos_ in NOUNS and c.lemma_.lower() in senses.earlier_statuses:
            return True
        # "when I was little", "when he was young": a life stage told by an adjective
        if c.dep_ == "acomp" and c.lower_ in senses.earlier_statuses:
            return True
        if c.dep_ == "prep" and _phrase(c) in senses.earlier_status_phrases:
            return True
    return False


def _phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)
