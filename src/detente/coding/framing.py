"""The framing stage: how the event is told (modality) and the CAMEO code that follows.

A material act told as future or conditional is an intent ("will provide aid" → AGREE), one
announced on a condition the other side must meet is a threat, and the CAMEO code decides the
PLOVER type through the ontology. Statements (CAMEO 01x) are no PLOVER event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match, obligation_modal
from detente.coding.modality import Reading, read_modality
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.lexicons.ontology import CameoCode
from detente.records import Modality

# Modalities under which a material act is an intent rather than a deed.
INTENT_MODALITIES = frozenset({"future", "hypothetical"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Framing:
    """An event's modality with its cue, and its CAMEO code with how it was composed."""

    modality: Modality
    cue: str  # what decided the modality
    entry: CameoCode
    composed: str | None = None  # "intent" or "ultimatum" when the code is not the pattern's
    ahead: bool = False  # the act lies after the telling: its weekday is the coming one


def frame_event(coder: Coder, match: Match) -> Framing | Rejected:
    """The framing stage: modality, composed CAMEO code, or a statement that PLOVER drops."""
    if match.negation_consumed:
        cue = f"pattern {match.pattern_id} reads the negation as the act"
        reading = Reading(modality="asserted", cue=cue)
    else:
        reading = read_modality(match.head, frame=match.frame)
    modality, cue = reading.modality, reading.cue
    cameo, composed = match.cameo, None
    # An act only aimed at ("tried to storm", "sent troops to quell") is that act, not an intent.
    if match.frame is None and not reading.aimed:
        cameo = _intent_cameo(coder, match.cameo, modality, match.head)
        composed = "intent" if cameo != match.cameo else None
    ultimatum = cameo if reading.aimed else _ultimatum_cameo(coder, match, cameo, modality)
    if ultimatum != cameo:
        cameo, composed = ultimatum, "ultimatum"
    entry = coder.ontology.cameo(cameo)
    if not entry.codable:
        return Rejected(stage="code", reason="statement-sense", detail=f"CAMEO {cameo}")
    return Framing(
        modality=modality, cue=cue, entry=entry, composed=composed, ahead=reading.ahead,  # type: ignore[arg-type]
    )  # fmt: skip


def _intent_cameo(coder: Coder, cameo: str, modality: str, head: Token) -> str:
    """ "will provide aid" is an intent to aid (AGREE); "would blockade" a threat (THREATEN)."""
    frame = coder.verbs.by_kind.get("commit")
    roots = english().codes.intent_roots
    if frame is None or modality not in INTENT_MODALITIES or cameo[:2] not in roots:
        return cameo
    if obligation_modal(head) is not None:
        return cameo  # "Iraq must cooperate" is owed, not promised
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
