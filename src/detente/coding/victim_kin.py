"""The kin of an attack's victims are the victims' people: "Gondorian troops killed two
Arnorian farmers. The king apologised to *the victims' families*" (recip20).

"The victims' families", "relatives of the dead" name no country in their words, so the
resolver gives them the article's context, often the attacker's country. Who the victims are
is what the article has just told: the people an attack (english.yaml attack_roots) it coded
before fell on. When those were named with their country ("two Arnorian farmers"), the kin
are that country's civilians. A phrase that names its own country ("the Gondorian victims'
families") keeps it, and so does a phrase told before any attack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.lexicons.english import english
from detente.records import ActorMention, Event

Mentions = tuple[ActorMention, ...]

# Rules that guess a country for words that name none (the article's context, its places, an
# earlier party of the same sector): the victims' country, when known, is better evidence.
GUESSED_RULES = frozenset({"context", "places", "location", "reference"})
# Rules that read a country off the victims' own words ("two Arnorian farmers").
NAMED_RULES = frozenset(
    {"country-name", "demonym", "user", "agent", "place", "person-role", "named-person"}
)
# Kin are private people: civilians (PLOVER CVL), whatever the victims were.
KIN_SECTOR = "CVL"


def note_victims(events: Sequence[Event], ctx: ArticleState) -> None:
    """Remember the named people the latest attack fell on (the last one told wins)."""
    roots = english().codes.attack_roots
    for event in events:
        if event.cameo[:2] not in roots:
            continue
        named = [m for m in event.recipient if m.country and m.rule in NAMED_RULES]
        if named:
            ctx.victims[:] = named


def victims_kin(found: Mentions, ctx: ArticleState) -> Mentions:
    """The parties found, each phrase naming the victims' kin with no country of its own words
    read as the victims' people."""
    if not ctx.victims:
        return found
    out: list[ActorMention] = []
    for mention in found:
        out.extend(_kin_or_self(mention, ctx))
    return tuple(dict.fromkeys(out))


def _kin_or_self(mention: ActorMention, ctx: ArticleState) -> Mentions:
    if mention.country and mention.rule not in GUESSED_RULES:
        return (mention,)  # "the Gondorian victims' families": the phrase names its country
    words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None or not _names_victims_kin(words.root):
        return (mention,)
    countries = dict.fromkeys(m.country for m in ctx.victims if m.country)
    return tuple(replace(mention, country=country, sector=KIN_SECTOR, rule="reference", name=None,
                         org=None, other_sectors=()) for country in countries)  # fmt: skip


def _names_victims_kin(head: Token) -> bool:
    """ "the victims' families", "the families of the victims", "relatives of the dead"."""
    senses = english().senses
    if head.pos_ != "NOUN" or head.lemma_.lower() not in senses.victim_kin_nouns:
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(o.lemma_.lower() in senses.victim_nouns or o.lower_ in senses.victim_nouns
               for o in owners)  # fmt: skip
