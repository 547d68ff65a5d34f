"""Frames: a verb or adjective that composes the act it governs into one event ("agreed to
meet", "refused to withdraw", "urged X to talk")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.complements import (
    VERB_POS,
    errand_clause,
    for_clause_subject,
    for_to_clause,
    purpose_clause,
    unaddressed_errand,
)
from detente.coding.deployments import pledged_code
from detente.coding.match import Match, actor_of, find_recipient, match_verb
from detente.coding.object_senses import VOWED_FORCE
from detente.coding.orders import match_order
from detente.coding.party_subjects import thing_subject
from detente.coding.pledgers import noun_maker, promisee
from detente.coding.syntax import child, has_particle, is_passive, is_to_infinitive
from detente.lexicons.english import english
from detente.lexicons.verbs import FrameModel, VerbLexicon

# Frames are verbs ("agreed to") or predicate adjectives ("is willing to").
FRAME_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# Frames a noun carries too ("a promise to disarm", "a refusal to meet"); a request noun ("a call
# to …") is too often something else.
NOMINAL_FRAME_KINDS = frozenset({"commit", "refuse"})
# Frames whose composed event is as mutual as its complement: "agreed to cooperate", "stopped
# cooperating with" (a relation both sides have).
SYMMETRIC_FRAME_KINDS = frozenset({"commit", "halt"})
# An aspectual verb halts an act only when the act is its gerund ("stopped selling arms").
GERUND_TAG = "VBG"
# A frame's trigger text runs to its complement verb only when they are this close
# ("agreed to work"); farther apart ("agreed in principle on Saturday to provide") the
# frame verb alone is the trigger, so the evidence span stays readable.
MAX_FRAME_GAP = 3
# CAMEO 011: a refusal to speak (a statement, which PLOVER leaves uncoded).
DECLINE_COMMENT = "011"
# CAMEO 01: statements, which PLOVER leaves uncoded.
STATEMENT_ROOT = "01"


def _frame_for(verb: Token, lexicon: VerbLexicon) -> FrameModel | None:
    for frame in lexicon.frames.get(verb.lemma_.lower(), ()):
        if frame.particle is None or has_particle(verb, frame.particle):
            return frame
    return None


def _frame_complement(verb: Token, frame: FrameModel) -> Token | None:
    """The verb a frame governs: "agreed *to meet*", or a noun's "a promise *to disarm*"."""
    if verb.pos_ == "NOUN":
        if frame.kind not in NOMINAL_FRAME_KINDS:
            return None
        comp = next((c for c in verb.children if c.dep_ == "acl" and is_to_infinitive(c)), None)
    else:
        if _calls_on_errand(verb, frame):
            return None  # "called Arnor's king to congratulate him": a call, nothing asked
        comp = child(verb, "xcomp") or _requested_clause(verb, frame)
        if comp is None and frame.kind == "request" and not is_passive(verb):
            comp = for_to_clause(verb)  # "called for Israel to withdraw"
        if frame.kind == "purpose":
            comp = _helped_act(purpose_clause(verb))
    if comp is not None and frame.kind == "halt" and comp.tag_ != GERUND_TAG:
        return None  # "stopped to talk to reporters": a purpose, not the talk stopped
    if comp is not None and frame.kind == "commit":
        comp = _continued_act(comp)  # verbs16: "vowed to keep fighting"
    return comp if comp is not None and comp.pos_ in VERB_POS else None


def _continued_act(comp: Token) -> Token:
    """ "vowed to keep fighting", "agreed to continue working with", "pledged to begin to
    withdraw": a verb of going on or starting takes the act as its own complement, and that act
    is what is promised."""
    if comp.lemma_.lower() not in english().senses.continuing_verbs:
        return comp
    return next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), comp)


def _helped_act(comp: Token | None) -> Token | None:
    """ "arrived *to help deliver* aid", "sent *to help train* the army": what those sent help
    to do is the act they are sent for (verbs13); any other purpose stands as it is."""
    if comp is None or comp.lemma_.lower() not in english().senses.helping_verbs:
        return comp
    return next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), comp)


