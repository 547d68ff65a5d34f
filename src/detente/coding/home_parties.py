"""A political party or the opposition named with no country: the story's home's own.

Parties contest the elections of one state, and "the opposition" is the opposition in that
state's politics; a story that says "Labor", "the Greens", "the Coalition", "the Opposition
leader" or "the Tory government" without saying whose means the parties of the country it is
set in. The country the story names most ("the United States" in an Australian story about a
trade deal) is a poor guess for them: they sit at home. Only a country guessed from the
article's context moves; one that the phrase states ("Kenya's opposition") or that a
reference found ("the party" after "the Arnorian Labour Party") stands.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actors import AgentGroup, Match

# The sectors of party politics (PLOVER PTY, a political party; OPP, the opposition).
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# The rule of a country guessed from the article's context (its most-named country).
CONTEXT_RULE = "context"


def home_party(
    where: Found | None,
    matches: Sequence[Match],
    a: int,
    h: int,
    home: str | None,
    places: Collection[str] = (),
) -> Found | None:
    """The story's home for a phrase whose words [a, h) hold a party noun and whose country
    was guessed from the context; None when the guess stands.

    Only a guess that is one of the story's places is a rival to its home: a context country
    no place of the story lies in came from the people the story names ("Defence Minister
    Robert Hill" in a story whose one place is where troops were sent), and it stands (lead25).
    """
    if where is None or home is None or where.rule != CONTEXT_RULE or where.country == home:
        return None
    if where.country not in places:
        return None
    if not any(_party_word(m) for m in matches if a <= m.start and m.end <= h):
        return None
    return Found(country=home, rule=CONTEXT_RULE)


def _party_word(match: Match) -> bool:
    entry = match.term.entry
    return isinstance(entry, AgentGroup) and entry.sector in PARTY_SECTORS
