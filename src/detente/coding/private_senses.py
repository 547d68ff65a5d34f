"""Senses of a trigger from private and everyday life: no party acts on another as politics.

"Helping Georgia meet its aspirations", "ER visits totaled 87,600", "crews worked to free the
victim from underneath the car", "failure to yield the right of way", "thanking the parents for
attending", "improve his side's attack", "burglars smashed the door", "we all speak with one
voice", "ordered him to give up his daughters", "the family arrived in Greece", "fans can
meet her downtown", "fires blamed on electrical faults", "went to investigate the
meteorite" use the words of meetings, visits, releases, concessions, praise, attacks, riots,
consultations and accusations with no political act told. The framing stage drops them with the
reason no-event-sense (coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["PRIVATE_CHECKS"]

# Labels of a noun's modifiers that say what kind of visit it is ("ER visits", "hospital visits").
KIND_DEPS = frozenset({"compound", "amod", "nmod"})
# Dependency labels of a verb's partners: its object and what a preposition governs.
OBJECT_DEPS = frozenset({"dobj", "dative"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _words(token: Token, words: frozenset[str]) -> bool:
    return _lemma(token) in words or token.lower_ in words


def _pobjs(head: Token, preps: frozenset[str] | None = None) -> Iterator[Token]:
    """The nouns the verb's prepositions govern (only those of ``preps`` when given)."""
    for prep in head.children:
        if prep.dep_ in ("prep", "agent") and (preps is None or prep.lower_ in preps):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from obj.conjuncts


def _goal_met(match: Match) -> str | None:
    """ "helping Georgia meet its aspirations", "to meet residency requirements": meeting a goal
    or a standard satisfies it; a meeting meets a party ("met the king")."""
    senses = english().senses
    head = match.head
    if head.pos_ != "VERB" or _lemma(head) not in senses.meeting_verbs:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if _words(obj, senses.goal_nouns):
            return f"{head.text!r} {obj.text!r}: a goal or a standard met, no meeting"
    return None


def _counted_visit(match: Match) -> str | None:
    """ "St. John's ER visits totaled 87,600", "hospital visits by uninsured residents grew":
    visits of a kind of care, or visits counted as a quantity, are a statistic, no visit."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or head.pos_ != "NOUN":
        return None
    kinds = [c for c in head.children if c.dep_ in KIND_DEPS and _words(c, senses.care_places)]
    if kinds:
        return f"{kinds[0].text!r} {head.text!r}: visits for care, no visit between parties"
    if head.dep_ == "nsubj" and _lemma(head.head) in senses.quantity_verbs:
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
        wreck = [t for t in prep.subtree if _words(t, senses.wreck_nouns)]
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
    if _lemma(head) not in senses.courtesy_verbs:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        reasons = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
        if any(_words(r, senses.presence_words) for r in reasons):
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
        if _words(owner, senses.team_nouns):
            return f"{owner.text!r} {head.text!r}: a team's play in a game, no attack"
    return None


def _subjects(head: Token) -> list[Token]:
    """The verb's subjects, those of the verb it is coordinated with ("a man leapt onto the car
    and smashed the window"), and the agents of a passive, with their conjuncts."""
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if not doers and head.dep_ == "conj":
        doers = [c for c in head.head.children if c.dep_ == "nsubj"]
    doers += list(_pobjs(head, english().senses.agent_preps))
    return doers + [c for d in doers for c in d.conjuncts]


def _burglary(match: Match) -> str | None:
    """ "burglars smashed the front door", "a man leapt onto the car and smashed the window",
    "the same person had been vandalising cars": damage done by criminals or by one person is a
    crime, no riot (CAMEO 145 is a protest turned violent, done by a crowd); "hammered on the
    windscreen until it smashed": a thing broke."""
    senses = english().senses
    if match.cameo[:2] != english().codes.protest_root:
        return None
    for doer in _subjects(match.head):
        riot = match.cameo in senses.riot_codes  # "it would boycott": a party, not a thing
        things = senses.held_things | (english().words.thing_pronouns.keys() if riot else set())
        if _words(doer, frozenset(things)):
            return f"{doer.text!r} {match.head.text!r}: a thing broke, no one rioted"
        if _words(doer, senses.burglar_nouns):
            return f"{doer.text!r} did it: a break-in, no protest"
        alone = doer.tag_ == "NN" and _words(doer, senses.private_people)
        if match.cameo in senses.riot_codes and (alone or _words(doer, senses.lone_pronouns)):
            return f"{doer.text!r} alone did it: one person's damage, no riot"
    return None


