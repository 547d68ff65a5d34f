"""Senses of a trigger whose object or cause is a thing, not a party: no political event.

"The band released a new song", "firefighters launched an attack on the flames", "camps
threatened by flooding", "set off an uproar", "a source who requested to remain anonymous",
"residents who had travelled to Mexico", "the law allowing entities to cancel elections",
"they should back off", "the mayor fired Reams" use the words of releases, attacks, threats,
bombings, requests, visits, concessions, support and shooting with no party acted on as those
acts need. The framing stage drops them with the reason no-event-sense (coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import named_surname, noun_forms
from detente.lexicons.english import english

__all__ = ["THING_CHECKS"]

# Fine tags of relative pronouns: "which was released" names the released thing before it.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Labels of the modifying clauses whose head noun is what the clause acts on or tells about.
MODIFIER_CLAUSES = frozenset({"acl", "relcl"})


def _acted_on(head: Token) -> Iterator[Token]:
    """What a verb acts on: its object, its passive subject, or the noun a participle or a
    relative clause with a relative-pronoun subject hangs on ("the audit, released by")."""
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.tag_ in RELATIVE_TAGS and head.dep_ == "relcl":
                yield head.head
            else:
                yield child
    if head.dep_ == "acl" and head.tag_ == "VBN":
        yield head.head


def _released_thing(match: Match) -> str | None:
    """ "released a new song", "the audit, released by the auditor", "released an e-fit",
    "after liberating it from terrorism" (a town): a thing published, let out or taken frees no
    one (CAMEO 0841 releases people; "it" is never a person)."""
    senses = english().senses
    if match.cameo not in senses.release_codes:
        return None
    head = match.head
    things = list(_acted_on(head))
    if head.pos_ == "ADJ":  # "radiation free", "drought-free": free of a thing, no one freed
        things += [c for c in head.children if c.dep_ in ("npadvmod", "compound")]
        things += [head.head] if head.dep_ == "amod" else []
    it = {w for w, n in english().words.thing_pronouns.items() if n == "singular"}
    for thing in things:
        forms = noun_forms(thing)
        if not forms.isdisjoint(senses.released_things | senses.impersonal_causes):
            return f"{head.text!r} {thing.text!r}: a thing published or let out, no one freed"
        if thing.lower_ in it and head.lemma_.lower() in senses.liberating_verbs:
            return f"{head.text!r} {thing.text!r}: a place or a thing taken, no one freed"
    return None


def _targets(head: Token) -> Iterator[Token]:
    """What an attack is aimed at: the verb's object and the nouns after "on", "against" or
    "at" under the verb or its object ("launched an attack on the flames")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    yield from objects
    for governor in (head, *objects):
        for prep in governor.children:
            if prep.dep_ == "prep" and prep.lower_ in english().senses.target_preps:
                yield from (o for o in prep.children if o.dep_ == "pobj")


def _thing_attacked(match: Match) -> str | None:
    """ "launched an attack on the flames", "it kills all viruses": violence aimed at a fire
    or a germ fights a thing, not a party."""
    senses = english().senses
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    start, end = match.trigger
    for target in _targets(match.head):
        if start <= target.i < end:
            continue  # "opened fire on", "returned fire": the trigger's own noun
        if not noun_forms(target).isdisjoint(senses.non_party_targets):
            return f"{match.head.text!r} aimed at {target.text!r}: a thing fought, no party"
    return None


def _impersonal_agent(match: Match) -> str | None:
    """ "refugees threatened by flooding", "homes destroyed by the storm": a passive whose
    agent is a disaster or a disease tells what a cause did; no party acts."""
    head = match.head
    if head.tag_ != "VBN":
        return None
    causes = english().senses.impersonal_causes
    for by in (c for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
        for agent in (c for c in by.children if c.dep_ == "pobj"):
            if agent.lemma_.lower() in causes or agent.lower_ in causes:
                return f"{head.text!r} by {agent.text!r}: a cause, not a party that acts"
    return None


def _set_off_no_device(match: Match) -> str | None:
    """ "set off an uproar", "set off alarm bells": setting off anything but an explosive
    starts a reaction, no bombing (CAMEO 183)."""
    head = match.head
    senses = english().senses
    violence = english().codes.attack_roots
    if head.lemma_.lower() not in senses.detonation_verbs or match.cameo[:2] not in violence:
        return None
    for thing in _acted_on(head):
        if thing.lemma_.lower() not in senses.explosive_nouns:
            return f"{head.text!r} off {thing.text!r}: a reaction started, no explosive"
    return None


def _anonymity(match: Match) -> str | None:
    """ "an official who requested to remain anonymous", "asked not to be named": a source's
    request for anonymity is a reporter's routine, no political request."""
    senses = english().senses
    if match.cameo[:2] not in senses.journalism_roots:
        return None
    for head in (match.head, match.frame):
        if head is None:
            continue
        for verb in (c for c in head.children if c.dep_ in ("xcomp", "ccomp")):
            states = {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "oprd")}
            named = verb.lemma_.lower() in senses.naming_verbs
            negated = any(c.dep_ == "neg" for c in verb.children)
            if states & senses.unnamed_words or (named and negated):
                return f"{verb.text!r}: a source asking not to be named, no political request"
    return None


