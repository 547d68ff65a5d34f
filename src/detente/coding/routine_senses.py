"""Senses of a trigger from emergency work, campaigning, crime and sport: no political act.

"Firefighters headed to a blaze", "ambulances rushed to the scene of the crash" use the words
of a trip (CAMEO 042/043 "make a visit") for an emergency service answering a call: the place
gone to is an incident, no party hosts anyone. "A gang smashed the windows of a jewellery shop
and stole watches" uses the word of a riot (CAMEO 145 "protest violently") for a robbery:
damage done with a theft, or by a gang, is a crime with no grievance. "The federation's
officials met the referees", "the minister met the national team" meet players, referees or a
team: a sports occasion, no consultation between parties. "The group holds a kickoff rally",
"a campaign rally in the square" gather supporters for a candidacy or a cause's launch: with no
grievance told in the sentence no one protests (CAMEO 14 is dissent). "Detainees breached the
perimeter fence and fled" breaches a barrier in its physical sense (dictionary: breach "make a
gap in and break through a wall or barrier"), not a law or a norm (CAMEO 128 "defy norms,
law"): an escape tells no defiance of a rule and voices no demand. "Deputies spoke with the
suspect" questions a case's people, no consultation between parties. "Detainees whom the aid
teams met complained of overcrowding" names, in a restrictive relative clause, whom the teams
met to describe the detainees: the meeting is how the people are picked out, background of the
sentence's own news, no consultation reported. english.yaml's
`routine_senses` keys hold the words; the framing stage drops such triggers with the reason
no-event-sense (coding/nonevents.py lists the checks). A pledge that "appealed to" voters,
"assisting an offender" and "set off on a march" are read by their verbs' complements
(coding/verb_readings.py and verbs.yaml).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import (
    KIND_DEPS,
    OBJECT_DEPS,
    doers_of,
    is_word,
    lemma,
    prep_objects,
)
from detente.coding.world_senses import named_occasion
from detente.lexicons.english import english
from detente.lexicons.relevance import relevance_lexicon

__all__ = ["ROUTINE_CHECKS"]

# The off-topic domain of relevance.yaml whose words name a sports occasion or team.
SPORTS = "sports"


def _incident(place: Token) -> bool:
    """A fire, a crash or the scene of one: "the blaze", "the scene", "the scene of the
    crash" ("the scene of the bombing" is the place of an attack, left to the other stages)."""
    senses = english().senses
    if is_word(place, senses.incident_nouns):
        return True
    if not is_word(place, senses.scene_nouns):
        return False
    told = list(prep_objects(place, frozenset({"of"})))
    return not told or all(is_word(t, senses.incident_nouns) for t in told)


def _incident_trip(match: Match) -> str | None:
    """ "firefighters headed to a blaze at a warehouse", "crews rushed to the scene": going to
    an incident is an emergency service's work, no visit to a party; a place named by its name
    among the places gone to ("to Greece") is a trip there, left to the other stages."""
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.pos_ != "VERB":
        return None
    places = list(prep_objects(head, english().senses.incident_preps))
    if any(p.pos_ == "PROPN" for p in places):  # "went to Greece to fight fires": a trip abroad
        return None
    incident = next((p for p in places if _incident(p)), None)
    if incident is not None:
        return f"{head.text!r} to {incident.text!r}: answering an emergency, no visit"
    return None


def _theft(head: Token) -> Token | None:
    """A verb of theft coordinated with the trigger ("smashed the window and stole watches")."""
    verbs = [*head.conjuncts, *([head.head] if head.dep_ == "conj" else [])]
    thefts = english().senses.theft_verbs
    return next((v for v in verbs if v.pos_ == "VERB" and lemma(v) in thefts), None)


def _robbery(match: Match) -> str | None:
    """ "a gang smashed the windows of a shop and stole watches": damage done by a gang or
    with a theft is a crime, no riot ("rioters smashed windows in protest" stays)."""
    senses = english().senses
    if match.cameo not in senses.riot_codes:
        return None
    theft = _theft(match.head)
    if theft is not None:
        return f"{match.head.text!r} and {theft.text!r}: a robbery, no riot"
    for doer in doers_of(match.head):
        if doer.pos_ == "NOUN" and is_word(doer, senses.crime_groups):
            return f"{doer.text!r} {match.head.text!r}: a gang's crime, no riot"
    return None


def _sport_party(token: Token) -> bool:
    """A player, a referee or a team: "the referees", "the national team", "the athletes"."""
    if is_word(token, relevance_lexicon().source.sport_party_nouns):
        return True
    return named_occasion(token) == SPORTS


def _partners(head: Token) -> list[Token]:
    """Whom a verb of meeting names as met: its objects and "with"-phrases, and their
    conjuncts."""
    partners = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    partners += list(prep_objects(head, english().senses.partner_preps))
    return partners + [c for p in partners for c in p.conjuncts]