def _one_voice(match: Match) -> str | None:
    """ "we all speak with one voice", "talked in a calm tone": "with" a voice or a tone says
    how one speaks, not with whom; no consultation."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or _lemma(head) not in senses.talk_verbs:
        return None
    manners = list(_pobjs(head, senses.partner_preps | senses.manner_preps))
    if manners and all(_words(m, senses.manner_nouns) for m in manners):
        return f"{head.text!r} with a {manners[0].text!r}: how one speaks, no partner"
    return None


def _kin_given_up(match: Match) -> str | None:
    """ "ordered him to give up his daughters", "would not give up her son": handing over one's
    children or spouse is a family matter; a concession gives up claims, land or power."""
    senses = english().senses
    obj = _object_among(match, senses.concession_roots, senses.kin_nouns)
    if obj is None:
        return None
    return f"{match.head.text!r} {obj.text!r}: a family matter, no concession"


def _private_arrival(match: Match) -> str | None:
    """ "a refugee family arrived in Greece", "the two Kenyan citizens arrived in the U.S.":
    private people arriving somewhere move or migrate; a visit (CAMEO 042) is made by a party."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or _lemma(head) not in senses.arrival_verbs:
        return None
    movers = [c for c in head.children if c.dep_ == "nsubj"]
    movers += [c for m in movers for c in m.conjuncts]
    for mover in movers:  # not "the men arrived", who may be anyone
        if mover.pos_ == "NOUN" and _words(mover, senses.moving_people):
            return f"{mover.text!r} arriving: private people moving, no visit between parties"
    return None


def _private_meeting(match: Match) -> str | None:
    """ "one man met up with a friend", "fans can meet her downtown", "the friends met for
    dinner": private people meeting, or anyone meeting a friend, consult no party."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or head.pos_ != "VERB":
        return None
    people = senses.acquaintance_nouns  # not "the men did consult", who may be officials
    partners = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    partners += list(_pobjs(head, senses.partner_preps))
    if partners and all(p.pos_ == "NOUN" and _words(p, people) for p in partners):
        return f"met {partners[0].text!r}: a private meeting, no consultation"
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    if not subjects or not all(s.pos_ == "NOUN" and _words(s, people) for s in subjects):
        return None
    if any(p.pos_ == "PROPN" or (p.pos_ == "NOUN" and not _words(p, people)) for p in partners):
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
    partners += list(_pobjs(head, senses.partner_preps))
    if partners and all(p.pos_ == "NOUN" and _words(p, senses.kin_nouns) for p in partners):
        return f"{head.text!r} {partners[0].text!r}: meeting kin, no consultation"
    return None


def _view_agreed(match: Match) -> str | None:
    """ "Dodge agrees with the need for deficit spending", "agreed with the idea": agreeing
    with a view shares it; an agreement is made with a party or on a course of action."""
    senses = english().senses
    head = match.head
    if _lemma(head) not in english().words.opinion_verbs:
        return None
    views = list(_pobjs(head, senses.partner_preps))
    if views and all(_words(v, senses.view_nouns) for v in views):
        return f"{head.text!r} with the {views[0].text!r}: a view shared, no agreement"
    return None


def _relocation(match: Match) -> str | None:
    """ "Wilder moved back to Richmond", "the man moved back to Texas", "the family moved into
    a home": one person or a household moving house relocates; CAMEO 0874 is forces pulling
    back."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots or _lemma(head) not in senses.moving_verbs:
        return None
    if any(_words(t, senses.dwelling_nouns) for t in _pobjs(head)):
        return f"{head.text!r} into a home: a household moving, no retreat"
    for mover in _subjects(head):
        person = mover.ent_type_ == "PERSON" or _words(mover, senses.lone_pronouns)
        person = person or (mover.tag_ == "NN" and _words(mover, senses.private_people))
        if person or (mover.pos_ == "NOUN" and _words(mover, senses.moving_people)):
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
    if asked and all(a.pos_ == "NOUN" and _words(a, senses.kin_nouns) for a in asked):
        return f"{head.text!r} {asked[0].text!r}: a plea within a family, no appeal"
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
        if particular and _words(obj, things):
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
    blamed = list(_pobjs(head, senses.blame_preps))
    if blamed and all(_words(b, causes) for b in blamed):
        return f"{head.text!r} on {blamed[0].text!r}: a cause named, no party accused"
    return None


