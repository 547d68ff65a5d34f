"""Parties that are several states at once ("two dozen Western countries", "member states",
"European officials", "world powers"): no one state's country fits them, so neither the
article's context, its memory nor the event's place may lend them one.

A group of states named by its plural noun alone ("Nearly 70 countries have agreed") acts
through its governments: it is coded GOV with no country, under the rule ``states``; business
of several states ("the CEOs of Europe's largest airlines") is multinational, MNC.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from detente.coding.actor_state import UNCODED_GROUP_RULE, ActorCode
from detente.coding.phrase_parts import ENTITY_KINDS
from detente.coding.syntax import phrase_bounds
from detente.lexicons.actors import Match, Token
from detente.lexicons.english import english

# The rule of a party that names several states and so has no country of its own.
STATES_RULE = "states"
# Business of several states ("Europe's largest airlines") is multinational (CAMEO's MNC).
MULTINATIONAL = "MNC"
MULTINATIONAL_SECTOR = "BUS"
# Sector of a group of states named by its plural noun ("countries", "nations"): their
# governments act for them.
STATES_SECTOR = "GOV"


def several_states(tokens: Sequence[Token], matches: Sequence[Match], a: int, b: int) -> bool:
    """Whether tokens [a, b) say the party is several states or from a region of them."""
    senses, words = english().senses, english().words
    covered = {
        i for m in matches if m.term.kind in ENTITY_KINDS for i in range(m.start, m.end)
    }  # "the United States", "Western Australia", "the World Bank" are one party each
    for i in range(a, b):
        if i in covered:
            continue
        word, before = tokens[i].norm, tokens[i - 1].norm if i > a else ""
        named_before = before in words.definite  # "these countries": the states named before
        if word in senses.multistate_nouns and not named_before and (
                before not in senses.multistate_exempt_before):
            return True  # "two dozen countries", not "First Nations"
        if word in senses.multistate_member_heads and before in senses.multistate_members:
            return True  # "member states"; "the states" alone may be one federation's
        capitalised = tokens[i].case != "lower"
        if (word in senses.region_words and capitalised) or word in senses.world_words:
            return True  # "Western governments", "Europe's airlines"; "western Iraq" is not
    return False


def states_head(tokens: Sequence[Token], a: int, h: int) -> tuple[int, int] | None:
    """The span of the plural state noun that heads [a, h) ("Nearly 70 *countries*"), if any."""
    if h > a and tokens[h - 1].norm in english().senses.multistate_nouns:
        return (h - 1, h)
    return None


def uncoded_subjects(
    sent: Span, resolve: Callable[[str], tuple[ActorCode, ...]]
) -> list[ActorCode]:
    """Plural subjects of a sentence's main clauses that code no country ("Twenty countries
    expelled Russian diplomats.", "Villagers complained.", "Prices rose."), as far as they are
    coded: a "they" in the next sentence most likely stands for them, so it must not fall back
    on a party named before or beside them."""
    words = english().words
    found = []
    root = -1  # the sentence root's index, found only once a plural subject needs it
    for token in sent:
        # cheapest tests first: Span.root walks the whole sentence
        if token.dep_ != "nsubj" or token.tag_ not in ("NNS", "NNPS"):
            continue  # "Britain and France …" are coded one by one; a singular is no "they"
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        root = sent.root.i if root < 0 else root
        clause = token.head
        if not (clause.i == root or (clause.dep_ == "conj" and clause.head.i == root)):
            continue
        lemma = token.lemma_.lower()
        if lemma in words.partitives or lemma in words.vague_party_words:
            continue  # "Others said …", "Most of them": part of a group named before
        start, end = phrase_bounds(token)
        text = sent.doc[start:end].text
        codes = resolve(text)
        if not any(code.country for code in codes):
            sector = next((c for c in codes if c.sector), None)
            found.append(sector or ActorCode(country=None, sector=None, name=None, matched=text,
                                             rule=UNCODED_GROUP_RULE))  # fmt: skip
    return found
