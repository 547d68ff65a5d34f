"""Dealings named with their parties: "mediated *talks between the Taliban and the United
States* in Doha", "brokered a truce between X and Y", "condemned the clashes between X and Y".

A noun of dealings between parties (talks, a truce, a conflict) at the pattern's recipient slot
is acted on through those parties: its "between" phrase names them, and they, not the place the
talks were held nor the noun itself, are the recipients (each conjunct one party).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import prep_objects
from detente.lexicons.english import english


def between_party(noun: Token | None, trigger: tuple[int, int]) -> Token | None:
    """The first party a dealings noun names after "between", if the noun is not the trigger."""
    if noun is None or trigger[0] <= noun.i < trigger[1]:
        return None
    if noun.pos_ != "NOUN" or noun.lower_ not in english().senses.between_nouns:
        return None
    return next(prep_objects(noun, "between"), None)


def with_parties_between(match: Match) -> Match:
    """The match with its recipient slot moved from the dealings noun to their first party."""
    party = between_party(match.recipient, match.trigger)
    return match if party is None else replace(match, recipient=party)
