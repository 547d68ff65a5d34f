"""A definite noun of an organisation ("the group", "the organisation", "the alliance", "the
bloc", "the agency") that names no body of its own refers back to the organisation the article
has just named: "Human Rights Watch accused Gondor ... The group urged ..." is Human Rights
Watch (NGO), "Hamas rejected the report. The organisation said ..." is Hamas (its armed
group's sector), "The European Union criticised ... The bloc called ..." is the EU (IGO).

Such a noun is the word for what the body is (dictionary: organisation "an organized group of
people with a particular purpose"; bloc "a group of countries or political parties"), used with
"the" for one named before. Only a named body counts (one with an organisation's code in the
lexicons, no region or province such as "Helmand"), only among the last few parties
remembered, no news medium a story credits ("(AP)"), and never past a plural party the
article could not place ("Villagers ... the group"). "the group of protesters" is defined by its
own "of" phrase, and "the coalition" after "the Ohio Coalition for ..." (a body no lexicon
knows) is that body, not another one named nearby.
english.yaml `body_reference_nouns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.phrase_state import Found
from detente.lexicons.actors import Token, tokenise
from detente.lexicons.english import english

# The rule of a party a phrase refers back to.
REFERENCE_RULE = "reference"
# How many remembered parties back a body may be: "the group" refers to one just named, not to
# one of the article's opening paragraphs (the last sentence or two hold about this many).
WINDOW = 4
# The sector of news media, which a story credits ("(AP)", "Reuters reported") but does not
# call "the group" or "the organisation".
NEWS_MEDIA = "JRN"
# The word after the noun that makes a phrase define its own members ("the group *of* men").
OF = "of"


def body_referent(
    tokens: Sequence[Token], a: int, h: int, memory: ActorMemory | None, context: str | None
) -> Found | None:
    """The named body that "the group", "the organisation's leader" ([a, h)) refers to, with
    its country, sector, name and code; None if the phrase is no such reference, or if the
    article's opening (``context``) names a body of that noun the lexicons do not know ("the
    Ohio Coalition for ..." before "the coalition")."""
    senses = english().senses
    if memory is None or h - a < 2 or tokens[a].norm not in senses.body_reference_determiners:
        return None
    if tokens[a + 1].norm not in senses.body_reference_nouns:
        return None
    if a + 2 < len(tokens) and tokens[a + 2].norm == OF:
        return None
    body = _latest_body(memory)
    if body is None:
        return None
    noun = tokens[a + 1].norm
    named = noun in {t.norm for t in tokenise(body.name or "")}
    if not named and context and re.search(rf"\b{re.escape(noun.title())}\b", context):
        return None
    return Found(country=body.country, sector=body.sector, name=body.name, org=body.org,
                 spans=((a + 1, a + 2),), rule=REFERENCE_RULE)  # fmt: skip


def referred_sector(where: Found | None, stated: Found, chosen: Found) -> Found:
    """The sector of a phrase that refers to a body: the body's own, unless the phrase states
    one of its own ("the group's *fighters*"); a generic noun ("the group") states none."""
    if where is None or where.rule != REFERENCE_RULE or where.name is None:
        return chosen
    if stated.rule == "agent" and stated.sector is not None:
        return chosen
    return Found(sector=where.sector, spans=where.spans, rule=REFERENCE_RULE)


def _latest_body(memory: ActorMemory) -> ActorCode | None:
    for i, code in enumerate(memory.recent()):
        if i >= WINDOW or code.blocks:
            return None
        if code.org and code.country and code.name and code.sector != NEWS_MEDIA:
            return code
    return None
