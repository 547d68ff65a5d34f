"""Forces that a word calls several states' at once: "international forces", "the
multinational force", "coalition aircraft", "the coalition's warplanes", "soldiers of the
international security force".

Such a force is manned by several states (dictionary: international "involving two or more
nations"; a military coalition "an alliance of states for combined action"): its soldiers and
police act for the force, never for the state the story is set in, whose government they may
be fighting beside, nor for one member named nearby. With no body named ("ISAF", "the
Saudi-led coalition" name their own), the phrase is coded as an international body (IGO) with
the sector of the force. The words are english.yaml `multinational_force_words`; a word that is
part of a sector noun of another kind ("the coalition government", "the ruling coalition") is
a state's own body and does not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actors import AgentGroup, Match, Token
from detente.lexicons.english import english

# The code of a body of several states (CAMEO's IGO), which such a force is.
INTERNATIONAL_BODY = "IGO"
# The sectors of armed forces and police: only a force is made several states' by the word.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# The rule reported for a force coded so.
RULE = "multinational-force"


def multinational_force(
    tokens: Sequence[Token], matches: Sequence[Match], sector: str | None, a: int, b: int
) -> Found | None:
    """The international body that tokens [a, b) name by a word of several states before a
    force's head ("international *forces*"), when the head's sector is a force's; else None."""
    if sector not in FORCE_SECTORS:
        return None
    words = english().senses.multinational_force_words
    other = _other_nouns(matches, a, b)
    for i in range(a, b):
        if tokens[i].norm in words and i not in other:
            return Found(country=INTERNATIONAL_BODY, spans=((i, i + 1),), rule=RULE)
    return None


def _other_nouns(matches: Sequence[Match], a: int, b: int) -> set[int]:
    """Token positions inside sector nouns of several words whose sector is no force's ("the
    *coalition government*", "the *ruling coalition*"): a state's own organs."""
    out: set[int] = set()
    for m in matches:
        entry = m.term.entry
        if m.start < a or m.end > b or m.end - m.start < 2 or not isinstance(entry, AgentGroup):
            continue
        if entry.sector not in FORCE_SECTORS:
            out.update(range(m.start, m.end))
    return out
