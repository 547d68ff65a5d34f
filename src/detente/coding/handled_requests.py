"""Whom a request named by a noun was made to: the party that handles it ("Britain is
considering Russia's request", "the request was rejected by the court")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import actor_of
from detente.lexicons.english import english


def is_request(cameo: str) -> bool:
    """An appeal or a demand: an act that is always made to someone (an unnamed addressee
    leaves the request uncoded rather than coded with no recipient)."""
    return cameo[:2] in english().codes.request_roots  # an appeal (02) or a demand (10)


def request_handler(noun: Token, cameo: str) -> Token | None:
    """The party a request noun is handled by: the subject of a verb of dealing with it that
    takes it as object ("is reviewing the Russian request"), or the agent of the passive ("was
    granted by the council"). A request is made to whoever considers, grants or rejects it."""
    if not is_request(cameo) or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in english().senses.request_handlers:
        return None
    handler = actor_of(verb)
    if handler is None or handler.i == noun.i or noun.i in (t.i for t in handler.subtree):
        return None
    return handler
