"""The framing stage: how the event is told (modality) and the CAMEO code that follows.

A material act told as future or conditional is an intent ("will provide aid" → AGREE), one
announced on a condition the other side must meet is a threat, and the CAMEO code decides the
PLOVER type through the ontology. Statements (CAMEO 01x) are no PLOVER event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.deployments import pledged_code
from detente.coding.match import Match
from detente.coding.modal_acts import obligation_modal
from detente.coding.modality import Reading, read_modality
from detente.coding.outcome import Rejected
from detente.coding.phases import phase_code
from detente.coding.senses import reject_sense
from detente.coding.threatened_acts import threatened_code
from detente.lexicons.english import english
from detente.lexicons.ontology import CameoCode
from detente.records import ActorMention, Modality

# Modalities under which a material act is an intent rather than a deed.
INTENT_MODALITIES = frozenset({"future", "hypothetical"})
VERBAL_QUADS = frozenset({1, 3})  # CAMEO quad classes of verbal cooperation and conflict


@dataclass(frozen=True, slots=True, kw_only=True)
class Framing:
    """An event's modality with its cue, and its CAMEO code with how it was composed."""

    modality: Modality
    cue: str  # what decided the modality
    entry: CameoCode
    composed: str | None = None  # "intent", "ultimatum" or "civil" when not the pattern's code
    ahead: bool = False  # the act lies after the telling: its weekday is the coming one


def frame_event(coder: Coder, match: Match) -> Framing | Rejected:
    """The framing stage: modality, composed CAMEO code, or a statement that PLOVER drops."""
    sense = reject_sense(match)
    if sense is not None:
        return sense
    if match.negation_consumed:
        cue = f"pattern {match.pattern_id} reads the negation as the act"
        reading = Reading(modality="asserted", cue=cue)
    else:
        reading = _voiced(coder, match, read_modality(match.head, frame=match.frame))
    modality, cue = reading.modality, reading.cue
    cameo, composed = match.cameo, None
    # An act only aimed at ("tried to storm", "sent troops to quell") is that act, not an intent.
    # An alleged or scheduled act ("claimed that X shelled", "scheduled a meeting") is that act.
    if match.frame is None and not (reading.aimed or reading.as_told):
        cameo = pledged_code(match, _intent_cameo(coder, match.cameo, modality, match.head))
        cameo = phase_code(match, cameo)  # verbs19: "will begin its withdrawal" withdraws
        composed = "intent" if cameo != match.cameo else None
    threat = threatened_code(coder, match)  # claims15: "the army's threatened attacks"
    if threat is not None:
        if threat.noun is not None:  # "the army's threat to attack": told as the noun is
            reading = read_modality(threat.noun)
            modality, cue = reading.modality, reading.cue
        cameo, composed, cue = threat.code, "threat", f"{cue}; {threat.cue}"
    kept = reading.aimed or reading.as_told
    ultimatum = cameo if kept else _ultimatum_cameo(coder, match, cameo, modality)
    if ultimatum != cameo:
        cameo, composed = ultimatum, "ultimatum"
    entry = coder.ontology.cameo(cameo)
    if not entry.codable:
        return Rejected(stage="code", reason="statement-sense", detail=f"CAMEO {cameo}")
    return Framing(
        modality=modality, cue=cue, entry=entry, composed=composed, ahead=reading.ahead,  # type: ignore[arg-type]
    )  # fmt: skip


def _voiced(coder: Coder, match: Match, reading: Reading) -> Reading:
    """ "thousands turned out to support Zuma", "gathered to protest the ban": a verbal act
    (support, demand, protest) that a crowd assembles for is voiced by assembling; it is done,
    not only aimed at. A material act ("gathered to attack") stays aimed at."""
    head = match.head
    if not reading.aimed or head.dep_ not in ("advcl", "xcomp") or head.head.i == head.i:
        return reading
    verbal = coder.ontology.cameo(match.cameo).quad_class in VERBAL_QUADS
    if not verbal or not _assembling(head.head):
        return reading
    cue = f"voiced by assembling ({head.head.text!r}): done, not only aimed at"
    return Reading(modality="asserted", cue=cue)


def _assembling(verb: Token) -> bool:
    """ "turned out", "gathered in the square", "took to the streets": a verb of assembling,
    read with its particle or first prepositional phrase."""
    said = [verb.lemma_.lower()]
    for c in verb.children:
        if c.dep_ in ("prt", "prep") and c.i > verb.i:
            said.append(" ".join(t.lower_ for t in c.subtree))
            break
    told = " ".join(said)
    return any(told == p or told.startswith(p + " ") for p in english().senses.assembly_phrases)


def _intent_cameo(coder: Coder, cameo: str, modality: str, head: Token) -> str:
    """ "will provide aid" is an intent to aid (AGREE); "would blockade" a threat (THREATEN)."""
    frame = coder.verbs.by_kind.get("commit")
    roots = english().codes.intent_roots
    if frame is None or modality not in INTENT_MODALITIES or cameo[:2] not in roots:
        return cameo
    if obligation_modal(head) is not None:
        return cameo  # "Iraq must cooperate" is owed, not promised
    if modality == "future" and cameo.startswith(tuple(english().codes.announced_codes)):
        return cameo  # "will expel 60 diplomats": a decision announced, the act ahead
    return frame.by_root.get(cameo[:2], cameo)


def _ultimatum_cameo(coder: Coder, match: Match, cameo: str, modality: str) -> str:
    """ "will withdraw its force unless the rebels hold elections": an act announced on a
    condition the other side must meet is a threat, whatever the act itself would be."""
    if modality not in INTENT_MODALITIES or cameo[:2] == english().codes.threat_root:
        return cameo
    marks = english().words.ultimatum_marks
    heads = [match.head] + ([match.frame] if match.frame is not None else [])
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for head in heads
        for c in head.children
    ):
        return cameo
    frame = coder.verbs.by_kind.get("threaten")
    if frame is None:
        return cameo
    return frame.by_root.get(match.cameo[:2], frame.default)


def civil_violence(coder: Coder, framing: Framing, actor: tuple[ActorMention, ...]) -> Framing:
    """ "a man attacked the car", "a mob stormed the church": military force (CAMEO 190, 193)
    done only by civilians, criminals or believers is unconventional violence (CAMEO 180)."""
    codes = english().codes
    if framing.entry.code not in codes.military_force_codes or not actor:
        return framing
    if not all(m.sector in codes.civil_sectors and m.rule not in codes.nation_rules for m in actor):
        return framing
    entry = coder.ontology.cameo(codes.civil_violence_code)
    return replace(framing, entry=entry, composed="civil")
