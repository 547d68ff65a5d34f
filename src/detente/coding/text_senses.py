"""Senses of a trigger whose doer is a text or a measure: what a law permits, whom a change
favours.

"A bill which would allow the government to detain asylum seekers", "the new laws would allow
police to detain suspects" and "the government's tariff changes favoured importers" use the
words of arrests and support, but nobody detained or backed anyone: the act is what a text
would permit, and a measure's effect is no party's support. A party that permits ("the court
allowed police to detain him") is left to the other stages. relevance.yaml's `text_senses`
block holds the words; the framing stage drops such triggers with the reason no-event-sense
(coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.relevance import TextSenses, relevance_lexicon

__all__ = ["TEXT_CHECKS"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Fine tags of relative pronouns: "a bill which would allow" names the bill before it.
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _words() -> TextSenses | None:
    return relevance_lexicon().source.text_senses


def _doer(verb: Token) -> Token | None:
    """The subject of a verb, or the noun a relative clause hangs on ("a bill which allows")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _text(noun: Token, words: TextSenses) -> bool:
    return noun.lemma_.lower() in words.text_nouns or noun.lower_ in words.text_nouns


def _permitted(match: Match) -> str | None:
    """ "a bill which would allow the government to detain asylum seekers": the act a law or a
    measure permits is its content, not an act done."""
    words = _words()
    head = match.head
    if words is None or head.dep_ not in ("ccomp", "xcomp"):
        return None
    permit = head.head
    text = _doer(permit)
    if permit.lemma_.lower() not in words.permit_verbs or text is None or not _text(text, words):
        return None
    return f"{head.text!r} what {text.text!r} {permit.text!r}: a text's content, no act"


def _favoured(match: Match) -> str | None:
    """ "the government's tariff changes favoured importers": whom a measure benefits is its
    effect, no party's support ("the government favoured importers" stays)."""
    words = _words()
    head = match.head
    if words is None or head.lemma_.lower() not in words.favour_verbs:
        return None
    text = _doer(head)
    if text is None or not _text(text, words):
        return None
    return f"{text.text!r} {head.text!r}: a measure's effect, no party backed"


TEXT_CHECKS: tuple[Callable[[Match], str | None], ...] = (_permitted, _favoured)
