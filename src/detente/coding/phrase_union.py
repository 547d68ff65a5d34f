"""The Centre: how Indian and Pakistani English name the union (federal) government.

"The Centre has rejected the demand", "talks between the Centre and the state": in a story
about one of these countries the bare "the Centre" is that country's central government. A
paper of one of them (its site or dateline) means its own, even in a story about the other
(actors21). A story about anywhere else keeps the words for what they usually are (a centre
named before).
"""

from __future__ import annotations

from detente.coding.actor_state import ActorCode
from detente.coding.phrase_state import PhraseState
from detente.lexicons.english import english

# The rule of a code read from "the Centre" in a story about a federation that calls its
# union government so.
UNION_RULE = "union-government"
# The union government acts as the executive.
UNION_SECTOR = "GOV"


def union_government(state: PhraseState) -> list[ActorCode]:
    """ "the Centre" alone, capitalised, in a story whose context is India or Pakistan."""
    senses = english().senses
    tokens = state.tokens
    if len(tokens) != 2 or tokens[0].norm not in state.words.definite:
        return []
    if tokens[1].norm not in senses.centre_words or tokens[1].case != "title":
        return []  # "the centre of the city", "the center" of a field
    if state.matches:
        return []  # a lexicon entry of that name is the user's or ours to decide
    press = state.memory.press if state.memory else None
    if press in senses.centre_countries:  # actors21: "NEW DELHI (PTI) - The Centre": India's
        country: str | None = press
    else:
        countries = state._context_countries()
        country = countries[0] if countries else None
    if country not in senses.centre_countries:
        return []
    matched = state.text.strip()
    return [ActorCode(country=country, sector=UNION_SECTOR, name=None, matched=matched,
                      rule=UNION_RULE)]  # fmt: skip
