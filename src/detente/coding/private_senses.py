"""Senses of a trigger from everyday life: no party acts on another as politics.

"Helping Georgia meet its aspirations", "ER visits totaled 87,600", "crews worked to free the
victim from underneath the car", "failure to yield the right of way", "thanking the parents for
attending", "improve his side's attack", "we all speak with one voice", "fires blamed on
electrical faults", "went to investigate the meteorite", "offers employees extra money" use the
words of meetings, visits, releases, concessions, praise, attacks, consultations, accusations and
aid with no political act told. Senses whose parties are private people, kin or criminals are in
coding/people_senses.py. The framing stage drops them with the reason no-event-sense
(coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.people_senses import PEOPLE_CHECKS
from detente.coding.sense_words import (
    KIND_DEPS,
    OBJECT_DEPS,
    is_word,
    lemma,
    object_among,
    prep_objects,
)
from detente.lexicons.english import english

__all__ = ["PRIVATE_CHECKS"]


def _goal_met(match: Match) -> str | None:
    """ "helping Georgia meet its aspirations", "to meet residency requirements": meeting a goal
    or a standard satisfies it; a meeting meets a party ("met the king")."""
    senses = english().senses
    head = match.head
    if head.pos_ != "VERB" or lemma(head) not in senses.meeting_verbs:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if is_word(obj, senses.goal_nouns):
            return f"{head.text!r} {obj.text!r}: a goal or a standard met, no meeting"
    return None


def _counted_visit(match: Match) -> str | None:
    """ "St. John's ER visits totaled 87,600", "hospital visits by uninsured residents grew":
    visits of a kind of care, or visits counted as a quantity, are a statistic, no visit."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or head.pos_ != "NOUN":
        return None
    kinds = [c for c in head.children if c.dep_ in KIND_DEPS and is_word(c, senses.care_places)]
    if kinds:
        return f"{kinds[0].text!r} {head.text!r}: visits for care, no visit between parties"
    if head.dep_ == "nsubj" and lemma(head.head) in senses.quantity_verbs:
        return f"{head.text!r} {head.head.text!r}: visits counted, no visit between parties"
    return None


def _freed_from_wreck(match: Match) -> str | None:
    """ "worked to free the victim from underneath the car", "freed from the rubble": freeing
    someone from a vehicle or debris is a rescue; CAMEO 0841 frees captives."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.release_codes:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        wreck = [t for t in prep.subtree if is_word(t, senses.wreck_nouns)]
        if wreck:
            return f"{head.text!r} from the {wreck[0].text!r}: a rescue, no one released"
    return None


def _traffic_yield(match: Match) -> str | None:
    """ "failure to yield the right of way": giving way on the road is a traffic rule, no
    concession between parties."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        phrase = " ".join(t.lower_ for t in obj.subtree if t.dep_ != "det")
        if phrase in senses.traffic_phrases:
            return f"{head.text!r} the {phrase!r}: a traffic rule, no concession"
    return None


def _thanks_for_coming(match: Match) -> str | None:
    """ "thanking the panelists and parents for attending", "we thank the AQMD for being here":
    thanks for coming or taking part are a host's courtesy, no praise of a party's act."""
    senses = english().senses
    head = match.head
    if lemma(head) not in senses.courtesy_verbs:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        reasons = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
        if any(is_word(r, senses.presence_words) for r in reasons):
            return f"{head.text!r} for {reasons[0].text!r}: a courtesy, no praise of a party"
    return None


def _team_play(match: Match) -> str | None:
    """ "to improve his side's attack", "the team's defence": an attack or a defence that a
    side or a team owns is its play in a game, no violence."""
    senses = english().senses
    head = match.head
    if head.pos_ != "NOUN" or match.cameo[:2] not in english().codes.attack_roots:
        return None
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for owner in owners:
        if is_word(owner, senses.team_nouns):
            return f"{owner.text!r} {head.text!r}: a team's play in a game, no attack"
    return None


def _one_voice(match: Match) -> str | None:
    """ "we all speak with one voice", "talked in a calm tone": "with" a voice or a tone says
    how one speaks, not with whom; no consultation."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or lemma(head) not in senses.talk_verbs:
        return None
    manners = list(prep_objects(head, senses.partner_preps | senses.manner_preps))
    if manners and all(is_word(m, senses.manner_nouns) for m in manners):
        return f"{head.text!r} with a {manners[0].text!r}: how one speaks, no partner"
    return None


def _view_agreed(match: Match) -> str | None:
    """ "Dodge agrees with the need for deficit spending", "agreed with the idea": agreeing
    with a view shares it; an agreement is made with a party or on a course of action."""
    senses = english().senses
    head = match.head
    if lemma(head) not in english().words.opinion_verbs:
        return None
    views = list(prep_objects(head, senses.partner_preps))
    if views and all(is_word(v, senses.view_nouns) for v in views):
        return f"{head.text!r} with the {views[0].text!r}: a view shared, no agreement"
    return None


def _thing_stopped(match: Match) -> str | None:
    """ "it is very difficult to stop a fire", "halted the floods": stopping a blaze or a
    disease fights a thing; CAMEO 087 halts fighting between parties ("agreed to cease fire"
    names no particular fire, so a fire stopped is one with a determiner or in the plural)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots:
        return None
    things = senses.impersonal_causes | senses.non_party_targets
    doc = head.doc
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.i > 0 and doc[obj.i - 1].text == "-":
            continue  # "a cease-fire": the last part of a hyphenated word is not the thing
        particular = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in obj.children)
        if particular and is_word(obj, things):
            return f"{head.text!r} {obj.text!r}: a thing stopped, no halt to fighting"
    return None