def _private_traveller(match: Match) -> str | None:
    """ "residents who had travelled to Mexico", "a person who has not travelled", "students
    travelled to Mexico": private people's trips are no visit between parties."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or head.lemma_.lower() not in senses.trip_verbs:
        return None  # "116 people arrived seeking refuge": arrivals may be migrants, not trips
    travellers = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl" and all(t.tag_ in RELATIVE_TAGS for t in travellers):
        travellers = [head.head]
    for person in travellers:
        if person.pos_ != "NOUN":
            continue
        if person.lemma_.lower() in senses.private_people:
            return f"{person.text!r} travelling: a private trip, no visit between parties"
        if person.lemma_.lower() in senses.craft:
            return f"{person.text!r} travelling: a craft moving, no visit between parties"
    return None


def _backing_off(match: Match) -> str | None:
    """ "they should back off", "backed down": backing with a particle of retreat gives way;
    it supports no one."""
    head = match.head
    senses = english().senses
    if match.cameo[:2] not in senses.support_roots:
        return None  # "backed down and abandoned his policy" concedes (CAMEO 08), kept
    if head.lemma_.lower() not in senses.backing_verbs:
        return None
    if any(c.dep_ == "prt" and c.lower_ in senses.retreat_particles for c in head.children):
        return f"{head.text!r} with a particle of retreat: giving way, no support"
    return None


def _dismissal(match: Match) -> str | None:
    """ "the judge-executive fired Reams at the centre", "fired the coach": firing a person
    (not a weapon, not "at" someone) dismisses them from a job; nothing is shot."""
    head = match.head
    senses = english().senses
    violence = english().codes.attack_roots
    if head.lemma_.lower() not in senses.dismissal_verbs or match.cameo[:2] not in violence:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):  # "fired Reams at the centre"
        person = obj.lemma_.lower() in senses.employee_nouns or obj.lower_ in senses.employee_nouns
        if person or obj.ent_type_ == "PERSON" or named_surname(obj):
            return f"{head.text!r} {obj.text!r}: a dismissal from a job, no shooting"
    return None


def _courtesy(match: Match) -> str | None:
    """ "we would like to thank everyone who sent messages", "thank you": thanks to all or to
    the one spoken to are a courtesy, no praise of a party."""
    senses = english().senses
    head = match.head
    if head.lemma_.lower() not in senses.courtesy_verbs:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lower_ in senses.courtesy_addressees:
            return f"{head.text!r} {obj.text!r}: a courtesy, no praise of a party"
    return None


def _honour(match: Match) -> str | None:
    """ "recognized for her work", "recognized by two funding programmes": an honour or an
    award acknowledges merit; CAMEO 054 recognises a party's standing ("recognised him as a
    prisoner of conscience", "recognized Kosovo")."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.recognition_codes:
        return None
    for prep in (c for c in head.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ == "for":
            return f"{head.text!r} for something done: an honour, no recognition of a party"
        givers = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "by" and any(g.lemma_.lower() in senses.honour_givers for g in givers):
            return f"{head.text!r} by {givers[0].text!r}: an award, no recognition of a party"
    return None


def _work_recognized(match: Match) -> str | None:
    """ "the city recognised the street art of local painters", "recognized the murals": a work
    of art or craft recognised is praised for its merit; CAMEO 054 recognises a party's standing
    ("recognised the new government", "recognise Arnor's independence" are left alone)."""
    senses = english().senses
    if match.cameo not in senses.recognition_codes:
        return None
    for obj in (c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in senses.recognised_works:
            return f"{match.head.text!r} {obj.text!r}: a work honoured, no recognition of a party"
    return None


def _rite(match: Match) -> str | None:
    """ "will welcome into the faith eight adults", "welcomed into the world": admitting someone
    to a religion or a family is a rite, no praise of a party ("welcomed Arnor into the
    alliance" stays)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.support_roots or head.lemma_.lower() not in senses.rite_verbs:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "into"):
        rite = [t for t in prep.subtree if t.lemma_.lower() in senses.rite_nouns]
        if rite:
            return f"{head.text!r} into the {rite[0].text!r}: a rite, no praise of a party"
    return None


def _court_plea(match: Match) -> str | None:
    """ "pleads guilty in attempted robbery", "pleaded not guilty", "pleaded no contest": a
    defendant's plea in court answers a charge; it appeals to no one."""
    head = match.head
    senses = english().senses
    if head.lemma_.lower() not in senses.plea_verbs:
        return None
    answers = [t for c in head.children for t in c.subtree if t.lower_ in senses.plea_answers]
    if answers:
        return f"{head.text!r} {answers[0].text!r}: a plea in court, no appeal"
    return None


def _phone_call(match: Match) -> str | None:
    """ "the call was made by an elderly woman", "made a call to police": a call asking for
    nothing ("for", "on") and to do nothing is a telephone call, no appeal."""
    senses = english().senses
    if match.cameo[:2] not in english().codes.request_roots:
        return None
    head = match.head
    for call in _acted_on(head):
        if call.lemma_.lower() not in senses.call_nouns or call.tag_ != "NN":
            continue  # "reiterated calls for Israel to": appeals, however parsed
        asks = [c for t in (call, head) for c in t.children
                if c.dep_ in ("acl", "relcl", "xcomp", "ccomp")
                or (c.dep_ == "prep" and c.lower_ in senses.appeal_preps)]  # fmt: skip
        if not asks:
            return f"{head.text!r} a {call.text!r} asking nothing: a telephone call"
    return None


def _routine_session(match: Match) -> str | None:
    """ "at its regular meeting", "the Special Council Meeting", "their upcoming budget
    meetings": a body's own session with no partner named is its routine, no consultation."""
    senses = english().senses
    if match.cameo[:2] != english().codes.consult_root or match.recipient is not None:
        return None
    if match.symmetric and match.actor is not None and match.actor.conjuncts:
        return None  # verbs11: "Trump and King Abdullah will gather for a meeting": two parties
    head = match.head  # the noun itself, or the object of "held a regular meeting"
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else _acted_on(head)
    partners = senses.partner_preps
    held = _session_met_for(head)
    if held is not None:
        return f"met for a {held.text!r}: a body's session, no consultation"
    for session in (n for n in nouns if n.lemma_.lower() in senses.session_nouns):
        if any(c.dep_ == "prep" and c.lower_ in partners for t in (session, head)
               for c in t.children):  # fmt: skip
            continue
        marks = [c for c in session.children if c.dep_ in ("amod", "compound", "poss")]
        if any(m.lemma_.lower() in senses.routine_words for m in marks):
            return f"{session.text!r} of one body, no partner: its routine session, no consultation"
    return None


def _session_met_for(head: Token) -> Token | None:
    """ "lawmakers prepare to meet again for a bipartisan hearing": meeting for a session."""
    if head.pos_ != "VERB":
        return None
    senses = english().senses
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        for session in (o for o in prep.children if o.dep_ == "pobj"):
            if session.lemma_.lower() in senses.session_nouns:
                return session
    return None


def _going_home(match: Match) -> str | None:
    """ "the expelled diplomats will fly home", "travelled home": going home visits no one."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes or head.lemma_.lower() not in senses.trip_verbs:
        return None
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in senses.home_words
           for c in head.children):  # fmt: skip
        return f"{head.text!r} home: a return home, no visit"
    return None


def _private_trip(match: Match) -> str | None:
    """ "the minister left for home after the talks", "the president left for London for
    medical treatment", "flew to Dubai on holiday": going home, or abroad for care or rest,
    visits no one (CAMEO 042 is a visit to a party)."""
    senses = english().senses
    head = match.head
    verbs = senses.trip_verbs | senses.departure_verbs
    if match.cameo not in senses.visit_codes or head.lemma_.lower() not in verbs:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in senses.trip_preps):
        for goal in (o for o in prep.children if o.dep_ == "pobj"):
            if goal.lower_ in senses.home_words:
                return f"{head.text!r} {prep.text} home: a return home, no visit"
            if goal.lemma_.lower() in senses.private_purposes:
                return f"{head.text!r} for {goal.text!r}: a private trip, no visit"
    return None


THING_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _released_thing, _thing_attacked, _impersonal_agent, _set_off_no_device, _anonymity,
    _private_traveller, _backing_off, _dismissal, _court_plea, _phone_call, _routine_session,
    _going_home, _courtesy, _honour, _work_recognized, _rite, _private_trip,
)  # fmt: skip
