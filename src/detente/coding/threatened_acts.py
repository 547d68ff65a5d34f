"""Acts named as threatened: "the army's threatened attacks on the rebels", "a threatened strike
by teachers". The adjective "threatened" on an event noun (dictionary: "announced as likely or
forthcoming") says that the act was threatened, not done: the event is the threat (CAMEO 13x,
by the act's root as the threaten frame maps it), made by the act's owner (its possessor or
"by" phrase, the noun's own actor) against the act's target.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})


def threatened_code(coder: Coder, match: Match) -> tuple[str, str] | None:
    """The threat code and its cue when the event noun is told as threatened, else None."""
    head = match.head
    if match.frame is not None or head.pos_ not in NOUNS:
        return None
    word = _threat_word(head)
    frame = coder.verbs.by_kind.get("threaten")
    if word is None or frame is None:
        return None
    code = frame.by_root.get(match.cameo[:2], frame.default)
    return code, f"{word.text!r} on {head.text!r}: the act is threatened by its owner, not done"


def _threat_word(noun: Token) -> Token | None:
    modifiers = english().senses.threat_modifiers
    return next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in modifiers), None)
