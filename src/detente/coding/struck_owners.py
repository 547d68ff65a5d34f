"""Whose things force or seizure hit, when a possessive names their owner: "rebels attacked
the army, destroying *its* armoured vehicles", "gunmen attacked *their* checkpoint" after "police
returned fire".

A party that uses force does not destroy, burn or shell what is its own, so "its" or "their"
on the thing force hit stands for another party named before it in the sentence (the nearest
phrase of the pronoun's number that names a party not on the actor's side), never for the
actor, even where the pronoun could agree with it ("the Taliban attacked the army, burning its
trucks"). "Their own" says the owner is the actor, and is left alone; "his"/"her" are read as
people by possessors.py."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.recipients import PLURAL_TAGS, Mentions, Resolve, antecedent
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.records import ActorMention

# Possessive pronouns of a party that is no one person, and whether each needs a plural owner
# ("its": one body; "their": a body or several, news writes "the army ... their positions").
OWNER_PRONOUNS = {"its": False, "their": True}
# Dependencies of words inside a phrase, never its head: no antecedent of their own.
INNER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "det", "case"})
# The word that makes the owner the doer itself ("destroyed *their own* vehicles").
OWN = "own"


def struck_owner(
    resolve: Resolve, head: Token | None, match_cameo: str, actor: Mentions
) -> Mentions:
    """The party whose thing force hit, named before it in the sentence and read through the
    thing's "its"/"their"; none when the act is no force or the thing has no such owner."""
    head = antecedent(head)
    if head is None or head.pos_ != "NOUN" or match_cameo[:2] not in english().senses.seizing_roots:
        return ()
    poss = child(head, "poss")
    if poss is None or poss.lower_ not in OWNER_PRONOUNS:
        return ()
    if any(c.lower_ == OWN for c in head.children):
        return ()
    taken = {i for m in actor for i in range(m.start, m.end)}
    plural_owner = OWNER_PRONOUNS[poss.lower_]
    for word in reversed(poss.doc[poss.sent.start : poss.i]):
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in INNER_DEPS or word.idx in taken:
            continue
        if not plural_owner and word.tag_ in PLURAL_TAGS:
            continue
        found = resolve(word)
        if found and not any(_same_side(m, actor) for m in found):
            return _owned(resolve(head), found)
    return ()


def _owned(own_words: Mentions, owner: Mentions) -> Mentions:
    """The thing's own words when they name people ("killing *their commander*": of the owner's
    country), else the owner as named before."""
    country = next((m.country for m in owner if m.country), None)
    people = [m for m in own_words if m.sector]
    if not people or country is None:
        return owner
    return tuple(replace(m, country=country) for m in people)


def _same_side(mention: ActorMention, actor: Mentions) -> bool:
    """Whether a party is the actor or of its side: the same words, or the same country and
    sector ("an Afghan army checkpoint" is not the side of Afghan rebels)."""
    return any(
        (mention.start, mention.end) == (own.start, own.end)
        or (mention.country, mention.sector) == (own.country, own.sector)
        for own in actor
    )
