"""The parties stage: who acts and who is acted on, read from the trigger's phrases.

Each party is an actor phrase resolved through the actor lexicons (coding/actors.py) into
mentions with offsets. Placement by the event's location comes later (coding/placement.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Token

from detente.coding.abstract_nouns import names_an_abstraction
from detente.coding.actor_clauses import (
    animacy_agrees,
    attack_modifiers,
    attack_place,
    bare_complement,
    deployed_forces,
    doer_behind,
    infinitive_owner,
    organised_doers,
    participle_doer,
    passive_owner,
    reporting_subject,
)
from detente.coding.actors import resolve_actors
from detente.coding.adjunct_pronouns import object_antecedent
from detente.coding.allies import without_ally
from detente.coding.armed_acts import armed_patient
from detente.coding.attack_subjects import attack_antecedent, attack_doer, targeted_attack
from detente.coding.between import with_parties_between
from detente.coding.beyond_slot import recipient_beyond_slot, struck_recipient, visit_host
from detente.coding.bound_pronouns import reporter_referred
from detente.coding.coder import ArticleState, Coder
from detente.coding.conjuncts import conjoined_recipients
from detente.coding.fronted_settings import GUESSED_RULES, fronted_country, set_in_fronted_country
from detente.coding.gerund_patients import with_gerund_patient
from detente.coding.guest_visits import guest_visit, receiving
from detente.coding.inquiries import harm_doer, harm_inquired
from detente.coding.linked_actors import counted_party
from detente.coding.match import Match
from detente.coding.mutual_parties import bound_reciprocal, distinct_parties, group_partners
from detente.coding.object_doers import object_doer
from detente.coding.occupants import occupants
from detente.coding.occupiers import others_hold
from detente.coding.outcome import Rejected
from detente.coding.party_mentions import (
    NAMED_RULES,
    head_of_actor,
    mentions,
    resolver,
    span_mentions,
)
from detente.coding.passive_dealings import with_passive_sides
from detente.coding.patients import expelling_state, held_by, named_patient, unknown_patient
from detente.coding.placement import by_authorities, weapon
from detente.coding.police_officers import police_officers
from detente.coding.possessors import possessor_referred
from detente.coding.pronoun_bodies import speakers_state, unknown_speaker
from detente.coding.purpose_clauses import unowned_purpose
from detente.coding.quoted_speech import quoted_other
from detente.coding.rally_participles import voiced_by_rally
from detente.coding.reacted_force import deed_victims, force_doer, names_whom_hit, reacted_force
from detente.coding.recipients import (
    PERSON_RULES,
    antecedent,
    claim_author,
    in_general,
    is_reflexive,
    not_the_actor,
    referred_recipient,
)
from detente.coding.reported_owners import reporter_owned
from detente.coding.restitution import returned_to
from detente.coding.self_reference import not_self_referred
from detente.coding.sides import named_sides, sides_here
from detente.coding.slot_venues import without_venues
from detente.coding.speaker_pronouns import speaker_referred
from detente.coding.struck_owners import base_code, struck_owner
from detente.coding.summit_venues import without_venue_owner
from detente.coding.syntax import (
    child,
    governing_subjects,
    is_participle,
    is_passive,
    phrase_bounds,
)
from detente.coding.talks_after import talks_holder
from detente.coding.torture_deaths import kept_by_jailer
from detente.coding.unowned_arms import unowned_arms
from detente.coding.unsaid_subjects import (
    described_doer,
    drawn_party,
    made_attempt,
    pressed_party,
)
from detente.coding.vague_actors import vague_actor, without_vague
from detente.coding.victim_kin import victims_kin
from detente.lexicons.english import english
from detente.records import ActorMention

# How a nominal event hangs under the verb whose subject may be its actor ("went on strike").
NOMINAL_PATH_DEPS = frozenset(
    {"dobj", "pobj", "prep", "conj", "attr", "oprd", "nsubjpass", "xcomp"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Parties:
    """Actor and recipient mentions of one trigger, before placement."""

    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    arm: Token | None = None  # the weapon that stands for unnamed attackers ("a bomb killed")


def find_parties(coder: Coder, match: Match, ctx: ArticleState) -> Parties | Rejected:
    """The parties stage: the actor, the recipient, or the reason there is no event."""
    match = _reread(coder, match, ctx)
    attack = targeted_attack(coder, match)  # claims13: "the attack on X killed": not X
    actor = (
        attack_doer(coder, attack, ctx) if attack is not None else actor_mentions(coder, match, ctx)
    )
    actor = without_venue_owner(match, actor)  # mainev14: "the Beirut summit" is held there
    # actors20: "Gondor said its troops had killed": the reporter's troops
    actor = reporter_owned(resolver(coder, ctx), head_of_actor(match, actor, ctx), actor)
    nominal = match.head.pos_ in ("NOUN", "PROPN")
    proposer = (  # claims18: "agreed to disperse after talks with police"
        proposing_subject(coder, match, ctx) or talks_holder(coder, match, ctx)
        if not actor and nominal
        else ()
    )
    sides = _between_sides(match) if nominal else False
    if (not actor or sides) and match.symmetric and nominal and match.recipient is not None and (
        not proposer
    ):
        actor = mentions(coder, match.recipient, ctx)  # "the meeting between X and Y"
        recipient: tuple[ActorMention, ...] = ()
        if sides and len({m.country for m in actor}) == 1:  # split_symmetric cannot split
            actor, recipient = _split_sides(coder, match.recipient, ctx) or (actor, recipient)
    else:
        actor = actor or proposer
        resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
        recipient = (
            struck_owner(resolve, match.recipient, base_code(coder, match), actor)  # recip15
            or claim_author(resolve, match.recipient, match.cameo, actor)
            or reporter_referred(resolve, match.recipient, actor)  # recip11: "said X beat him"
            or speaker_referred(resolve, match.recipient, actor)  # recip18: '"X hit us," he said'
            or referred_recipient(resolve, match.recipient, ctx, actor_head, actor)
            or possessor_referred(resolve, match.recipient, ctx, actor_head, actor)  # recip10
        )
        force = reacted_force(coder, match)  # recip10: "condemned the attack on X": not X
        if force is not None and names_whom_hit(force):
            recipient = force_doer(coder, force, ctx)
        if harm_inquired(match):  # "investigating the death of X shot by Y": Y, never X
            doer = harm_doer(match)
            recipient = mentions(coder, doer, ctx, sectorless=True) or police_officers(
                doer, ctx.doc
            )
        recipient = _with_conjuncts(coder, match, recipient, ctx, actor_head, actor)
        recipient = without_venues(match, recipient, ctx)  # recip14: "a meeting in Washington"
        recipient = sides_here(coder, match, actor, ctx, recipient)  # recip14: "both sides"
    actor, recipient = bound_reciprocal(match.recipient, match.actor, actor, recipient)  # mainev13
    actor, recipient = split_symmetric(actor, recipient, match.symmetric, match.actor)
    if _violence_against_a_thing(match, recipient):
        detail = _text(match.recipient)
        return Rejected(stage="parties", reason="violence-against-thing", detail=detail)
    # "A roadside bomb killed …": the weapon stands for attackers no one names
    arm = weapon(match) if not any(m.country for m in actor) else None
    if arm is not None:
        actor = named_attacker(coder, arm, ctx)
        arm = None if actor else arm
    if not actor and arm is None and not by_authorities(match):
        return Rejected(stage="parties", reason="no-actor", detail=_text(match.actor))
    held = others_hold(coder, match, actor, ctx)  # claims14: "rebels vowed to end the occupation"
    if held is not None:
        return Rejected(stage="parties", reason="not-the-holder", detail=held)
    if (
        not recipient
        and not in_general(resolver(coder, ctx), match.recipient)
        and not is_reflexive(match.recipient)  # the slot holds the actor itself
        and not harm_inquired(match)  # the victim is no party investigated
        and not match.slot_only  # mainev10: a ban's party is whom it bans, none other
        and not names_an_abstraction(antecedent(match.recipient))  # recip16: "demanded justice"
        and reacted_force(coder, match) is None  # whom the violence hit is no party
    ):
        recipient = returned_to(coder, match, actor, ctx) or recipient_beyond_slot(
            coder, match, actor, ctx
        )
    elif not recipient and is_reflexive(match.recipient):  # recip12: "blew himself up, killing"
        recipient = struck_recipient(coder, match, actor, ctx)
    elif not recipient and in_general(resolver(coder, ctx), match.recipient):
        recipient = named_sides(coder, match, actor, ctx)  # recip14: "urged all sides" + clash
    recipient = deed_victims(coder, match, recipient, ctx)  # recip17: "an end to the killing of X"
    recipient = victims_kin(recipient, ctx)  # recip20: "the victims' families"
    actor, recipient = _settled(coder, match, actor, recipient, ctx)
    recipient = group_partners(  # mainev13
        match.actor, match.symmetric, actor, recipient, match.recipient
    )
    return Parties(actor=actor, recipient=recipient, arm=arm)


def _reread(coder: Coder, match: Match, ctx: ArticleState) -> Match:
    """The match with its slots read again where the grammar hides whom an act is done to."""
    match = armed_patient(  # mainev7: "after being shot"
        _expelled_from_state(coder, with_gerund_patient(coder, match), ctx)
    )
    match = with_passive_sides(with_parties_between(without_ally(match)))  # recip11, mainev11
    match = attack_antecedent(coder, match)  # claims13: "the attack on X, which killed"
    match = guest_visit(match, receiving(coder.verbs.by_verb))  # claims19: the guest visits
    # mainev12: "was tortured in a CIA prison"; claims18: "rallied as X debated, demanding"
    return voiced_by_rally(coder, kept_by_jailer(match))


def _with_conjuncts(
    coder: Coder,
    match: Match,
    found: tuple[ActorMention, ...],
    ctx: ArticleState,
    actor_head: Token | None,
    actor: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """The recipient with the parties coordinated with it, or people no lexicon knows.

    recip18: "arrested Tarmo Vask, Ilse Moor and Juhan Tamm": each name of a person acted on
    that no lexicon knows is a person of its own, the first as its conjuncts are.
    """
    def named(token: Token | None) -> tuple[ActorMention, ...]:
        return named_patient(antecedent(token), match.cameo, ctx)

    return conjoined_recipients(
        resolver(coder, ctx), match.recipient, found or named(match.recipient), ctx, actor_head,
        actor, coder.verbs.by_verb, unknown=named,
    ) or unknown_patient(match, ctx)


def _settled(
    coder: Coder,
    match: Match,
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
    ctx: ArticleState,
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """The last readings of both sides, once each is found: whom a place stands for, the
    host of a visit, no party on both sides, weapons of no owner, a country set in front."""
    recipient = occupants(coder, match, actor, ctx) or recipient  # recip14: "caves where X hide"
    recipient = held_by(resolver(coder, ctx), match, recipient)
    recipient = visit_host(coder, match, actor, ctx, recipient)
    recipient = not_self_referred(not_the_actor(recipient, actor), actor)  # recip10
    actor = unowned_arms(actor, recipient)  # actors15: warplanes are not the side they strike
    if any(m.country is None or m.rule in GUESSED_RULES for m in actor):  # actors15: "In Gondor,"
        read = partial(resolve_actors, coder.actors, date=ctx.article.date)
        actor = set_in_fronted_country(actor, fronted_country(match.head, read))
    return actor, recipient


def _expelled_from_state(coder: Coder, match: Match, ctx: ArticleState) -> Match:
    """ "Diplomats were expelled from Gondor": the state named after "from" is the actor (a
    party, a school or a club expelled from is not, and the passive keeps no actor)."""
    expelled = expelling_state(match)
    if expelled is match:
        return match
    state = mentions(coder, expelled.actor, ctx)
    return expelled if state and all(_a_state(m) for m in state) else match


def _a_state(mention: ActorMention) -> bool:
    """A state itself: a name coding a country alone, or the seat of its government."""
    return (
        mention.country is not None
        and mention.sector in (None, "GOV")
        and mention.rule in NAMED_RULES - PERSON_RULES
    )


def named_attacker(coder: Coder, arm: Token, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """ "Three people were killed in Israeli air strikes", "in a US drone strike": an attack
    that names the state or group behind it has that side as attacker, not an unidentified
    force. A sector word alone ("coalition", "drone") names no side."""
    for word in attack_modifiers(arm):
        found = mentions(coder, word, ctx)
        if found and all(m.country and m.rule in NAMED_RULES for m in found):
            return found
    return ()
def _text(token: Token | None) -> str:
    if token is None:
        return "no subject"
    start, end = phrase_bounds(token)
    return f"{token.doc[start:end].text!r} codes no actor"
def split_symmetric(
    actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...], symmetric: bool,
    subject: Token | None = None,
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """ "China and North Korea agreed …": a reciprocal event between a compound actor is a dyad."""
    if symmetric and not recipient and (
        len({a.country for a in actor}) > 1 or distinct_parties(subject, actor)  # mainev13
    ):
        return actor[:1], actor[1:]
    return actor, recipient


def actor_mentions(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """The actor; a pronoun or a missing subject takes the subject of the clause above."""
    head = match.actor
    unsaid = _unsaid_doer(coder, match, ctx)  # claims19
    if unsaid is not None:
        return unsaid
    if head is not None and head.pos_ != "PRON":
        found = mentions(coder, head, ctx, sectorless=True) or mentions(
            coder, counted_party(head), ctx, sectorless=True
        )  # "Four of the officers fired": the group counted
        found = found or police_officers(counted_party(head) or head, ctx.doc)  # mainev6
        if attack_place(match, found):
            return ()
        # actors12: "Holness announced that the government will …": shown by the speaker
        found = speakers_state(found, head, lambda t: mentions(coder, t, ctx, sectorless=True))
        found = without_vague(head, found)  # actors16: "the parties involved" are no one
        return found or mentions(coder, doer_behind(match), ctx, sectorless=True)
    if head is None and match.head.pos_ in ("NOUN", "PROPN") and (
        _owner_required(coder, match) or not _subject_does(coder, match)
    ):
        return ()
    if head is None and is_passive(match.head):
        pattern = coder.verbs.patterns.get(match.pattern_id)
        moved = match.head.head if is_participle(match.head) else child(match.head, "nsubjpass")
        if pattern is not None and pattern.own_object and moved is not None:
            return mentions(coder, moved, ctx)  # "UN peacekeepers were pulled out of Bosnia"
        if pattern is not None and moved is not None:  # "Russian troops were deployed"
            forces = mentions(coder, moved, ctx) or mentions(coder, counted_party(moved), ctx)
            deployed = deployed_forces(match.head, pattern.cameo, forces)
            return deployed or mentions(coder, passive_owner(pattern.cameo, moved), ctx)
        return ()  # "24 people were killed": who killed them is not the clause above's subject
    owned = _infinitive_owned(coder, match, ctx)
    if owned is None:
        return ()  # lead23: "efforts from all parties to seek a solution": no one named
    owned = owned or organised_doers(mentions(coder, participle_doer(match), ctx))
    # recip18: "survived bombings meant to kill him": no act of the survivor
    if owned or unowned_purpose(coder.verbs, match):
        return owned
    above = _subject_above(coder, match, ctx)
    if above is not None:
        return above
    # "Teachers said they will not end the strike": the pronoun's own sentence names it first
    named = _reporting(coder, match, ctx) if head is not None else ()
    if not named and unknown_speaker(match):
        return ()  # actors12: "Acme said it would …": "it" is Acme, whom no lexicon knows
    # the pronoun itself, through the article's memory; a plural remembered by sector alone
    # ("Villagers complained. They …") is placed like any party of no stated country (actors8)
    plural = head is not None and head.lower_ in english().words.plural_pronouns
    return named or mentions(coder, head, ctx, sectorless=plural)


def _unsaid_doer(
    coder: Coder, match: Match, ctx: ArticleState
) -> tuple[ActorMention, ...] | None:
    """claims19: the doer of a clause whose subject is unsaid when it is not the subject of the
    clause above: the people a participle right after them describes ("with police trying to
    arrest them"), the party brought into talks ("forced the rebels into talks"), or no one for
    an attempt made by no one named ("if any attempt is made to arrest them"), or the party a
    verb judges for the act ("blamed X for its attacks", "arrested a man for fighting"; claims20).
    None: the usual reading stands."""
    judged = object_doer(match.head, match.actor)
    found = mentions(coder, judged, ctx, sectorless=True) if judged is not None else ()
    if found:
        return found
    people = described_doer(match.head)
    found = mentions(coder, people, ctx, sectorless=True) if people is not None else ()
    if found:
        return found
    drawn = drawn_party(match.head, symmetric=match.symmetric) if match.actor is None else None
    found = mentions(coder, drawn, ctx) if drawn is not None else ()
    if found:
        return found
    pressed = pressed_party(match.head) if match.actor is None else None
    found = mentions(coder, pressed, ctx) if pressed is not None else ()
    if found:
        return found  # "increased pressure on Arnor to withdraw": Arnor would withdraw
    light = made_attempt(match.head) if match.actor is None else None
    return () if light is not None else None


def _infinitive_owned(
    coder: Coder, match: Match, ctx: ArticleState
) -> tuple[ActorMention, ...] | None:
    """The owner of the noun an infinitive hangs on, () when there is none, None when it is
    parties in general ("concerted efforts from all parties to seek a solution")."""
    owner = infinitive_owner(match) if match.actor is None else None
    found = mentions(coder, owner, ctx)
    if owner is not None and not found and owner.dep_ == "poss":
        return None  # claims19: "refused the king's request to meet": the king's, else no one's
    return None if vague_actor(owner, found) else found


def _subject_above(
    coder: Coder, match: Match, ctx: ArticleState
) -> tuple[ActorMention, ...] | None:
    """The nearest subject above that names a party, () when that subject is parties in
    general, None when no subject above names one."""
    head = match.actor
    acted_on = object_antecedent(head, match.head)  # claims20: "arrested a man after he …"
    found = mentions(coder, acted_on, ctx) if acted_on is not None else ()
    if found:
        return found
    # "Nigeria announced that it will withdraw": a pronoun may cross into the reporting clause.
    crossing = head is not None or bare_complement(match.head)
    for subject in governing_subjects(match.head, cross_ccomp=crossing):
        # claims16: '"They accuse us," the minister said': a quoted "they" is not the speaker
        if (
            subject.pos_ != "PRON"
            and animacy_agrees(head, subject)
            and not quoted_other(head, subject)
        ):
            found = mentions(coder, subject, ctx)
            if vague_actor(subject, found):
                return ()  # lead23: "relevant parties could grasp the chance to defuse": no one
            if found:
                return found
    return None


def _reporting(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """A subject pronoun's agreeing subject above, even one known only by sector; a person
    known by name alone is left to the article's memory of who they are."""
    found = mentions(coder, reporting_subject(match), ctx, sectorless=True)
    return tuple(m for m in found if m.rule != "named-person")


def _between_sides(match: Match) -> bool:
    """ "welcomed the failure of the negotiations *between Israel and Hamas*": a meeting that
    names its sides "between" X and Y is theirs, whoever the clause above is about."""
    sides = match.recipient
    return (
        sides is not None
        and sides.head.lower_ == "between"
        and any(c.dep_ == "conj" for c in sides.children)
    )


def _split_sides(
    coder: Coder, head: Token, ctx: ArticleState
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]] | None:
    """ "a meeting between Putin and Dagestan's leader, Mukhu Aliyev": sides read as one
    phrase of one country are split at the coordination, the first side acting on the rest."""
    conjs = [c for c in head.children if c.dep_ == "conj"]
    seps = [c.i for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < conjs[0].i]
    cut = min([conjs[0].left_edge.i, *seps])
    first = span_mentions(coder, ctx.doc[head.left_edge.i : cut], ctx)
    others = tuple(m for c in conjs for m in mentions(coder, c, ctx))
    return (first, others) if first and others else None


