"""The party a refusal or a concession answers: whose pressure, request or call it was made
despite, under or after ("declined to resign *despite President Biden's request*", "resigned
*under pressure from* his party").

CAMEO 12 rejects a proposal or demand made by the recipient, and CAMEO 08 yields to one; a
phrase saying whose demand stood against (or behind) the act names that party.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.recipients import Resolve
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention


def pressing_party(resolve: Resolve, match: Match) -> tuple[ActorMention, ...]:
    """Whose pressure, request or call a refusal or a concession was made despite or under."""
    senses = english().senses
    if match.cameo[:2] not in senses.rejection_roots | senses.concession_roots:
        return ()
    for noun in _pressures(match):
        owner = child(noun, "poss")
        for prep in sorted(senses.pressure_owner_preps):
            owner = owner or next(prep_objects(noun, prep), None)
        found = resolve(owner) if owner is not None else ()
        if found:
            return found
    return ()


def _pressures(match: Match) -> Iterator[Token]:
    """The pressure nouns after "despite", "under", "after" on the trigger or its frame."""
    senses = english().senses
    verbs = [match.head] + ([match.frame] if match.frame is not None else [])
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in senses.pressure_preps:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() in senses.pressure_nouns:
                    yield noun
