"""A self-governing territory's own state organs: "the government" of a Hong Kong story.

A special administrative region governs itself: its government, police and courts are its
own, not its sovereign state's. A story set there names the sovereign often ("a bird brought
in from China", "extradition to mainland China"), and the latest country named is then a poor
guess for a bare "the government" or "police". When the story's places make such a territory
its home and an organ of the state named with no country was guessed to be the sovereign's,
it is the territory's own. Words that name the sovereign's organs ("the central government",
"mainland authorities") keep the guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actors import Token
from detente.lexicons.english import english

# The rules of a country that was only guessed (the article's context or memory).
GUESSED_RULES = frozenset({"context", "reference"})


def territory_home(
    where: Found | None, stated: Found, tokens: Sequence[Token], home: str | None,
    sovereigns: Mapping[str, str],
) -> Found | None:  # fmt: skip
    """The story's home territory, for a state organ guessed to be its sovereign's; None when
    the guess stands."""
    if where is None or home is None or not sovereigns or where.rule not in GUESSED_RULES:
        return None
    if sovereigns.get(home) != where.country:
        return None
    if stated.sector not in english().codes.domestic_sectors:
        return None  # only organs that act at home; "troops" may be the sovereign's garrison
    if any(t.norm in english().senses.sovereign_words for t in tokens):
        return None  # "the central government": the sovereign's
    return Found(country=home, rule="context")
