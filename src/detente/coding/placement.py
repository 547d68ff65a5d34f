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
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.aid_destinations import aid_destination
from detente.coding.armed_acts import armed_act, armed_attacker, armed_verb
from detente.coding.authorities import (
    agentless_sector,
    body_counts,
    divisions_read,
    home_authorities,
)
from detente.coding.coder import ArticleState
from detente.coding.domestic_critics import domestic_critics
from detente.coding.guest_envoys import without_guest_envoys
from detente.coding.home_recipients import home_police
from detente.coding.machines import machine_arm
from detente.coding.match import Match
from detente.coding.namesakes import namesakes_read
from detente.coding.outcome import Rejected
from detente.coding.own_areas import own_areas
from detente.coding.own_government import own_government
from detente.coding.protested import protested_government
from detente.coding.state_groups import STATES_RULE
from detente.coding.summit_venues import placing_location
from detente.coding.syntax import is_passive, phrase_bounds
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, resolve_place
from detente.lexicons.actors import NOT_SELF
from detente.lexicons.english import EnglishWords, english
from detente.lexicons.ontology import CameoCode
from detente.records import ActorMention, Modality, Place

if TYPE_CHECKING:
    from detente.coding.parties import Parties

# Resolver rules that guessed a country from the article rather than read it in the phrase:
# a place the phrase or the event names is better evidence.
GUESSED_RULES = frozenset({"context", "places"})
# Sectors that act only within their own state's jurisdiction: police and courts.
JURISDICTION_SECTORS = frozenset({"COP", "JUD"})
# Rules that place a party by where it is or by the article's context, not by its own name.
MISSION_PLACED_RULES = frozenset({"context", "places", "place", "location"})
# The article's own geography outweighs its context country ("officials" in a Fargo story that
# mentions Iraq once) when its places name one country this many times, and at least
# HOME_RATIO times as often as the context country.
HOME_MIN_MENTIONS = 3
HOME_RATIO = 2
# Towns smaller than this are not taken as a recipient place: a news story's "Kashmir" or
# "the North" finds a small American town of that name first (Abyei, ~20,000, still counts).
MIN_PLACE_POPULATION = 20_000
# Acts the home country's police may be given for when named without a country: done or
# announced. Planned, hoped, denied or background acts tell too little to be events.
UNPLACED_MODALITIES: frozenset[Modality] = frozenset({"asserted", "future"})


def place_parties(
    match: Match,
    parties: Parties,
    entry: CameoCode,
    location: Place | None,
    ctx: ArticleState,
    *,
    modality: Modality = "asserted",
) -> Parties | Rejected:
    """The placement stage: parties the words leave unplaced are placed, or the event dropped."""
    codes = english().codes
    actor = placed_chain(  # mainev14: a meeting's venue places none of its parties
        parties.actor, placing_location(entry.code, location), ctx,
        travelling=codes.travelling_sectors,
    )
    # actors21: "arrested in Moscow" in an Idaho story: the home town's police, as its namesake
    actor = actor or namesakes_read(authorities(match, location), ctx.namesakes)
    if modality in UNPLACED_MODALITIES:
        actor = actor or home_authorities(match, parties.actor, parties.recipient, ctx)
    actor = actor or unplaced(parties.actor, ctx)
    actor = actor or domestic_critics(  # mainev9: "says the police have failed her"
        parties.actor, placed_chain(parties.recipient, location, ctx), entry.code, location
    )
    if not actor and parties.arm is None:
        return Rejected(stage="placement", reason="unplaced-actor")
    recipient = foreign_missions(placed_chain(parties.recipient, location, ctx, actor=actor), actor)
    recipient = under_jurisdiction(recipient, actor, entry.code)
    recipient = recipient or state_domestic(parties.recipient, actor, entry.code, location)
    recipient = recipient or unplaced(parties.recipient, ctx) or unplaced_named(
        parties.recipient, ctx, location
    )
    if modality in UNPLACED_MODALITIES:  # mainev17: "pointed a gun at a police officer"
        recipient = recipient or home_police(parties.recipient, ctx.home)
    recipient = recipient or protested_government(  # recip16: never the protesters' words
        entry.code, actor, parties.recipient, act=match.head, location=location
    ) or area_measured(
        entry.code, location, ctx.places, actor
    ) or own_areas(entry.code, match.recipient, actor)
    recipient = recipient or aid_destination(entry.code, match.head, actor, location, ctx, modality)
    recipient = own_government(entry.code, actor, recipient)  # recip16: "urged the government"
    # actors17: "Foreign Minister <unknown> met <host officials>" is no host official
    actor = without_guest_envoys(actor, recipient, entry.code)
    if not actor and parties.arm is None:
        detail = "an envoy placed in the state it deals with"
        return Rejected(stage="placement", reason="unplaced-actor", detail=detail)
    if parties.arm is not None and machine_arm(parties.arm):  # actors18: "a missile hit"
        return Rejected(stage="placement", reason="unowned-machine", detail=parties.arm.text)
    if parties.arm is not None:
        actor = (  # mainev7: "was shot", "was stabbed": the verb stands for the attacker
            armed_attacker(match, parties.arm, location, recipient)
            if armed_verb(parties.arm)
            else unknown_attacker(parties.arm, ctx.places, location)
        )
        if not actor:
            return Rejected(stage="placement", reason="unplaced-attacker")
    if not recipient and (entry.event_type in codes.requires_recipient or match.needs_recipient):
        return Rejected(stage="placement", reason="requires-recipient", detail=entry.event_type)
    return replace(parties, actor=actor, recipient=recipient)


