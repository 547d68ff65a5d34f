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

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.coding.recipients import PLURAL_TAGS, Mentions, Resolve, antecedent
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.records import ActorMention

# Dependencies of words inside a phrase, never its head: no antecedent of their own.
INNER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "det", "case"})
# The preposition of whose a site is ("the bases *of* government forces").
OF = "of"
# The word that makes the owner the doer itself ("destroyed *their own* vehicles").
OWN = "own"


def base_code(coder: Coder, match: Match) -> str:
    """The code of the act itself, under a frame ("threatened to shell" is coded as a threat,
    but what it would hit is what shelling hits)."""
    base = coder.verbs.patterns.get(match.pattern_id.rsplit("+", 1)[-1])
    return base.cameo if base is not None else match.cameo


def struck_owner(
    resolve: Resolve, head: Token | None, match_cameo: str, actor: Mentions
) -> Mentions:
    """The party whose thing force hit, named before it in the sentence and read through the
    thing's "its"/"their"; none when the act is no force or the thing has no such owner."""
    head = antecedent(head)
    if head is None or head.pos_ != "NOUN" or match_cameo[:2] not in english().senses.seizing_roots:
        return ()
    owner = _site_owner(resolve, head, actor)
    if owner:
        return owner
    poss = child(head, "poss")
    senses = english().senses
    if poss is None or poss.lower_ not in senses.body_owner_pronouns:
        return ()
    if any(c.lower_ == OWN for c in head.children):
        return ()
    taken = {i for m in actor for i in range(m.start, m.end)}
    plural_owner = poss.lower_ in senses.plural_owner_pronouns
    for word in reversed(poss.doc[poss.sent.start : poss.i]):
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in INNER_DEPS or word.idx in taken:
            continue
        if not plural_owner and word.tag_ in PLURAL_TAGS:
            continue
        found = resolve(word)
        if found and not any(_same_side(m, actor) for m in found):
            return _owned(resolve(head), found)
    return ()


def _site_owner(resolve: Resolve, head: Token, actor: Mentions) -> Mentions:
    """ "threatened to shell all the bases *of government forces*", "stormed the positions *of
    the army*": a site named by whose it is ("of" a party, not a place) is that party's, when
    the site's own words name no party."""
    if not _site_word(head) or any(m.sector for m in resolve(head)):
        return ()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == OF):
        for owner in (c for c in prep.children if c.dep_ == "pobj"):
            found = resolve(owner)
            if found and all(m.sector for m in found) and not any(
                _same_side(m, actor) for m in found
            ):
                return found
    return ()


def _site_word(head: Token) -> bool:
    """Whether a noun names a site (english.yaml area_nouns), by its lemma or its plural form
    ("bases", which the tagger may lemmatise as "basis")."""
    sites = english().words.area_nouns
    word = head.lower_
    forms = {head.lemma_.lower(), word, word.removesuffix("s"), word.removesuffix("es")}
    return bool(forms & sites)


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
