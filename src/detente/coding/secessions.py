"""Seceded states by the event's date: South Sudan's land was Sudan's before 9 July 2011.

Places, seats and names give today's state ("Police in Juba" → SSD). An event dated before the
state's independence is coded with the state its land belonged to then. With no date at all,
an article that names the old state ("Sudan") and never the new one by its own names tells a
time before the split, so places in the new state's land are the old state's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from detente.coding.coder import ArticleState, Coder
from detente.coding.parties import Parties
from detente.coding.setting import Setting
from detente.lexicons.actor_index import ActorLexicon, Secession
from detente.records import ActorMention, Place

__all__ = ["dated_location", "dated_parties", "dated_setting"]


def dated_parties(
    lexicon: ActorLexicon, parties: Parties, day: dt.date | None, text: str
) -> Parties:
    """The parties with each seceded state's code replaced by its predecessor's where the
    event (``day``, or the article ``text`` when undated) lies before the secession."""
    if not lexicon.secessions:
        return parties
    actor = _dated(lexicon, parties.actor, day, text)
    recipient = _dated(lexicon, parties.recipient, day, text)
    if actor is parties.actor and recipient is parties.recipient:
        return parties
    return replace(parties, actor=actor, recipient=recipient)


def dated_location(
    lexicon: ActorLexicon, place: Place | None, day: dt.date | None, text: str
) -> Place | None:
    """The event's place, in the state its land belonged to on the event's date."""
    if place is None:
        return None
    before = _before(lexicon, place.country, day, text)
    return place if before is None else replace(place, country=before)


def dated_setting(coder: Coder, setting: Setting, ctx: ArticleState) -> Setting:
    """The setting with its place in the state its land belonged to on the event's date."""
    day = setting.when.date or ctx.reference
    place = dated_location(coder.actors, setting.location, day, ctx.article.text)
    return setting if place is setting.location else replace(setting, location=place)


def _dated(
    lexicon: ActorLexicon, mentions: tuple[ActorMention, ...], day: dt.date | None, text: str
) -> tuple[ActorMention, ...]:
    changed = False
    out = []
    for m in mentions:
        before = _before(lexicon, m.country, day, text)
        if before is not None:
            m, changed = replace(m, country=before), True
        out.append(m)
    return tuple(out) if changed else mentions


def _before(lexicon: ActorLexicon, code: str | None, day: dt.date | None, text: str) -> str | None:
    """The predecessor's code when ``code`` is a seceded state not yet independent then."""
    secession = lexicon.secessions.get(code) if code else None
    if secession is None:
        return None
    if day is not None:
        return secession.before if day < secession.since else None
    return secession.before if _old_state_told(secession, text) else None


def _old_state_told(secession: Secession, text: str) -> bool:
    """Whether an undated text names the old state and never the new one by its own names."""
    if _names(secession.names).search(text):
        return False
    return bool(secession.before_names) and _names(secession.before_names).search(text) is not None


@functools.lru_cache(maxsize=64)
def _names(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the names as whole words, in their own case ("south Sudan" is a direction)."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
