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
"""

from __future__ import annotations

from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.coding.parties import Parties
from detente.lexicons.english import english

VISIT_CODE = "042"  # CAMEO "make a visit"


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


def _only_places(placed: Parties) -> bool:
    """Every recipient is a place (a country or a place in it, with no sector): nobody hosts."""
    return bool(placed.recipient) and all(m.sector is None for m in placed.recipient)
