"""A foreign-affairs officer is no party of the state it deals with (actors17).

A foreign minister, an ambassador or an envoy acts for a state towards other states
(dictionary: "a minister responsible for a country's relations with other countries"; an
envoy is "sent to another country to represent their own"). When the words give such an
officer no country ("Foreign Minister <a name we do not know> met Ruritanian officials in
Ruritania", visited them, held talks with them) and the country was only guessed, from where
the event happened or from the article's context, a guess that makes the officer a party of
the very state it consults is the host's country, not the officer's: the officer is left
unplaced rather than coded as meeting its own state.
"""

from __future__ import annotations

import re

from detente.lexicons.english import english
from detente.records import ActorMention

# Rules that guessed a party's country from the event's place or the article, not its words.
GUESSED_RULES = frozenset({"location", "context", "places"})
# CAMEO root of consultation (meet, visit, host, talks): the envoy's dealings with another
# state. Elsewhere the recipient may be the envoy's own state ("the ambassador defended
# Ruritania's policy").
CONSULT_ROOT = "04"


def without_guest_envoys(
    actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...], code: str
) -> tuple[ActorMention, ...]:
    """The actors of a consultation (CAMEO ``code``) without foreign-affairs officers whose
    guessed country is that of a recipient the words themselves place."""
    if not code.startswith(CONSULT_ROOT):
        return actor
    hosts = {m.country for m in recipient if m.country and m.rule not in GUESSED_RULES}
    if not hosts:
        return actor
    return tuple(
        m for m in actor
        if not (m.rule in GUESSED_RULES and m.country in hosts and envoy_title(m.text))
    )  # fmt: skip


def envoy_title(text: str) -> bool:
    """Whether a phrase names a foreign-affairs office ("Foreign Minister X", "the envoy")."""
    words = " ".join(re.findall(r"[a-z]+", text.lower()))
    return any(
        re.search(rf"\b{re.escape(title)}\b", words) for title in english().senses.envoy_titles
    )
