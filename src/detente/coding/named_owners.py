"""A national body's name followed by "of" and another country: that country's body.

Many states give their agencies the same descriptive names ("National Security Council",
"Environmental Protection Agency", "Food and Drug Administration"), and a lexicon that lists
one state's agency by such a name codes every other state's with it. "of" with a country after
a body's name says whose body it is (dictionary: of "belonging to; relating to"): "the National
Security Council (NSC) of Pakistan" is Pakistan's, "the Environmental Protection Agency of
Gondor" Gondor's. Only "of" right after the name (or after the name's acronym in brackets)
counts: "the FBI in Syria" is still the FBI, abroad. International bodies, firms and armed
groups of no one state keep their codes ("the Red Cross of Gondor" is a national society of a
movement the lexicon codes as a whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actors import Match, Token
from detente.lexicons.english import english

# The kind of lexicon term that names an organisation (ours or the user's).
ORG_KIND = "org"
# The kind of lexicon term that names a country by its name ("Pakistan", not "Pakistani").
COUNTRY_KIND = "country"
# The preposition of belonging ("the ... Council of Pakistan").
OWNER_PREPOSITION = "of"


def named_owner(
    found: Found | None, tokens: Sequence[Token], matches: Sequence[Match], h: int, b: int
) -> Found | None:
    """The country named by "of <country>" right after the phrase's head [.., h) when the
    head's entity ``found`` is one state's body by its name; None when it keeps its code."""
    codes = english().codes
    if found is None or found.country is None or not found.spans:
        return None
    [(start, end)] = found.spans[:1]
    if not any(m.start == start and m.end == end and m.term.kind == ORG_KIND for m in matches):
        return None
    if len(found.country) != 3 or found.country in codes.org_kinds:
        return None
    if h >= b or tokens[h].norm != OWNER_PREPOSITION:
        return None
    words = english().words
    for m in matches:
        start = h + 1
        if start < len(tokens) and tokens[start].norm in words.definite:
            start += 1  # "of the Philippines"
        if m.start == start and m.end <= b and m.term.kind == COUNTRY_KIND:
            owner = getattr(m.term.entry, "output", None)
            if owner and owner != found.country and owner not in codes.org_kinds:
                return Found(country=owner, sector=found.sector, spans=((m.start, m.end),),
                             rule="country-name")  # fmt: skip
    return None
