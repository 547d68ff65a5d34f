"""Where the parties to an event are from when the words alone do not say.

Unnamed attackers ("a roadside bomb killed …"), authorities that arrest without being named,
parties placed by the event's location, by a place their own phrase names or by the places the
whole article is about, ethnic groups coded where they live. Each placement leaves its rule on
the mention (unattributed, implied, location, place, domestic, places) so users can keep or
drop it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import is_passive, phrase_bounds
from detente.geo.locate import ArticlePlaces, resolve_place
from detente.records import ActorMention, Place

# Sectors that act abroad as often as at home: an actor of these with no country is not placed
# by where the event happened.
TRAVELLING_SECTORS = frozenset({"MIL", "UAF"})
# ... unless the phrase says they are the state's own ("government troops", "the army").
HOME_FORCES = re.compile(r"\b(government|regime|army|national|state)\b", re.IGNORECASE)
# Resolver rules that guessed a country from the article rather than read it in the phrase:
# a place the phrase or the event names is better evidence.
GUESSED_RULES = frozenset({"context", "places"})
# The article's own geography outweighs its context country ("officials" in a Fargo story that
# mentions Iraq once) when its places name one country this many times, and at least
# HOME_RATIO times as often as the context country.
HOME_MIN_MENTIONS = 3
HOME_RATIO = 2

# Violence (CAMEO 18-20): an unnamed perpetrator is coded UAF where the violence happened.
ATTACK_ROOTS = frozenset({"18", "19", "20"})
# Subjects that stand for an unnamed perpetrator: weapons, blasts and attacks, not diseases
# or storms ("the outbreak has killed 292", "flooding struck the region").
WEAPON_NOUNS = frozenset(
    {
        "bomb",
        "bombing",
        "bomber",
        "blast",
        "explosion",
        "device",
        "ied",
        "mine",
        "landmine",
        "rocket",
        "missile",
        "shell",
        "shelling",
        "mortar",
        "grenade",
        "gunfire",
        "gunman",
        "gunmen",
        "sniper",
        "attack",
        "attacker",
        "assailant",
        "airstrike",
        "strike",
        "drone",
        "raid",
        "ambush",
        "shooting",
        "car",
        "truck",
        "militant",
        "insurgent",
    }
)
# Vehicles stand for an attacker only as a subject ("a car exploded"), not as "killed in his car".
VEHICLES = frozenset({"car", "truck"})
# Prepositions that name the attack in a passive without an agent ("killed in a bombing").
ATTACK_PREPS = frozenset({"in", "by", "during"})
# "ethnic Albanians", "ethnic Russians": a people named as a group inside another country.
ETHNIC = re.compile(r"\bethnic\b", re.IGNORECASE)
# Coercion that only the state does, coded to its authorities when the agent is unsaid.
AUTHORITY_CODES: Mapping[str, str] = MappingProxyType({"173": "COP", "174": "GOV"})
# Actors who act at home: people they act on with no stated place are of their country.
DOMESTIC_SECTORS = frozenset({"COP", "JUD", "GOV"})


def weapon(match: Match) -> Token | None:
    """The weapon or attack that stands for an unnamed perpetrator of violence, if any.

    "A roadside bomb killed two soldiers" (the subject), or "three civilians were killed in a
    suicide bombing" (a passive with the attack in an "in"/"by" phrase).
    """
    if match.cameo[:2] not in ATTACK_ROOTS:
        return None
    head = match.actor
    if head is not None:
        # not "the outbreak killed 292"
        return head if head.lemma_.lower() in WEAPON_NOUNS else None
    if not is_passive(match.head):
        return None
    for prep in match.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ATTACK_PREPS:
            for obj in prep.children:
                # "killed in his car" is no attack: a vehicle needs to be the subject
                lemma = obj.lemma_.lower()
                if obj.dep_ == "pobj" and lemma in WEAPON_NOUNS and lemma not in VEHICLES:
                    return obj
    return None


def unknown_attacker(
    arm: Token, places: ArticlePlaces | None, location: Place | None
) -> tuple[ActorMention, ...]:
    """Unidentified armed forces (UAF) of the country where the violence happened, if known."""
    start, end = phrase_bounds(arm)
    span = arm.doc[start:end]
    if location is None and places is not None:
        # "A roadside bombing near Samarra killed …": the place sits in the subject itself.
        inside = [
            m for m in places.mentions
            if m.start is not None and span.start_char <= m.start < span.end_char
        ]
        found = resolve_place(inside[0].candidates, countries=places.countries) if inside else None
        country = found.country if found is not None else None
    else:
        country = location.country if location is not None else None
    if country is None:
        return ()
    mention = ActorMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        country=country,
        sector="UAF",
        rule="unattributed",
    )
    return (mention,)


def placed(
    mentions: tuple[ActorMention, ...],
    location: Place | None,
    actor: tuple[ActorMention, ...] = (),
    *,
    travelling: frozenset[str] = frozenset(),
) -> tuple[ActorMention, ...]:
    """Parties known by sector only, or by the article's context, take the event's country.

    "killed 23 people … in Tel Aviv": the victims are where the attack happened, not of the
    attacker's country that the context suggests; "police in Goma" are Congolese police.
    A party with no country at all is dropped. With no place, the people whom police,
    courts or a government act on ("police arrested 12") are taken to be of their country.
    """
    country = location.country if location is not None else None
    home = next((a.country for a in actor if a.sector in DOMESTIC_SECTORS and a.country), None)
    placed = []
    for m in mentions:
        if m.sector in travelling and m.country is None and not HOME_FORCES.search(m.text):
            continue  # "troops who fought in Afghanistan" need not be Afghan
        if country is not None and (m.country is None or m.rule in GUESSED_RULES):
            m = replace(m, country=country, rule="location")
        elif country is None and m.country is None and home is not None and len(home) == 3:
            m = replace(m, country=home, rule="domestic")
        if m.country is not None:
            placed.append(m)
    return tuple(placed)


def by_authorities(match: Match) -> bool:
    """ "A missionary was arrested in Lebanon": an arrest or deportation told without its
    agent is the work of the authorities where it happened."""
    return (
        match.actor is None
        and match.cameo in AUTHORITY_CODES
        and match.frame is None
        and is_passive(match.head)
    )


def authorities(match: Match, location: Place | None) -> tuple[ActorMention, ...]:
    if not by_authorities(match) or location is None or location.rule == "dateline":
        return ()
    if location.start is None or location.end is None or location.text is None:
        return ()
    mention = ActorMention(
        text=location.text,
        start=location.start,
        end=location.end,
        country=location.country,
        sector=AUTHORITY_CODES[match.cameo],
        rule="implied",
    )
    return (mention,)


def from_places(
    mentions: tuple[ActorMention, ...], places: ArticlePlaces | None
) -> tuple[ActorMention, ...]:
    """ "a missionary from Calgary", "Minnesota Governor Tim Pawlenty", "police in Goma": a
    party of no stated country is of the place its own phrase names."""
    if places is None:
        return mentions
    found = []
    for m in mentions:
        if m.country is None or m.rule in GUESSED_RULES:
            for place in places.mentions:
                if place.start is not None and m.start <= place.start < m.end:
                    origin = resolve_place(
                        place.candidates, countries=places.countries, divisions=places.divisions
                    )
                    if origin is not None:
                        m = replace(m, country=origin.country, rule="place")
                        break
        found.append(m)
    return tuple(found)


def ethnic_placed(
    mentions: tuple[ActorMention, ...], location: Place | None
) -> tuple[ActorMention, ...]:
    """ "ethnic Albanians demonstrated in Serbia": an ethnic group is coded where it lives."""
    if location is None:
        return mentions
    return tuple(
        replace(m, country=location.country, rule="location")
        if m.rule in ("demonym", "user") and ETHNIC.search(m.text) and m.country != location.country
        else m
        for m in mentions
    )


def place_counts(places: ArticlePlaces | None) -> Mapping[str, int]:
    """How often the article's places (and its dateline, twice) lie in each country."""
    if places is None:
        return {}
    counts: Counter[str] = Counter()
    for mention in places.mentions:
        found = resolve_place(mention.candidates, countries=places.countries,
                              divisions=places.divisions)
        if found is not None:
            counts[found.country] += 1
    if places.dateline is not None:
        found = resolve_place(places.dateline.candidates, countries=places.countries,
                              divisions=places.divisions)
        if found is not None:
            counts[found.country] += 2
    return MappingProxyType(dict(counts))


def homed(
    mentions: tuple[ActorMention, ...], counts: Mapping[str, int]
) -> tuple[ActorMention, ...]:
    """Bare roles given the context's country move to the country the article's places are in."""
    if not counts:
        return mentions
    home, most = max(counts.items(), key=lambda item: (item[1], item[0]))
    if most < HOME_MIN_MENTIONS:
        return mentions
    return tuple(
        replace(m, country=home, rule="places")
        if m.rule == "context"
        and m.country != home
        and most >= HOME_RATIO * max(counts.get(m.country or "", 0), 1)
        else m
        for m in mentions
    )