def unplaced(mentions: tuple[ActorMention, ...], ctx: ArticleState) -> tuple[ActorMention, ...]:
    """Parties known by a sector word alone in a text of one sentence that names no place (a
    headline, a post, a quoted line: "the Senate urged", "striking teachers", "Venezuela
    releases dozens of activists"): nothing there could place them, so they act, or are acted
    on, with no country.

    In a longer text its geography places such a party (context, places, the event's
    location); when none of it does, the place is one we cannot read (a local town the
    gazetteer does not know) and the event is left out rather than coded with no country. A
    person known only by name ("named-person") is no sector word and is never kept this way.
    """
    if not _placeless(ctx):
        return ()
    return tuple(
        m for m in mentions
        if m.country is None and m.sector is not None and m.rule != "named-person"
    )


def _placeless(ctx: ArticleState) -> bool:
    """Whether the text is one sentence naming no place and no dateline: nothing can place
    a party there."""
    places = ctx.places
    mentions = places.mentions if places is not None else ()
    backers = _backer_spans(ctx.doc.text, 0)  # actors18: "Iran-allied group" names no place
    own = [m for m in mentions if not _inside(m.start, backers)]
    if (ctx.place_counts and (own or not mentions)) or own or (places and places.dateline):
        return False
    return len(list(ctx.doc.sents)) <= 1


def unplaced_named(
    mentions: tuple[ActorMention, ...], ctx: ArticleState, location: Place | None
) -> tuple[ActorMention, ...]:
    """ "Ecuador has granted asylum to Julian Assange", "India indicted Sajid Mir", as a text of
    their own: a person acted on, named but of no stated country, where the text is one
    sentence and the event has no place, is still who the act was done to; kept with no
    country (never the actor's: a state acts on foreigners as well as on its own people)."""
    if location is not None or len(list(ctx.doc.sents)) > 1:
        return ()
    return tuple(
        m for m in mentions
        if m.country is None and m.rule == "named-person" and _written_as_surname(m.text)
    )


def _written_as_surname(text: str) -> bool:
    """Whether a name ends in a word written as a surname is ("Assange", "Mir"), not as a
    code or an acronym the tagger took for a person ("COVID-19", "ISIS")."""
    words = text.split()
    return bool(words) and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*", words[-1]) is not None


def state_domestic(
    mentions: tuple[ActorMention, ...],
    actor: tuple[ActorMention, ...],
    cameo: str,
    location: Place | None,
) -> tuple[ActorMention, ...]:
    """ "Venezuela released dozens of activists", "Gondor will release all those imprisoned": a
    state named by itself (no sector) that releases, charges or arrests people of no stated
    country acts on its own people, when the event's place does not say otherwise."""
    codes = english().codes
    if cameo not in english().senses.state_domestic_codes or location is not None:
        return ()
    states = {a.country for a in actor if a.sector is None and a.rule in codes.nation_rules}
    if len(states) != 1 or len({a.country for a in actor}) != 1:
        return ()
    [country] = states
    if country is None or len(country) != 3 or country in codes.org_kinds:
        return ()
    return tuple(
        replace(m, country=country, rule="domestic")
        for m in mentions
        if m.country is None and m.sector is not None
    )


def under_jurisdiction(
    mentions: tuple[ActorMention, ...], actor: tuple[ActorMention, ...], cameo: str
) -> tuple[ActorMention, ...]:
    """ "A 24-year-old Elkhart man has been indicted by an Anderson County grand jury": people of
    no stated country whom a country's police or courts arrest, charge or release are in its
    jurisdiction; the article's context country, guessed from elsewhere in the text, is not
    theirs. A state acting by its government ("Israel released prisoners") may act on others."""
    if cameo not in english().senses.state_domestic_codes or not actor:
        return mentions
    countries = {a.country for a in actor}
    if len(countries) != 1 or any(
        a.sector not in JURISDICTION_SECTORS or a.rule in GUESSED_RULES for a in actor
    ):
        return mentions
    [country] = countries
    if country is None or len(country) != 3 or country in english().codes.org_kinds:
        return mentions
    return tuple(
        replace(m, country=country, rule="domestic")
        if m.rule in GUESSED_RULES and m.sector == "CVL" and m.country != country
        else m
        for m in mentions
    )