def proposing_subject(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """ "The government agreed to a ceasefire and *talks* with the rebels", "the army called for
    calm and *talks* with protesters", "Iran wants *talks* with the US": who agrees to, asks for
    or wants a meeting "with" a party is the other side of it (CAMEO 02x appeals and 03x
    intents to meet); the party after "with" is its recipient, not its actor."""
    partner = match.recipient
    if not match.symmetric or partner is None or partner.head.lower_ != "with":
        return ()  # "talks *between* X and Y" are X's and Y's, whoever pushes for them
    verb = _governing_verb(match.head)
    if verb is None:
        return ()
    patterns = coder.verbs.by_verb.get(verb.lemma_.lower(), ())
    wants = verb.lemma_.lower() in english().words.intent_governors
    if not wants and not any(p.cameo[:2] in english().codes.proposal_roots for p in patterns):
        return ()
    subject = child(verb, "nsubj")
    found = mentions(coder, subject, ctx) if subject is not None and subject.pos_ != "PRON" else ()
    return found if all(m.country for m in found) else ()


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event hangs under through objects, prepositions and conjuncts."""
    current = noun
    for _ in range(6):
        if current.dep_ not in NOMINAL_PATH_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _owner_required(coder: Coder, match: Match) -> bool:
    """Whether the nominal event's pattern takes its actor only from its own phrase."""
    pattern = coder.verbs.patterns.get(match.pattern_id)
    return pattern is not None and pattern.owner_required


def _subject_does(coder: Coder, match: Match) -> bool:
    """Whether the subject of the clause above a nominal event is the one doing it.

    "Workers went on strike", "Israel launched an offensive": yes. "The UN condemned the
    attack", "closed its borders because of fighting between X and Y": no; a verb that reacts
    to the event (accuses, rejects, asks for it) or a phrase of cause or time stands between.
    """
    codes, words = english().codes, english().words
    current = match.head
    for _ in range(6):
        if current.dep_ not in NOMINAL_PATH_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.dep_ == "prep" and current.lower_ in words.cause_preps:
            return False
        if current.lemma_.lower() in english().senses.answer_nouns:
            return False  # "bombed Gaza in revenge for an ambush": the ambush was the other side's
        if current.pos_ in ("VERB", "AUX"):
            patterns = coder.verbs.by_verb.get(current.lemma_.lower(), ())
            # light-verb patterns ("make an appeal") take their sense from their object
            return not any(p.cameo[:2] in codes.reaction_roots and not p.objects for p in patterns)
    return False
def _violence_against_a_thing(match: Match, recipient: tuple[ActorMention, ...]) -> bool:
    """ "slaughtered 6,500 hogs": violence against people (CAMEO 18) needs a person as object."""
    head = match.recipient
    return (
        match.cameo[:2] == english().codes.person_violence_root
        and head is not None
        and head.pos_ == "NOUN"
        and not recipient
    )


def shared_object(match: Match) -> Match:
    """ "killed and wounded dozens of Palestinians": conjoined verbs share the last one's object."""
    if match.recipient is not None or match.head.pos_ not in ("VERB", "AUX"):
        return match
    patient = _shared_patient(match.head)
    if patient is not None:
        return replace(match, recipient=patient)
    queue = [c for c in match.head.children if c.dep_ == "conj"]
    while queue:
        verb = queue.pop(0)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return replace(match, recipient=obj)
        if child(verb, "nsubj", "nsubjpass") is None:  # a conjunct with its own subject stops
            queue.extend(c for c in verb.children if c.dep_ == "conj")
    return match


def _shared_patient(verb: Token) -> Token | None:
    """ "Protesters were beaten and *detained* by police", "the plan, pushed by X but *rejected*
    by Y": a passive conjoined to another shares its patient; one conjoined to an active verb
    shares its subject ("fishermen, held in Libya for 100 days, have been *freed* by Libyan
    forces", "protesters marched and were *arrested*")."""
    if verb.dep_ != "conj" or not is_passive(verb) or child(verb, "nsubjpass") is not None:
        return None
    first = verb.head
    if is_participle(first):
        return first.head
    if child(verb, "nsubj") is not None:
        return None  # a clause of its own
    return child(first, "nsubjpass") or (child(first, "nsubj") if first.pos_ == "VERB" else None)