def _calls_on_errand(verb: Token, frame: FrameModel) -> bool:
    """A request verb that also means phoning ("call"), with the one called as its object and
    an errand of the caller's own: a phone call (consult.call-on-errand), no request."""
    if frame.kind != "request" or verb.lemma_.lower() not in english().words.summon_verbs:
        return False
    return errand_clause(verb) is not None or unaddressed_errand(verb) is not None


def _requested_clause(verb: Token, frame: FrameModel) -> Token | None:
    """ "called on Arnor *to lift* the ban", "asked the guild, the hall's owner, *to end* it": the
    parser often attaches a request's infinitive as an adverbial clause; after an addressee it is
    still what is asked for."""
    if frame.kind != "request" or is_passive(verb):
        return None  # "a vote was called by X to end …": nobody is asked
    addressee = find_recipient(verb, frame.recipient, None)
    if addressee is None:
        return None
    if addressee.dep_ == "dobj" and verb.lemma_.lower() in english().words.summon_verbs:
        return None  # "called the envoy to discuss it": a call made for a purpose
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and is_to_infinitive(c) and not _own_subject(c)
        ),
        None,
    )


def _withheld_word(frame: FrameModel, comp: Token) -> bool:
    """ "refused to say when", "declined to discuss it": a refusal to speak is CAMEO 011
    "decline comment", a statement, never a refusal to cooperate (120)."""
    if frame.kind != "refuse" or comp.lemma_.lower() not in english().senses.withheld_speech:
        return False
    contact = english().senses.contact_preps
    return not any(c.dep_ == "prep" and c.lower_ in contact for c in comp.children)