def _cause_blamed(match: Match) -> str | None:
    """ "fires mostly blamed on electrical faults", "blamed the delay on the weather": a cause
    named for a mishap accuses no party ("blamed the attack on Mordor" does)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.accusation_roots:
        return None
    causes = senses.impersonal_causes | senses.fault_nouns
    blamed = list(prep_objects(head, senses.blame_preps))
    if blamed and all(is_word(b, causes) for b in blamed):
        return f"{head.text!r} on {blamed[0].text!r}: a cause named, no party accused"
    return None


def _thing_investigated(match: Match) -> str | None:
    """ "went to investigate the meteorite", "investigating the outbreak", "police are
    investigating the crash": a study of a natural thing, a disease or an accident looks into no
    wrongdoing (CAMEO 09 investigates crimes and abuses)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.investigation_roots:
        return None
    things = senses.natural_things | senses.ailments | senses.considered_things
    things |= senses.accident_nouns
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if is_word(obj, things):
            return f"{head.text!r} {obj.text!r}: a thing studied or weighed, no wrongdoing"
    return None


def _acted_on(head: Token) -> list[Token]:
    """The verb's objects, or the noun its participle or bare relative clause tells about
    ("the position taken by T&T", "the influence the students have amassed")."""
    things = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things and head.dep_ in ("acl", "relcl"):
        things = [head.head]
    return things


def _abstract_taken(match: Match) -> str | None:
    """ "the stance taken by T&T", "the position taken by T&T", "took a tough stance", "the
    influence the students have amassed": a stance taken or standing gained seizes nothing and
    mobilises no one ("took positions near the border", in the plural, places forces)."""
    senses = english().senses
    head = match.head
    if lemma(head) not in senses.gaining_verbs:
        return None
    for thing in _acted_on(head):
        stance = thing.tag_ == "NN" and is_word(thing, senses.stance_nouns)
        if stance or is_word(thing, senses.abstract_gains):
            return f"{head.text!r} {thing.text!r}: a stance or standing, nothing seized"
    return None


def _feature_recognized(match: Match) -> str | None:
    """ "their snipers recognized Lincoln's unmistakable profile": recognising a face or a
    voice identifies someone; CAMEO 054 recognises a party's standing."""
    senses = english().senses
    if match.cameo not in senses.recognition_codes:
        return None
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if is_word(obj, senses.feature_nouns):
            return f"{match.head.text!r} {obj.text!r}: someone identified, no recognition"
    return None


# Entity labels of a modifier that names the fund as another party's ("the Greek pension fund").
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _pension_fund(token: Token) -> bool:
    """senses16: "the pension scheme", "its retirement fund": a fund that holds deferred pay.
    A fund named as another party's ("the Greek pension fund", "Arnor's pension fund") is that
    party's: money given to it may be aid, left to the other stages."""
    senses = english().senses
    if not is_word(token, senses.fund_nouns):
        return False
    kids = list(token.children)
    if any(c.ent_type_ in PARTY_ENTS or (c.dep_ == "poss" and c.pos_ != "PRON") for c in kids):
        return False
    return any(c.dep_ in KIND_DEPS and is_word(c, senses.pension_words) for c in kids)


def _wages(match: Match) -> str | None:
    """ "the retailer offers employees extra money", "gave its workers a bonus": money given to
    one's employees is pay, no aid or pledge between parties; so is money given to a pension
    fund, deferred pay ("will give the pension scheme 300 million euros", senses16)."""
    senses = english().senses
    payee = object_among(match, senses.payment_roots, senses.payee_nouns)
    if payee is None and match.cameo[:2] in senses.payment_roots:
        objects = [c for c in match.head.children if c.dep_ in OBJECT_DEPS]
        objects += list(prep_objects(match.head, senses.fund_preps))
        payee = next((o for o in objects if _pension_fund(o)), None)
    if payee is None:
        return None
    return f"{match.head.text!r} {payee.text!r}: pay to employees or their pensions, no aid"


def _sponsorship(match: Match) -> str | None:
    """ "agreed to sponsor the British racing team", "backs the football club": support for a
    sports team, club or athlete is sponsorship or fandom; no party is backed."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.support_roots | senses.commitment_roots:
        return None
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    for obj in (c for v in verbs for c in v.children if c.dep_ == "dobj"):
        kinds = [c for c in obj.children if c.dep_ in KIND_DEPS]
        sporting = any(is_word(k, senses.sport_modifiers) for k in kinds)
        if is_word(obj, senses.athlete_nouns) or (sporting and is_word(obj, senses.team_nouns)):
            return f"{head.text!r} {obj.text!r}: sponsorship of sport, no party backed"
    return None


def _own_hardship(match: Match) -> str | None:
    """ "employers are complaining about their struggles to find workers": a complaint about
    one's own hardship accuses no one ("complained about the police" does)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.accusation_roots:
        return None
    topics = list(prep_objects(head, senses.topic_preps))
    for topic in topics:
        own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in topic.children)
        if own and is_word(topic, senses.hardship_nouns):
            return f"{head.text!r} about {topic.text!r}: one's own hardship, no one accused"
    return None


PRIVATE_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _goal_met, _counted_visit, _freed_from_wreck, _traffic_yield, _thanks_for_coming, _team_play,
    _one_voice, _cause_blamed, _thing_investigated, _view_agreed, _abstract_taken,
    _feature_recognized, _wages, _thing_stopped, _sponsorship, _own_hardship, *PEOPLE_CHECKS,
)  # fmt: skip
