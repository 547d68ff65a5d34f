"""Words below a trigger that the recipient search must not take for a party: information
shared or given ("share *intelligence* with X", and what it is about, "intelligence *on* Y"),
and a noun compounded into another noun of the trigger ("expelled two Indian *embassy*
officials"), whose whole phrase names the party (recip15; used by beyond_slot.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.coding.syntax import child, phrase_bounds
from detente.lexicons.english import english


def inside_trigger_phrase(noun: Token, trigger: set[int]) -> bool:
    """ "expelled two Indian *embassy* officials": a noun compounded into another noun of the
    trigger is part of that noun's phrase, which names the party as a whole (recip15)."""
    return noun.dep_ == "compound" and noun.head.i in trigger and noun.head.pos_ == "NOUN"


def shared_content(coder: Coder, match: Match, roots: list[Token]) -> set[int]:
    """Information that a pattern whose party comes after "with"/"to" shares or gives ("share
    *intelligence* with X", "provide *information* to X"), and what it is about ("intelligence
    *on* X"): content, never the party it is shared with, even where an agent noun could read
    it ("intelligence")."""
    pattern = coder.verbs.patterns.get(match.pattern_id.rsplit("+", 1)[-1])
    if pattern is None or "dobj" in pattern.recipient:
        return set()
    if not set(pattern.recipient) & english().senses.sharing_preps:
        return set()  # "continued their bombardment of X": an act's noun, not content
    senses = english().senses
    content: set[int] = set()
    for root in roots:
        shared = child(root, "dobj")
        if shared is None or shared.lemma_.lower() not in senses.information_nouns:
            continue
        content |= set(range(*phrase_bounds(shared)))
        topics = senses.shared_topic_preps
        content |= {c.i for c in root.children if c.dep_ == "prep" and c.lower_ in topics}
    return content