def placed_chain(
    mentions: tuple[ActorMention, ...],
    location: Place | None,
    ctx: ArticleState,
    actor: tuple[ActorMention, ...] = (),
    *,
    travelling: frozenset[str] = frozenset(),
) -> tuple[ActorMention, ...]:
    """One party through every placement rule: ethnic groups, places in the phrase, the
    article's home country, then the event's location (see ``placed``)."""
    mentions = homed(from_places(ethnic_placed(mentions, location), ctx.places), ctx.place_counts)
    mentions = divisions_read(mentions, ctx.places)
    placed_mentions = placed(mentions, location, actor, travelling=travelling)
    return namesakes_read(placed_mentions, ctx.namesakes)


def weapon(match: Match) -> Token | None:
    """The weapon or attack that stands for an unnamed perpetrator of violence, if any.

    "A roadside bomb killed two soldiers" (the subject), or "three civilians were killed in a
    suicide bombing" (a passive with the attack in an "in"/"by" phrase).
    """
    words = english().words
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    head = match.actor
    if head is not None:
        # not "the outbreak killed 292"
        return head if head.lemma_.lower() in words.weapon_nouns else None
    if not is_passive(match.head):
        return None
    for prep in match.head.children:
        if prep.dep_ == "prep" and prep.lower_ in words.attack_preps:
            for obj in prep.children:
                # "killed in his car" is no attack: a vehicle needs to be the subject
                lemma = obj.lemma_.lower()
                armed = lemma in words.weapon_nouns and lemma not in words.vehicles
                if obj.dep_ == "pobj" and armed:
                    return obj
    return armed_act(match)  # mainev7: "a man was shot": the verb names the assailant


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
    A party with no country at all is dropped, save people said to be from elsewhere. With no
    place, the people whom police, courts or a government act on ("police arrested 12") are
    taken to be of their country.
    """
    country = location.country if location is not None else None
    words, domestic = english().words, english().codes.domestic_sectors
    home = next((a.country for a in actor if a.sector in domestic and a.country), None)
    placed = []
    for m in mentions:
        if m.rule == STATES_RULE and m.country is None:
            placed.append(m)  # "two dozen Western countries": no place's country is theirs
            continue
        if m.sector in travelling and not _says(m.text, words.home_forces):
            if m.country is None:
                continue  # "troops who fought in Afghanistan" need not be Afghan
            if m.rule in GUESSED_RULES:
                placed.append(m)  # lead17: a British story's troops wounded in Afghanistan
                continue  # stay the story's, not the battlefield's
        if (m.country is None or m.rule in GUESSED_RULES) and _outsiders(m.text, words):
            # "Western diplomats" in Moscow are not Russian: known by their sector alone
            placed.append(replace(m, country=None, rule="agent"))
            continue
        if country is not None and (m.country is None or m.rule in GUESSED_RULES):
            if royal_elsewhere(m.text, country, words):
                continue  # "Crown Prince Mohammed met Trump in Washington" is no American
            m = replace(m, country=country, rule="location")
        elif country is None and m.country is None and home is not None and len(home) == 3:
            m = replace(m, country=home, rule="domestic")
        if m.country is not None:
            placed.append(m)
    return tuple(placed)


def by_authorities(match: Match) -> bool:
    """ "A missionary was arrested in Lebanon": an arrest or deportation told without its
    agent is the work of the authorities where it happened."""
    return agentless_sector(match) is not None


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
        sector=agentless_sector(match),
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
            others = _backer_spans(m.text, m.start)
            for place in places.mentions:
                inside = place.start is not None and m.start <= place.start < m.end
                if inside and not _inside(place.start, others):
                    origin = resolve_place(
                        place.candidates, countries=places.countries, divisions=places.divisions
                    )
                    if origin is not None:
                        m = replace(m, country=origin.country, rule="place")
                        break
        found.append(m)
    return tuple(found)


def _backer_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """actors18: the offsets of the words of a text that name another party than the one they
    describe ("*Iran-backed* militias", "*US-trained* rebels", "*US-supplied* jets": a backer,
    trainer or maker; lexicons.actors.NOT_SELF), which the actor stage reads past: no place
    there says where a party is from."""
    return [(offset + m.start(), offset + m.end()) for m in NOT_SELF.finditer(text)]


def _inside(start: int | None, spans: list[tuple[int, int]]) -> bool:
    return start is not None and any(a <= start < b for a, b in spans)


def ethnic_placed(
    mentions: tuple[ActorMention, ...], location: Place | None
) -> tuple[ActorMention, ...]:
    """ "ethnic Albanians demonstrated in Serbia", "the Albanian population of the province": an
    ethnic group is coded where it lives."""
    if location is None:
        return mentions
    ethnic = english().words.ethnic_words
    return tuple(
        replace(m, country=location.country, rule="location")
        if m.rule in ("demonym", "user", "agent") and _says(m.text, ethnic)
        and m.country != location.country
        else m
        for m in mentions
    )


def place_counts(places: ArticlePlaces | None) -> Mapping[str, int]:
    """How often the article's places (and its dateline, twice) lie in each country."""
    if places is None:
        return {}
    counts = Counter(body_counts(places))
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
    if sum(1 for n in counts.values() if n == most) > 1:
        return mentions  # two countries named as often: neither is home (lead17)
    return tuple(
        replace(m, country=home, rule="places")
        if m.rule == "context"
        and m.country != home
        and most >= HOME_RATIO * max(counts.get(m.country or "", 0), 1)
        else m
        for m in mentions
    )