def _sport_meeting(match: Match) -> str | None:
    """ "the federation's officials met the referees", "the minister met the national team":
    meeting players, referees or a team is a sports occasion, no consultation."""
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.pos_ != "VERB":
        return None
    partners = _partners(head)
    start, end = match.trigger  # lead17: "concludes a marathon tour": the trip, no partner
    partners = [p for p in partners if not start <= p.i < end]
    if partners and all(p.pos_ == "NOUN" and _sport_party(p) for p in partners):
        return f"{head.text!r} {partners[0].text!r}: players or a team met, a sports occasion"
    return None


def _campaign_rally(match: Match) -> str | None:
    """ "holds a kickoff rally", "addressed a campaign rally": a rally named for a campaign or
    a launch gathers supporters; one with a grievance told ("a campaign rally against the
    war") is left to the other stages."""
    senses = english().senses
    generic = relevance_lexicon().source.generic_senses
    if generic is None or match.cameo[:2] != generic.protest_root:
        return None
    start, end = match.trigger
    doc = match.head.doc
    nouns = [t for t in doc[start:end] if t.pos_ == "NOUN"]
    nouns += [c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")]
    kinds = [k for n in nouns for k in n.children if k.dep_ in KIND_DEPS]
    kind = next((k for k in kinds if is_word(k, senses.campaign_rally_words)), None)
    if kind is None:
        return None
    if any(t.lower_ in generic.dissent_cues for t in match.head.sent):
        return None
    return f"{kind.text!r} rally with no grievance told: supporters gathered, no protest"


def _police(actor: Token | None) -> bool:
    """The police as the doer: "officers", "deputies", "Nigerian police" (their routine work;
    an inquiry's investigators meeting witnesses is left to the other stages)."""
    if actor is None:
        return False
    words = english().words
    police = words.police_force_words | words.police_officer_nouns | english().senses.police_nouns
    return any(is_word(t, police) for t in (actor, *actor.conjuncts))


def _interview(match: Match) -> str | None:
    """ "deputies spoke with the suspect", "officers met the witnesses": speaking with the
    suspects or witnesses of a case is an inquiry's questioning, no consultation between
    parties ("the king met the Arnorian envoys" stays)."""
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.pos_ != "VERB":
        return None
    partners = _partners(head)
    nouns = english().senses.case_people
    if not _police(match.actor):
        return None
    if partners and all(p.pos_ == "NOUN" and is_word(p, nouns) for p in partners):
        return f"{head.text!r} {partners[0].text!r}: a case's people questioned, no consultation"
    return None


def _barrier_breach(match: Match) -> str | None:
    """ "detainees breached the perimeter fence": held people breaking through a barrier
    escape, a physical act, no defiance of a law or a norm ("breached the ceasefire", "defied
    the curfew" stay; protesters breaching a parliament's fence are left to the other
    stages)."""
    senses = english().senses
    if match.cameo not in senses.defiance_codes:
        return None
    doers = doers_of(match.head)
    doers += [o for d in doers for o in prep_objects(d, senses.count_preps)]  # "hundreds of"
    if not any(is_word(d, senses.state_held_people) for d in doers):
        return None
    objects = [c for c in match.head.children if c.dep_ in OBJECT_DEPS]
    objects += [c for o in objects for c in o.conjuncts]
    if match.recipient is not None:
        objects.append(match.recipient)
    barrier = next((o for o in objects if is_word(o, senses.barrier_nouns)), None)
    if barrier is not None:
        return f"{match.head.text!r} the {barrier.text!r}: a barrier broken through, no defiance"
    return None


# Fine tags of relative pronouns ("whom", "who", "that", "which").
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _described_meeting(match: Match) -> str | None:
    """senses16: "detainees whom the aid teams met complained", "refugees the delegation met in
    the camp asked for food": a meeting told in a restrictive relative clause whose object is
    the noun described picks out the people met; the sentence reports what they do. A clause
    set off by a comma ("the envoy, whom the president met on Monday, said") adds news, kept."""
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.dep_ != "relcl":
        return None
    if head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.tag_ in RELATIVE_TAGS or is_word(s, english().senses.relative_words)
                           for s in subjects):  # fmt: skip
        return None  # "the envoy who met the king": the noun's own act
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if any(o.tag_ not in RELATIVE_TAGS and not is_word(o, english().senses.relative_words)
           for o in objects):  # fmt: skip
        return None  # the clause meets someone else than the noun described
    first = min(t.i for t in head.subtree)
    before = head.doc[first - 1] if first > 0 else None
    if before is not None and before.is_punct and not before.is_quote:
        return None  # set off by a comma: a clause of its own news
    return f"{head.head.text!r} {head.text!r}: whom a meeting met, told to describe them"


ROUTINE_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _incident_trip, _robbery, _sport_meeting, _campaign_rally, _barrier_breach, _interview,
    _described_meeting,
)
