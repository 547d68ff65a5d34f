"""Senses of a trigger verb that its complement decides: a duty, a bare appeal, help to evade.

The verb alone does not tell which event, if any, a sentence reports; what it takes does:

- "charged with" (CAMEO 115, bring charges): a gerund of tending or supervising, or a noun of a
  task, assigns a duty ("the commission is charged with overseeing the vote", dictionary: charge
  "entrust someone with a task as a duty"); a crime stays an accusation ("charged with murder",
  "charged with assisting an offender").
- "appealed to" (CAMEO 02, appeal): an appeal asks something ("appealed to Arnor to withdraw",
  "for calm", "over the killings", a quoted plea); with nothing asked it is the other sense,
  "be attractive to" or "address oneself to" ("the pledge appealed to farmers", "the candidate
  appealed to young voters"), no request.
- "pushes for a quick withdrawal", "campaigned for reform" (CAMEO 02, appeal): an effort
  to bring something about asks no one unless a party is pressed ("pushed Arnor for talks",
  "campaigned on Gondor to"); "called for", "asked for" are speech and stay requests.
- "dismissed four governors" (CAMEO 12, reject): a person dismissed is removed from office;
  "dismissed the allegations" stays a rejection.
- "allowed the deployment of National Guard troops" (CAMEO 0861, receive peacekeepers): a
  state letting its own forces deploy admits no foreign ones.
- "assisted the gunmen to escape", "helped an offender" (CAMEO 07, aid): private people helping
  an offender evade justice commit a crime (abet), they give no aid to a party; a state's help
  is left as coded.
- "the candidate favoured isolation", "supports tougher gun laws", "backs a referendum"
  (CAMEO 051, praise or endorse a party, its policy or its action): a policy named in general
  (a bare noun, "a", "any") is a stance held, no party endorsed; a party ("backed Gondor"), a
  particular act ("the move", "the president's move", "the Gondorian decision") or a proposal,
  which is always someone's ("a plan to cut taxes", "a bill", "efforts to end the war"), is
  endorsed.

english.yaml's verbs14 and verbs15 blocks hold the words; coding/events.py asks here once the
parties are known.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.object_senses import reject_object_sense
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["reject_reading"]

# The pattern that reads "charged X with Y" as charges brought (verbs.yaml).
CHARGE_WITH = "accuse.charge-with"
# The verb pattern that reads a bare appeal as a request (verbs.yaml); frames that code
# "appealed to X to do" have their own ids and carry their content.
APPEAL_PATTERNS = frozenset({"request.urge"})
# Dependents that carry what an appeal asks: an infinitive or clause ("appealed to them to
# stay", "appealed: 'stay'"), an adverbial clause ("appealed to them, saying ..."). A direct
# object is none: "appealed the ruling" goes to court, "pleaded ignorance" claims.
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "parataxis"})
# The pattern that reads "call/push/campaign for X" as a request (verbs.yaml), and the
# dependents that name the party pressed ("pushed Arnor for", "campaigned on Gondor to").
CALL_FOR = "request.call-for"
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
# The pattern that reads "allowed the deployment" as peacekeepers received (verbs.yaml), and
# the entity labels that name a foreign party in the forces deployed ("Ugandan peacekeepers").
ADMIT_FORCES = "concede.admit-peacekeepers"
FOREIGN_ENTS = frozenset({"GPE", "NORP"})
# The verb pattern that reads "support/back/endorse/favour X" as CAMEO 051 (verbs.yaml).
ENDORSE_PATTERNS = frozenset({"support.support"})
# Labels of a purpose clause: "provided funds to support projects" gives material help to
# projects (support "give assistance, especially financial"), no stance held.
PURPOSE_DEPS = frozenset({"advcl", "acl"})
# Entity labels of a party ("backed Gondor", "the Gondorian plan", "a plan by Faramir").
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Parts of speech that name or stand for a party by themselves ("backed Faramir", "backed him").
PARTY_POS = frozenset({"PROPN", "PRON"})
# Labels of a modifier that can name whose a proposal is ("the Gondorian proposal").
OWNER_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# CAMEO roots of aid (07) and of rejection (12).
AID_ROOT = "07"
REJECT_ROOT = "12"


def _charged_duty(match: Match) -> Token | None:
    """What a party is "charged with" when it names a duty: the gerund or the task noun."""
    if match.pattern_id != CHARGE_WITH:
        return None
    senses = english().senses
    for prep in (c for c in match.head.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            lemma = obj.lemma_.lower()
            if obj.pos_ == "VERB" and lemma in senses.charged_duties:
                return obj
            if obj.pos_ == "NOUN" and lemma in senses.duty_nouns:
                return obj
    return None


def _bare_appeal(match: Match) -> bool:
    """An appeal verb that takes only its addressee: nothing is asked."""
    verb = match.head
    senses = english().senses
    if match.pattern_id not in APPEAL_PATTERNS or verb.lemma_.lower() not in senses.appeal_verbs:
        return False
    for c in verb.children:
        if c.dep_ in CONTENT_DEPS:
            return False
        if c.dep_ == "prep" and c.lower_ in senses.appeal_content_preps:
            return False
    # a quoted plea the parser hangs elsewhere: '"Stay," he appealed to them'
    return not any(t.is_quote for t in verb.sent)


def _unaddressed_effort(match: Match, recipient: tuple[ActorMention, ...]) -> bool:
    """ "pushes for a quick withdrawal", "campaigned for reform": an effort toward a goal with
    no party pressed to grant it."""
    verb = match.head
    if match.pattern_id != CALL_FOR or recipient:
        return False
    if verb.lemma_.lower() not in english().senses.effort_verbs:
        return False
    addressee_preps = english().senses.addressee_preps
    return not any(
        c.dep_ in ADDRESSEE_DEPS or (c.dep_ == "prep" and c.lower_ in addressee_preps)
        for c in verb.children
    )


def _evasion_helped(match: Match, actor: tuple[ActorMention, ...]) -> Token | None:
    """Private helpers of an offender, or of anyone evading: the offender or the evasion."""
    if not match.cameo.startswith(AID_ROOT):
        return None
    civil = english().codes.civil_sectors
    if not actor or any(a.sector not in civil for a in actor):
        return None  # a state's help to fugitives is a political act: left as coded
    senses = english().senses
    verb = match.head
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in senses.evasion_verbs:
            return c
        if c.dep_ == "dobj" and c.lemma_.lower() in senses.offender_nouns:
            return c
    return None


def _dismissed_person(match: Match) -> Token | None:
    """ "dismissed four governors", "sacked Faramir": a person removed from office, nothing
    rejected."""
    senses = english().senses
    if not match.cameo.startswith(REJECT_ROOT):
        return None
    if match.head.lemma_.lower() not in senses.dismissing_verbs:
        return None
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in senses.office_holders:
            return obj
    return None


def _own_deployment(match: Match) -> Token | None:
    """ "signed a proclamation to allow the deployment of National Guard troops", "to allow the
    deployment" of troops named before: a state that lets forces deploy admits foreign ones
    (CAMEO 0861 receives peacekeepers) only when a word names them foreign or international."""
    if match.pattern_id != ADMIT_FORCES:
        return None
    senses = english().senses
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() != "deployment":
            continue
        # "the deployment of National Guard troops", or a bare "the deployment" of forces
        # named before: no word names them foreign or international
        foreign = any(
            w.lemma_.lower() in senses.foreign_force_words or w.ent_type_ in FOREIGN_ENTS
            for w in obj.subtree
        )
        if not foreign:
            return obj
    return None


def _names_party(token: Token, recipient: tuple[ActorMention, ...]) -> bool:
    """A word that names a party: a name, a pronoun, or the head of a recipient found."""
    if token.pos_ in PARTY_POS or token.ent_type_ in PARTY_ENTS:
        return True
    return any(m.start <= token.idx < m.end for m in recipient)


def _particular(thing: Token, recipient: tuple[ActorMention, ...]) -> bool:
    """A thing made particular by its words: "the", "this", "all", a possessor, or a party
    naming whose it is ("the Gondorian plan", "a plan by Arnor")."""
    senses = english().senses
    for c in thing.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ == "det" and c.lower_ not in senses.kind_determiners:
            return True
        if c.dep_ in OWNER_MODIFIERS and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS):
            return True
        if c.dep_ == "prep" and c.lower_ in senses.proposer_preps and any(
            _names_party(p, recipient) for p in c.children if p.dep_ == "pobj"
        ):
            return True
    return False


def _stance_held(match: Match, recipient: tuple[ActorMention, ...]) -> Token | None:
    """ "favoured isolation", "supports tougher gun laws", "backs a referendum": what is
    endorsed is a policy named in general, no party nor a party's act or proposal."""
    if match.pattern_id not in ENDORSE_PATTERNS or match.head.dep_ in PURPOSE_DEPS:
        return None
    objects = [c for c in match.head.children if c.dep_ == "dobj"]
    if not objects:
        return None
    thing = objects[0]
    if _names_party(thing, recipient) or _particular(thing, recipient):
        return None
    if thing.lemma_.lower() in english().senses.proposal_nouns:
        return None  # "backed a plan to cut taxes": a proposal is always someone's
    return thing


def reject_reading(
    match: Match,
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...] = (),
) -> Rejected | None:
    """A named rejection when the verb's complement gives it a sense that reports no event."""
    duty = _charged_duty(match)
    if duty is not None:
        detail = f"charged with {duty.text!r}: a duty assigned, no accusation"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    if _bare_appeal(match):
        detail = f"{match.head.text!r} with nothing asked: no request"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    if _unaddressed_effort(match, recipient):
        detail = f"{match.head.text!r} for a goal with no party pressed: advocacy, no request"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    dismissed = _dismissed_person(match)
    if dismissed is not None:
        detail = f"{match.head.text!r} {dismissed.text!r}: removed from office, no rejection"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    own = _own_deployment(match)
    if own is not None:
        detail = f"{own.text!r} names no foreign forces: one's own deployed, none admitted"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    helped = _evasion_helped(match, actor)
    if helped is not None:
        detail = f"help with {helped.text!r}: abetting an offender, no aid to a party"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    stance = _stance_held(match, recipient)
    if stance is not None:
        detail = f"{match.head.text!r} {stance.text!r}: a policy in general, no party endorsed"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    return reject_object_sense(match, recipient)  # verbs16: "pressed its operations"
