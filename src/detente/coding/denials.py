"""What a denial says was done: "Gondor denies it is negotiating with the rebels", "Rohan denied
allowing the troops to pass", "Mordor's denial that it shelled the town". English tells the act
in a denial's clause or gerund as not done by the one who denies it: the event is negated, and
keeps its own code (it is no intent). A denial not made ("refused to deny", "did not deny",
"would neither confirm nor deny", "may deny") leaves the act a claim, hypothetical (claims.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.claims import claim_of
from detente.coding.reading import Reading
from detente.lexicons.english import english

Reader = Callable[[Token], Reading]
MADE = frozenset({"asserted", "historical"})  # modalities of a denial that was made


def denied_by(chain: list[Token], frame: Token | None, read: Reader) -> Reading | None:
    """Negated when the first word whose content the chain is is a denial that was made; a
    frame's own complement is left to the frame ("refused to deny" codes the refusal)."""
    for tok in chain:
        governor = claim_of(tok)
        if governor is None:
            continue
        if frame is not None and governor.i == frame.i:
            return None
        if governor.lemma_.lower() not in english().senses.denial_words or not _made(
            governor, read
        ):
            return None
        cue = f"content of {governor.text!r}: denied, told as not done"
        return Reading(modality="negated", cue=cue, as_told=True)
    return None


def _made(denial: Token, read: Reader) -> bool:
    """Whether the denial itself is told as made: not withheld ("refused to deny"), not evaded
    ("neither confirm nor deny"), and neither negated, conditional nor ahead."""
    senses = english().senses
    head = denial.head
    if denial.dep_ == "xcomp" and head.lemma_.lower() in senses.denial_withholders:
        return False
    pair = (denial, head) if denial.dep_ == "conj" else (denial,)
    evasive = [c for t in pair for c in t.children if c.dep_ in ("preconj", "cc")]
    if any(c.lower_ in senses.evasion_words for c in evasive):
        return False
    return read(denial).modality in MADE
