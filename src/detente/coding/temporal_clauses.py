"""An act in a temporal clause told in the present tense: "when Gondor attacks our villages,
we retaliate", "once the envoy arrives, talks will begin".

English puts a "when", "whenever" or "once" clause in the present tense for what is habitual,
generic or still to come, never for a particular act already done ("when Gondor attacked" is
past). So such an act is told as a habit or a rule (hypothetical), or, when its main clause has
a future auxiliary, as lying ahead (future). An act in a past-tense clause stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.coding.reading import Reading
from detente.lexicons.english import english

# Penn tags of the present tense (a passive's auxiliary is read in its place).
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def temporal_present(chain: Sequence[Token]) -> Reading | None:
    """The reading of an act whose own clause is a present-tense temporal clause."""
    words = english().words
    for verb in chain:
        if verb.dep_ != "advcl":
            continue
        mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod")
                     and c.lower_ in english().words.temporal_marks), None)  # fmt: skip
        if mark is None:
            continue
        tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        if not any(t.tag_ in PRESENT_TAGS for t in tensed):
            return None  # "when the troops entered the town": a past act
        main = verb.head
        if any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in main.children):
            return Reading(modality="future", cue=f"{mark.text!r} with the present tense before "
                           "a future: the act lies ahead", as_told=True)  # fmt: skip
        return Reading(modality="hypothetical", cue=f"{mark.text!r} with the present tense: a "
                       "habit or a rule, no act told", as_told=True)  # fmt: skip
    return None
