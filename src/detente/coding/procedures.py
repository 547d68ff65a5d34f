"""Steps a text must pass, told with "must": "the deal must first be ratified by parliament, the
minister said", "the bill must be approved by the Federation Council".

A speaker's "X must <act>" is read as a demand on X (modal_acts.py). When X is a text (a deal, a
treaty, a bill) and the act is the formal step that makes a text valid (dictionary: ratify "give
formal consent to a treaty, making it officially valid"; approve, pass, adopt, enact), the
sentence tells the procedure the text has to go through, not a demand made of the body that
takes the step. english.yaml's `procedure_texts`, `adoption_verbs` and `procedure_modals` hold
the words; the framing stage drops such triggers with the reason no-event-sense
(coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["PROCEDURE_CHECKS"]

OBLIGATION = "obligation"  # modal_acts.match_obligation's pattern ids start with it


def _procedure(match: Match) -> str | None:
    """ "[the minister said] the deal must be ratified by parliament": the step a text must
    pass, no demand."""
    if not match.pattern_id.startswith(OBLIGATION):
        return None
    senses = english().senses
    verb = match.head.doc[match.trigger[1] - 1]
    if verb.lemma_.lower() not in senses.adoption_verbs or not _passive(verb):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in senses.procedure_modals for c in verb.children):
        return None
    text = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if text is None or text.lemma_.lower() not in senses.procedure_texts:
        return None
    return f"{text.text!r} must be {verb.text!r}: a step the text must pass, no demand"


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


PROCEDURE_CHECKS: tuple[Callable[[Match], str | None], ...] = (_procedure,)
