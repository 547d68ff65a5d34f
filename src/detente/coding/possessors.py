"""A thing acted on that names its party only through its owner or its place: a possessive
pronoun ("rejected *his* proposal", "seized *her* car"), which, when it cannot be the actor's
own, stands for the person acted on; and, for a trigger's own object, the place a site is in."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.recipients import (
    PLURAL_TAGS,
    Mentions,
    Resolve,
    agrees_with_actor,
    antecedent,
    person_referred,
    site_named,
)
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.records import ActorMention

# Actor rules that name a state or an organisation, never one person.
BODY_NAME_RULES = frozenset({"country-name", "seat-of-power", "org"})


def possessor_referred(
    resolve: Resolve, head: Token | None, ctx: ArticleState, actor_head: Token | None,
    actor: Mentions,
) -> Mentions:
    """ "The government rejected *his* proposal", "police seized *her* car": a thing at the
    pattern's slot, named by no actor word, whose possessive "his"/"her" does not agree with
    the actor, is someone else's; that person (the nearest named before who is not the actor)
    is the recipient. An actor who is one person of that sex may own it ("X defended his
    policy"), so there the pronoun is left unread."""
    head = antecedent(head)
    if head is None or head.pos_ != "NOUN":
        return ()
    poss = child(head, "poss")
    form = _object_form(poss)
    if poss is None or form is None or not _no_person(poss, actor_head, actor):
        return ()
    return person_referred(resolve, poss, ctx, actor, form=form)


def trigger_object(
    resolve: Resolve, noun: Token, ctx: ArticleState, actor_head: Token | None,
    actor: Mentions,
) -> Mentions:
    """The party a trigger's own object noun stands for when it codes none itself: its owner
    ("rejected *his* proposal"), or the place a site is in ("seized an *airfield* outside
    Benghazi", "stormed a *compound* in Ramallah"), as the pattern's slot would give them."""
    return possessor_referred(resolve, noun, ctx, actor_head, actor) or site_named(
        noun, ctx, actor
    )


def _no_person(poss: Token, actor_head: Token | None, actor: Mentions) -> bool:
    """Whether the actor cannot own what "his"/"her" names: several ("police", "they"), a
    state or an organisation by its name, or a body ("the council"). A singular noun or a
    name may be one person ("the mayor ... stood by *her* decision"), who may own it."""
    if actor_head is None or not actor or agrees_with_actor(poss, actor_head, actor):
        return False
    words = english().words
    if actor_head.tag_ in PLURAL_TAGS or actor_head.lower_ in words.plural_pronouns:
        return True
    if actor_head.pos_ == "NOUN":
        return actor_head.lemma_.lower() in words.owner_nouns
    return actor_head.pos_ == "PROPN" and all(_body_name(m, actor_head) for m in actor)


def _body_name(mention: ActorMention, head: Token) -> bool:
    """Whether a name codes a state or an organisation: by the shipped lexicons' rules, or an
    entry of a user's own file with no sector, unless the tagger reads it as a person."""
    if mention.rule == "user":
        return mention.sector is None and head.ent_type_ != "PERSON"
    return mention.rule in BODY_NAME_RULES


def _object_form(poss: Token | None) -> str | None:
    """The object pronoun a person's possessive pronoun goes with: "his" is "him"."""
    if poss is None or poss.pos_ != "PRON":
        return None
    words = english().words
    subject = words.own_possessives.get(poss.lower_)
    return words.passive_person_subjects.get(subject) if subject is not None else None
