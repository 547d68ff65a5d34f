"""Senses of a trigger whose parties are private people, kin, criminals or animals.

"Burglars smashed the door", "ordered him to give up his daughters", "the family arrived in
Greece", "fans can meet her downtown", "met his daughter at the airport", "Wilder moved back to
Richmond", "begged his father not to go", "Kelly has clashed with Kushner", "a pit bull attacked
a boy" use the words of riots, concessions, visits, consultations, retreats, appeals and
assaults with no political party acting. The framing stage drops them with the reason
no-event-sense (coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import (
    OBJECT_DEPS,
    doers_of,
    is_word,
    lemma,
    object_among,
    prep_objects,
)
from detente.lexicons.english import english

__all__ = ["PEOPLE_CHECKS"]


def _burglary(match: Match) -> str | None:
    """ "burglars smashed the front door", "a man leapt onto the car and smashed the window",
    "the same person had been vandalising cars": damage done by criminals or by one person is a
    crime, no riot (CAMEO 145 is a protest turned violent, done by a crowd); "hammered on the
    windscreen until it smashed": a thing broke."""
    senses = english().senses
    if match.cameo[:2] != english().codes.protest_root:
        return None
    for doer in doers_of(match.head):
        riot = match.cameo in senses.riot_codes  # "it would boycott": a party, not a thing
        things = senses.held_things | (english().words.thing_pronouns.keys() if riot else set())
        if is_word(doer, frozenset(things)):
            return f"{doer.text!r} {match.head.text!r}: a thing broke, no one rioted"
        if is_word(doer, senses.burglar_nouns):
            return f"{doer.text!r} did it: a break-in, no protest"
        alone = doer.tag_ == "NN" and is_word(doer, senses.private_people)
        if match.cameo in senses.riot_codes and (alone or is_word(doer, senses.lone_pronouns)):
            return f"{doer.text!r} alone did it: one person's damage, no riot"
    return None


def _kin_given_up(match: Match) -> str | None:
    """ "ordered him to give up his daughters", "would not give up her son": handing over one's
    children or spouse is a family matter; a concession gives up claims, land or power."""
    senses = english().senses
    obj = object_among(match, senses.concession_roots, senses.kin_nouns)
    if obj is None:
        return None
    return f"{match.head.text!r} {obj.text!r}: a family matter, no concession"


def _private_arrival(match: Match) -> str | None:
    """ "a refugee family arrived in Greece", "the two Kenyan citizens arrived in the U.S.":
    private people arriving somewhere move or migrate; a visit (CAMEO 042) is made by a party."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or lemma(head) not in senses.arrival_verbs:
        return None
    movers = [c for c in head.children if c.dep_ == "nsubj"]
    movers += [c for m in movers for c in m.conjuncts]
    for mover in movers:  # not "the men arrived", who may be anyone
        if mover.pos_ == "NOUN" and is_word(mover, senses.moving_people):
            return f"{mover.text!r} arriving: private people moving, no visit between parties"
        if _crowd(mover):  # lead26
            return f"{mover.text!r} arriving: a counted crowd migrates, no visit between parties"
    return None


def _crowd(mover: Token) -> bool:
    """ "52,000 Arnorians", "thousands of Orcs": people counted in hundreds or more."""
    senses = english().senses
    if lemma(mover) in senses.crowd_counts:
        return True
    for count in (c for c in mover.children if c.dep_ == "nummod"):
        if lemma(count) in senses.crowd_counts:
            return True
        digits = count.text.replace(",", "")
        if digits.isdigit() and int(digits) >= senses.crowd_size:
            return True
    return False


def _private_meeting(match: Match) -> str | None:
    """ "one man met up with a friend", "fans can meet her downtown", "the friends met for
    dinner": private people meeting, or anyone meeting a friend, consult no party."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.pos_ != "VERB":
        return None
    people = senses.acquaintance_nouns  # not "the men did consult", who may be officials
    partners = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    partners += list(prep_objects(head, senses.partner_preps))
    if partners and all(p.pos_ == "NOUN" and is_word(p, people) for p in partners):
        return f"met {partners[0].text!r}: a private meeting, no consultation"
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    if not subjects or not all(s.pos_ == "NOUN" and is_word(s, people) for s in subjects):
        return None
    if any(p.pos_ == "PROPN" or (p.pos_ == "NOUN" and not is_word(p, people)) for p in partners):
        return None  # "residents met with the mayor", "fans met Arnor's king": a party met
    return f"{subjects[0].text!r} meeting: private people, no consultation"


def _kin_met(match: Match) -> str | None:
    """ "the singer meets her friend's new baby", "met his daughter at the airport": meeting
    one's kin is family life, no consultation."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root:
        return None
    partners = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    partners += list(prep_objects(head, senses.partner_preps))
    if partners and all(p.pos_ == "NOUN" and is_word(p, senses.kin_nouns) for p in partners):
        return f"{head.text!r} {partners[0].text!r}: meeting kin, no consultation"
    return None


def _relocation(match: Match) -> str | None:
    """ "Wilder moved back to Richmond", "the man moved back to Texas", "the family moved into
    a home": one person or a household moving house relocates; CAMEO 0874 is forces pulling
    back."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots or lemma(head) not in senses.moving_verbs:
        return None
    if any(is_word(t, senses.dwelling_nouns) for t in prep_objects(head)):
        return f"{head.text!r} into a home: a household moving, no retreat"
    for mover in doers_of(head):
        person = mover.ent_type_ == "PERSON" or is_word(mover, senses.lone_pronouns)
        person = person or (mover.tag_ == "NN" and is_word(mover, senses.private_people))
        if person or (mover.pos_ == "NOUN" and is_word(mover, senses.moving_people)):
            return f"{mover.text!r} moving: a person relocating, no retreat"
    return None


def _kin_asked(match: Match) -> str | None:
    """ "their son tearfully begged his father not to go to work": a plea to one's kin is
    family life, no political appeal."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.request_roots:
        return None
    asked = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    if asked and all(a.pos_ == "NOUN" and is_word(a, senses.kin_nouns) for a in asked):
        return f"{head.text!r} {asked[0].text!r}: a plea within a family, no appeal"
    return None


def _personal_clash(match: Match) -> str | None:
    """ "Kelly has clashed with Jared Kushner": one named person clashing with another quarrels;
    a fight (CAMEO 18) is between forces or crowds ("police clashed with protesters")."""
    senses = english().senses
    head = match.head
    if lemma(head) not in senses.dispute_verbs:
        return None
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    doers = doers_of(head)
    partners = list(prep_objects(head, senses.partner_preps))
    people = [*doers, *partners]
    if doers and partners and all(p.ent_type_ == "PERSON" for p in people):
        return f"{doers[0].text!r} {head.text!r} with {partners[0].text!r}: a quarrel, no fight"
    return None


def _animal_attack(match: Match) -> str | None:
    """ "a pit bull attacked a boy", "attacked by a shark", "a 'killer bee' attack": an animal
    that bites or stings is no party; no assault is told."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    attackers = doers_of(head)
    if head.pos_ in ("NOUN", "PROPN"):
        attackers += [c for c in head.children if c.dep_ in ("poss", "compound")]
    for attacker in attackers:
        if is_word(attacker, senses.animal_nouns):
            return f"{attacker.text!r} attacked: an animal, no party"
    return None


PEOPLE_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _burglary, _kin_given_up, _private_arrival, _private_meeting, _kin_met, _relocation,
    _kin_asked, _personal_clash, _animal_attack,
)  # fmt: skip
