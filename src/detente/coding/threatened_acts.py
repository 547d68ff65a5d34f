"""Acts named as threatened: "the army's threatened attacks on the rebels", "a threatened strike
by teachers", "the army's threat to attack the camps". The adjective "threatened" on an event
noun (dictionary: "announced as likely or forthcoming"), or a noun of threat whose infinitive
names the act, says that the act was threatened, not done: the event is the threat (CAMEO 13x,
by the act's root as the threaten frame maps it), made by the act's owner (its possessor or "by"
phrase, the noun's own actor) against the act's target. A threat named by a noun is told as
that noun is ("dismissed the threat": made; "a threat would …": not).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.coding.syntax import is_to_infinitive
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Threat:
    """The threat code an act named as threatened takes, why, and the noun of threat, if any,
    whose own modality is the threat's."""

    code: str
    cue: str
    noun: Token | None = None


def threatened_code(coder: Coder, match: Match) -> Threat | None:
    """The threat an act is named as, or None when it is told as an act of its own."""
    head = match.head
    frame = coder.verbs.by_kind.get("threaten")
    if match.frame is not None or frame is None:
        return None
    code = frame.by_root.get(match.cameo[:2], frame.default)
    word = _threat_word(head) if head.pos_ in NOUNS else None
    if word is not None:
        cue = f"{word.text!r} on {head.text!r}: the act is threatened by its owner, not done"
        return Threat(code=code, cue=cue)
    noun = _threat_noun(head)
    if noun is not None:
        cue = f"what {noun.text!r} names: the act is threatened, not done"
        return Threat(code=code, cue=cue, noun=noun)
    return None


def _threat_word(noun: Token) -> Token | None:
    modifiers = english().senses.threat_modifiers
    return next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in modifiers), None)


def _threat_noun(verb: Token) -> Token | None:
    """ "the army's threat to attack the camps", "threats by Gondor to invade": the noun of
    threat whose infinitive the verb is."""
    if verb.dep_ != "acl" or verb.head.i == verb.i or not is_to_infinitive(verb):
        return None
    noun = verb.head
    return noun if noun.lemma_.lower() in english().senses.threat_nouns else None
