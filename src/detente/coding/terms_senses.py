"""Duties that are the terms of a ruling, a sentence or a settlement, not a demand by anyone.

"In addition to the prison time, she must pay $342,991 back to the charity, prosecutors said",
"under the settlement, the firm must pay the workers", "as part of his probation, he must stay
away from the school": the duty is what a court's sentence, a plea deal or a settlement imposes
on a party, told by whoever reports it. The speaker asks nothing of anyone (CAMEO 10 is a demand
made), and the duty is no act done either. english.yaml's `imposed_terms` names the rulings and
settlements (a dictionary's "terms": the conditions under which an agreement or sentence is
made); the framing stage drops such duties with the reason no-event-sense (coding/nonevents.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.modal_acts import obligation_modal
from detente.lexicons.english import english

__all__ = ["TERMS_CHECKS"]

# Fine tags of nouns: the words of a ruling or settlement inside the phrase that frames a duty.
NOUN_TAGS = frozenset({"NN", "NNS"})


def _duty_verb(match: Match) -> Token | None:
    """The verb of the duty: for a duty reported by a speaker ("prosecutors said she must pay")
    the verb after the modal; otherwise the trigger's own verb when a modal of duty is on it."""
    if match.pattern_id.startswith("obligation"):
        return match.head.doc[match.trigger[1] - 1]
    return match.head if obligation_modal(match.head) is not None else None


def _imposed_by(verb: Token) -> Token | None:
    """The ruling or settlement named in a phrase on the duty's verb: "under the settlement",
    "in addition to the prison time", "as part of the plea deal"."""
    terms = english().senses.imposed_terms
    for phrase in (c for c in verb.children if c.dep_ == "prep"):
        for token in phrase.subtree:
            if token.tag_ in NOUN_TAGS and token.lemma_.lower() in terms:
                return token
    return None


def _imposed_terms(match: Match) -> str | None:
    """ "under the settlement, the city must pay $2 million": a duty framed by a ruling, a
    sentence or a settlement is its terms, no demand ("Arnor must pay reparations, Gondor
    said" names no ruling: a demand, kept)."""
    verb = _duty_verb(match)
    if verb is None:
        return None
    source = _imposed_by(verb)
    if source is None:
        return None
    return f"{verb.text!r} under the {source.text!r}: the terms imposed, no demand"


TERMS_CHECKS: tuple[Callable[[Match], str | None], ...] = (_imposed_terms,)