def royal_elsewhere(text: str, country: str, words: EnglishWords) -> bool:
    """Whether a party titled as a monarch or heir ("King X", "the crown prince") would be
    placed in a state that has no monarch: a royal is of a monarchy, not of where they travel."""
    if country in english().codes.monarchies:
        return False
    found = re.findall(r"[A-Za-z]+", text)
    lowered = [w.lower() for w in found]
    for title in words.royal_titles:
        size = len(title.split())
        for i in range(len(found) - size + 1):
            if " ".join(lowered[i : i + size]) != title:
                continue
            # a title goes before a name ("King Salman") or after "the" ("the Saudi king");
            # "Jaime King", "Williams and King", "King's son" are a family's name
            after = found[i + size] if i + size < len(found) else ""
            determined = any(w in words.all_determiners for w in lowered[:i])
            if (after[:1].isupper() and after != "s") or determined:
                return True
    return False


def _outsiders(text: str, words: EnglishWords) -> bool:
    """ "foreign diplomats", "Western envoys": people said to be from elsewhere."""
    tokens = re.findall(r"\w+", text.lower())
    return (
        len(tokens) >= 2
        and tokens[-2] in words.outsider_words
        and tokens[-1].endswith("s")
        and tokens[-1] not in words.outsider_exempt
    )


def foreign_missions(
    mentions: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """ "Moscow closed the consulate in St. Petersburg": an embassy or consulate named by its
    noun alone in the acting state's own land is another state's mission, so neither the
    place's country nor a guess from context is its own (it keeps its sector, no country).
    One abroad ("closed the consulate in Arnor") stands for the host state, as placed."""
    own = {a.country for a in actor if a.country}
    missions = english().senses.mission_nouns
    return tuple(
        replace(m, country=None, rule="agent")
        if m.rule in MISSION_PLACED_RULES and m.country in own and _says(m.text, missions)
        else m
        for m in mentions
    )


def _says(text: str, words: frozenset[str]) -> bool:
    """Whether the text has one of the words as a whole word, in any case."""
    return any(w in words for w in re.findall(r"\w+", text.lower()))


def area_measured(
    cameo: str,
    location: Place | None,
    places: ArticlePlaces | None,
    actor: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """ "Authorities ease curfew as businesses reopen in Amman": a curfew or a state of emergency
    is laid on the place where it holds, whose people it acts on (no sector; rule "place").

    Only a place named in the event's own sentence counts, never the dateline, and only in a
    country the article names or the actor's own: a town's name shared across countries
    ("Pando") must not bring in a foreign state.
    """
    if cameo not in english().codes.area_codes or location is None or location.rule == "dateline":
        return ()
    if places is None or not _well_known_at(location, places):
        return ()
    if location.country not in places.countries | {m.country for m in actor}:
        return ()
    if location.start is None or location.end is None or location.text is None:
        return ()
    if any(m.start < location.end and location.start < m.end for m in actor):
        return ()  # "officials in Dallas County": where the actor sits, not what it acts on
    mention = ActorMention(
        text=location.text,
        start=location.start,
        end=location.end,
        country=location.country,
        sector=None,
        rule="place",
    )
    return (mention,)


def well_known(place: Candidate) -> bool:
    """A region, or a town big enough that world news names it for itself: small towns share
    their names with regions and words ("Kashmir" in Washington, "North", "Innisfail")."""
    return place.precision != "city" or place.population >= MIN_PLACE_POPULATION


def _well_known_at(location: Place, places: ArticlePlaces) -> bool:
    """Whether the gazetteer entry chosen for the mention at the event's place is well known."""
    for mention in places.mentions:
        if mention.start == location.start:
            found = resolve_place(mention.candidates, countries=places.countries,
                                  divisions=places.divisions)  # fmt: skip
            return found is not None and well_known(found)
    return False