def _thing_investigated(match: Match) -> str | None:
    """ "went to investigate the meteorite", "investigating the outbreak": a study of a natural
    thing or a disease looks into no wrongdoing (CAMEO 09 investigates crimes and abuses)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.investigation_roots:
        return None
    things = senses.natural_things | senses.ailments | senses.considered_things
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if _words(obj, things):
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
    """ "the stance taken by T&T", "took a tough stance", "the influence the students have
    amassed": a stance taken or standing gained seizes nothing and mobilises no one."""
    senses = english().senses
    head = match.head
    if _lemma(head) not in senses.gaining_verbs:
        return None
    for thing in _acted_on(head):
        if _words(thing, senses.abstract_gains):
            return f"{head.text!r} {thing.text!r}: a stance or standing, nothing seized"
    return None


def _feature_recognized(match: Match) -> str | None:
    """ "their snipers recognized Lincoln's unmistakable profile": recognising a face or a
    voice identifies someone; CAMEO 054 recognises a party's standing."""
    senses = english().senses
    if match.cameo not in senses.recognition_codes:
        return None
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if _words(obj, senses.feature_nouns):
            return f"{match.head.text!r} {obj.text!r}: someone identified, no recognition"
    return None


def _personal_clash(match: Match) -> str | None:
    """ "Kelly has clashed with Jared Kushner": one named person clashing with another quarrels;
    a fight (CAMEO 18) is between forces or crowds ("police clashed with protesters")."""
    senses = english().senses
    head = match.head
    if _lemma(head) not in senses.dispute_verbs:
        return None
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    doers = _subjects(head)
    partners = list(_pobjs(head, senses.partner_preps))
    people = [*doers, *partners]
    if doers and partners and all(p.ent_type_ == "PERSON" for p in people):
        return f"{doers[0].text!r} {head.text!r} with {partners[0].text!r}: a quarrel, no fight"
    return None


def _wages(match: Match) -> str | None:
    """ "the retailer offers employees extra money", "gave its workers a bonus": money given to
    one's employees is pay, no aid or pledge between parties."""
    senses = english().senses
    payee = _object_among(match, senses.payment_roots, senses.payee_nouns)
    if payee is None:
        return None
    return f"{match.head.text!r} {payee.text!r}: pay to employees, no aid"


def _object_among(match: Match, roots: frozenset[str], nouns: frozenset[str]) -> Token | None:
    """The trigger's object that is one of ``nouns``, when its CAMEO root is one of ``roots``."""
    if match.cameo[:2] not in roots:
        return None
    objects = (c for c in match.head.children if c.dep_ in OBJECT_DEPS)
    return next((obj for obj in objects if _words(obj, nouns)), None)


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
        sporting = any(_words(k, senses.sport_modifiers) for k in kinds)
        if _words(obj, senses.athlete_nouns) or (sporting and _words(obj, senses.team_nouns)):
            return f"{head.text!r} {obj.text!r}: sponsorship of sport, no party backed"
    return None


def _own_hardship(match: Match) -> str | None:
    """ "employers are complaining about their struggles to find workers": a complaint about
    one's own hardship accuses no one ("complained about the police" does)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.accusation_roots:
        return None
    topics = list(_pobjs(head, senses.topic_preps))
    for topic in topics:
        own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in topic.children)
        if own and _words(topic, senses.hardship_nouns):
            return f"{head.text!r} about {topic.text!r}: one's own hardship, no one accused"
    return None


def _animal_attack(match: Match) -> str | None:
    """ "a pit bull attacked a boy", "attacked by a shark", "a 'killer bee' attack": an animal
    that bites or stings is no party; no assault is told."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    attackers = _subjects(head)
    if head.pos_ in ("NOUN", "PROPN"):
        attackers += [c for c in head.children if c.dep_ in ("poss", "compound")]
    for attacker in attackers:
        if _words(attacker, senses.animal_nouns):
            return f"{attacker.text!r} attacked: an animal, no party"
    return None


PRIVATE_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _goal_met, _counted_visit, _freed_from_wreck, _traffic_yield, _thanks_for_coming, _team_play,
    _burglary, _one_voice, _kin_given_up, _private_arrival, _private_meeting, _cause_blamed,
    _thing_investigated, _kin_met, _view_agreed, _relocation, _abstract_taken, _feature_recognized,
    _personal_clash, _wages, _kin_asked, _thing_stopped, _sponsorship,
    _own_hardship, _animal_attack,
)  # fmt: skip
