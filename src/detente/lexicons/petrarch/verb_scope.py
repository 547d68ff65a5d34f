"""Which verbs of a PETRARCH verb block a pattern was written for, and which verbs code alone.

CAMEO.2.0.txt merged the old CAMEO verb file into WordNet synonym blocks: its header says "in
the comments section of the patterns, the verb[s] where the pattern was originally found is
shown". A pattern written for COME ("- * (TO) [040] # COME") says nothing of the other verbs
the block later gathered (approach, arrive, ...), so it is applied to the verbs it names only.
A block verb alone is an event only when nothing in the dictionary shows it with another sense.
"""

from __future__ import annotations

import re

from detente.lexicons.petrarch.verbs import VerbBlock, VerbEntry, VerbPattern

# A verb as the comments write it: "COME", "WIPE_OUT", "+CORDON_OFF".
COMMENT_VERB = re.compile(r"^\+?[A-Z][A-Z_+\-]*$")


def named_verbs(comment: str) -> frozenset[str]:
    """The verbs a pattern's comment names first ("WIPE_OUT , WIPED_OUT"), upper case."""
    names: set[str] = set()
    for word in comment.replace(",", " ").split():
        if not COMMENT_VERB.match(word):
            break  # a coder's note follows the verb names
        names.add(word.replace("+", ""))
    return frozenset(names)


def entry_names(entry: VerbEntry) -> frozenset[str]:
    """Every way a comment may name a block verb: its phrase or one of its listed forms
    ("WIPE_OUT", "WIPED_OUT"); "COME" names the verb COME, not the glued "+COME_BACK"."""
    phrases = [entry.phrase, *(entry.forms or ())]
    return frozenset("_".join(p.words).upper() for p in phrases)


def headword(block: VerbBlock) -> VerbEntry | None:
    """The verb the block is named after ("--- COME [---] ---"), if it is one of its verbs."""
    name = block.name.strip().upper().replace(" ", "_")
    exact = next((e for e in block.verbs if name in entry_names(e)), None)
    # A block of glued verbs only ("+RIDE_DOWN" under RIDE): the one built on the name.
    return exact or next((e for e in block.verbs if e.phrase.verb.upper() == name), None)


def written_for(pattern: VerbPattern, block: VerbBlock) -> frozenset[int]:
    """Lines of the block verbs a pattern was written for: those its comment names, else the
    headword (a pattern with no name was written for the block's own verb); none: empty."""
    names = named_verbs(pattern.comment)
    chosen = {e.line for e in block.verbs if names & entry_names(e)}
    if chosen:
        return frozenset(chosen)
    head = headword(block)
    return frozenset({head.line}) if head is not None else frozenset()


def residual_code(cameo: str) -> bool:
    """A "not otherwise specified" code (060, 140, 190): a verb coded so alone is general."""
    return len(cameo) == 3 and cameo.endswith("0")


def other_senses(entry: VerbEntry, block: VerbBlock, root: str) -> bool:
    """Whether the dictionary's own patterns for this verb give it another root or no event
    ("DIE [190]" with "- * (OF NATURAL CAUSES) [---]"): then the bare verb is ambiguous."""
    mine = (p for p in block.patterns if entry.line in written_for(p, block))
    return any(_root(p) != root for p in mine)


def _root(pattern: VerbPattern) -> str:
    code = pattern.code.source
    return "--" if code is None else code[:2]