def match_frame(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """Compose "agreed to meet", "refused to withdraw", "urged X to talk" into one event."""
    frame = _frame_for(verb, lexicon)
    if frame is not None and frame.kind == "order":
        return match_order(verb, frame, lexicon)  # "ordered the army to strike"
    if frame is not None and frame.party_subject and thing_subject(verb):
        return None  # claims12: "it should challenge us to continue": no party asks
    comp = _frame_complement(verb, frame) if frame is not None else None
    if frame is None or comp is None or _public_notice(verb, frame, lexicon):
        return None
    inner = match_verb(comp, lexicon)
    if inner is None and frame.kind == "commit":
        vowed = _vowed_force(verb, frame, comp)  # verbs16: "vowed to wipe out the militants"
        if vowed is not None:
            return vowed
    if frame.only_listed_roots and (inner is None or inner.cameo[:2] not in frame.by_root):
        return None
    cameo = frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default
    if frame.keeps_code and inner is not None and inner.cameo[:2] in frame.by_root:
        cameo = inner.cameo  # "sent a team to investigate" is the investigation
    if frame.kind == "commit" and inner is not None:
        if inner.cameo[:2] == english().senses.pledge_root:
            cameo = inner.cameo  # "willing to offer aid": a pledge to pledge is the pledge
        cameo = pledged_code(inner, cameo)  # "agreed to send troops": protection promised
    if inner is None and _withheld_word(frame, comp):
        cameo = DECLINE_COMMENT
    if frame.kind == "request":
        cameo = as_demand(cameo, verb.lemma_)
        recipient = find_recipient(verb, frame.recipient, None) or for_clause_subject(verb)
    else:
        recipient = _composed_recipient(verb, comp, inner, lexicon)
    end = comp.i + 1 if 0 < comp.i - verb.i <= MAX_FRAME_GAP else verb.i + 1
    return Match(
        head=verb,
        trigger=(verb.i, end),
        pattern_id=f"{frame.id}+{inner.pattern_id}" if inner else frame.id,
        cameo=cameo,
        actor=noun_maker(verb) if verb.pos_ == "NOUN" else actor_of(verb),
        recipient=recipient,
        symmetric=frame.kind in SYMMETRIC_FRAME_KINDS and (inner is None or inner.symmetric),
        frame=comp,
        absorbed=tuple(range(*inner.trigger)) if inner else (),
    )


def _composed_recipient(
    verb: Token, comp: Token, inner: Match | None, lexicon: VerbLexicon
) -> Token | None:
    """The recipient of a composed event other than a request: the inner act's, else the
    frame's "with" party, else (for a noun) whom a promise is made to."""
    if inner is None:
        found = find_recipient(verb, ("with",), None)
    elif inner.recipient is None:
        found = _own_object_party(comp, inner, lexicon)  # "sent to X to train *troops*"
    else:
        found = inner.recipient
    if found is None and verb.pos_ == "NOUN":
        found = promisee(verb)  # claims18: "wants a promise from Arnor"
    return found


def _own_object_party(comp: Token, inner: Match, lexicon: VerbLexicon) -> Token | None:
    """ "deployed to X's school to train *200 soldiers*", "vowed to expel *the envoys*": where
    the inner act's light object is also the place its pattern receives at (the forces trained,
    the diplomats expelled), that object is the recipient of the composed event; a party the
    frame's own verb goes to or meets is none of the act's."""
    pattern = lexicon.patterns.get(inner.pattern_id)
    if pattern is None or not pattern.objects or "dobj" not in pattern.recipient:
        return None
    obj = child(comp, "dobj")
    return obj if obj is not None and obj.lemma_.lower() in pattern.objects else None


def _public_notice(verb: Token, frame: FrameModel, lexicon: VerbLexicon) -> bool:
    """ "advised residents to stay indoors": a request verb whose own statement pattern (CAMEO
    01x) reads its object as the one it takes (the public informed, "called an election to …")
    gives a notice or makes a statement, asking no party to act (mainev16)."""
    if frame.kind != "request":
        return False
    own = match_verb(verb, lexicon)
    if own is None or not own.cameo.startswith(STATEMENT_ROOT):
        return False
    patterns = lexicon.by_verb.get(verb.lemma_.lower(), ())
    return any(p.id == own.pattern_id and p.objects for p in patterns)


def _vowed_force(verb: Token, frame: FrameModel, comp: Token) -> Match | None:
    """ "vowed to wipe out the militants", "pledged to punish those responsible": a commitment to
    destroy, defeat or punish a party threatens it (CAMEO 138 force, 137 repression), though the
    verb itself codes no act; never an intent to cooperate (030). coding/object_senses.py drops
    it when no party is aimed at ("vowed to eradicate corruption")."""
    senses = english().senses
    lemma = comp.lemma_.lower()
    if lemma in senses.vowed_force_verbs:
        root = senses.vowed_force_root
    elif lemma in senses.vowed_repression_verbs:
        root = senses.vowed_repression_root
    else:
        return None
    if root not in frame.by_root:
        return None
    end = comp.i + 1 if 0 < comp.i - verb.i <= MAX_FRAME_GAP else verb.i + 1
    return Match(
        head=verb,
        trigger=(verb.i, end),
        pattern_id=f"{frame.id}+{VOWED_FORCE}",
        cameo=frame.by_root[root],
        actor=noun_maker(verb) if verb.pos_ == "NOUN" else actor_of(verb),
        recipient=find_recipient(comp, ("dobj", *sorted(senses.vowed_target_preps)), None),
        symmetric=False,
        frame=comp,
    )


def _own_subject(verb: Token) -> bool:
    return child(verb, "nsubj", "nsubjpass") is not None


def as_demand(cameo: str, cue: str) -> str:
    """An appeal told with a demand's word ("Iraq *must* disarm", "*demanded* X withdraw") is a
    demand: CAMEO numbers 10x in parallel with 02x (025 appeal to yield, 105 demand it)."""
    codes = english().codes
    if cue.lower() in english().words.demand_words and cameo[:2] == codes.appeal_root:
        return codes.demand_root + cameo[2:]
    return cameo
