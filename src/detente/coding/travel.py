"""Travel at home: a trip to a place of the traveller's own country is no visit.

CAMEO 042 "make a visit" and PLOVER CONSULT/visit name a host: the party visited. Movement
verbs ("travel to", "leave for", "arrive in") name only where someone goes; when that place is
in the traveller's own country ("Modi left for Delhi", "protesters travelled to Islamabad",
"the nurses arrived in Sofia" after their release) no other party hosts anyone, and the
placement stage has just told us both countries.

Visiting verbs ("visited", "toured") name a host when the object is a party; when it is only a
place of the visitor's own country ("Obama toured flood-damaged areas of Louisiana", "Modi
visited Kerala") the trip is an inspection at home, not a visit to another party. A visitor
whose country was read from the event's location was put where it went, so that country says
nothing of its home ("a Senate delegation's visit to Russia" with the delegation unplaced).
Travellers told by movement verbs with no home of their own are most often private people
on a trip, no party's visit either way: for them the location's country still counts as home.

A trip abroad by a private person ("John Smith, a retired teacher, flew to Cairo", "more
Americans can make the trip") visits no party either: the destination is a place, and a
civilian, a firm or a school travelling there is no state or body calling on another
(reject_private_travel). A public or civic word in the traveller's own words ("the city's
mayor", "activists") keeps the trip.

A state's leaders visiting its own forces ("the king visited his soldiers at the front", "the
defence minister toured army bases", "the president visited troops stationed abroad") inspect
what they command: one party, no host receiving a guest (reject_own_forces_visit). A visit to
another state's forces, or to one's own forces by rebels, civilians or the opposition, stays.
"""

from __future__ import annotations

from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.coding.parties import Parties
from detente.lexicons.english import english
from detente.lexicons.relevance import relevance_lexicon
from detente.records import ActorMention

VISIT_CODE = "042"  # CAMEO "make a visit"
# Actor rules that name a place, not a body: "visited Egypt", "travelled to Paris".
PLACE_RULES = frozenset({"country-name", "seat-of-power"})
# relevance.yaml's word lists of public bodies and of civic groups (private_parties block).
# The actor rule of a party found in the user's own actor file ("Gondorians", "Aragorn").
USER_RULE = "user"
PUBLIC = "public"
CIVIC = "civic"


def reject_home_travel(match: Match, placed: Parties) -> Rejected | None:
    """A visit (told by a movement verb, or to places only) whose every destination is in the
    traveller's own country."""
    if match.cameo != VISIT_CODE:
        return None
    moving = match.head.lemma_.lower() in english().senses.movement_verbs
    if not moving and not _only_places(placed):
        return None
    home = {m.country for m in placed.actor if m.country and (moving or m.rule != "location")}
    went = {m.country for m in placed.recipient}
    if not home or not went or not went <= home:
        return None
    countries = "/".join(sorted(home))
    detail = f"{match.head.text!r} to a place of the traveller's own country ({countries}): no host"
    return Rejected(stage="placement", reason="no-event-sense", detail=detail)


def reject_own_forces_visit(match: Match, placed: Parties) -> Rejected | None:
    """A visit by a state's government, forces or police whose every host is that same
    state's armed forces or police: an inspection of what it commands, no visit between parties."""
    senses = english().senses
    if match.cameo != VISIT_CODE or not placed.actor or not placed.recipient:
        return None
    home = {m.country for m in placed.actor}
    if None in home or not all(m.sector in senses.commanding_sectors for m in placed.actor):
        return None
    hosts = placed.recipient
    if not all(m.sector in senses.commanded_sectors and m.country in home for m in hosts):
        return None
    detail = (f"{match.head.text!r} {hosts[0].text!r}: a state's own forces visited, "
              "an inspection, no host")
    return Rejected(stage="placement", reason="no-event-sense", detail=detail)


def _only_places(placed: Parties) -> bool:
    """Every recipient is a place (a country or a place in it, with no sector): nobody hosts."""
    return bool(placed.recipient) and all(m.sector is None for m in placed.recipient)


def reject_private_travel(match: Match, placed: Parties) -> Rejected | None:
    """A trip told by a movement verb or a trip noun (or a visit to places only) whose every
    traveller is a private person, firm or school: no party visits another."""
    if match.cameo != VISIT_CODE or not placed.actor or not _trip(match, placed):
        return None
    if not all(_private_traveller(m) for m in placed.actor):
        return None
    who = placed.actor[0].text
    detail = f"{match.head.text!r}: {who!r} travels as a private party, no visit between parties"
    return Rejected(stage="placement", reason="no-event-sense", detail=detail)


def _trip(match: Match, placed: Parties) -> bool:
    """A movement verb, a trip noun in the trigger, or a visit whose hosts are places only."""
    head = match.head
    if head.lemma_.lower() in english().senses.movement_verbs:
        return True
    words = [*head.doc[match.trigger[0] : match.trigger[1]], *head.children]
    if any(t.lemma_.lower() in english().senses.trip_nouns for t in words):
        return True
    return bool(placed.recipient) and all(
        m.sector is None or m.rule in PLACE_RULES for m in placed.recipient
    )


def _private_traveller(party: ActorMention) -> bool:
    """A civilian, firm, school or clinic with no public or civic word in its own words."""
    lexicon = relevance_lexicon()
    src, block = lexicon.source, lexicon.source.private_parties
    if party.sector not in english().senses.traveller_sectors:
        return False
    if set(party.other_sectors) & src.political_sectors:
        return False  # "a businessman and senator": also an office-holder
    if party.country in src.political_kinds or party.country in src.civic_kinds:
        return False
    if block is not None and party.rule in block.people_rules:
        return False  # "the Israelis will travel to Cairo": a people often stands for its state
    if party.rule == USER_RULE:
        return False  # a party from the user's own actor file is one the user follows on purpose
    text = " ".join(party.text.lower().split())
    public, civic = lexicon.private_terms.get(PUBLIC), lexicon.private_terms.get(CIVIC)
    return not any(words is not None and words.search(text) for words in (public, civic))
