"""Appeals to "all sides", "the parties" or "all parties" when the sentence, or the one before
it, names the sides of a conflict: "urged all sides to stop fighting after Arnorian and
Mordorian forces clashed", "called on the parties to respect the truce between X and Y".

Alone such words name parties in general and get no recipient (recipients.vague_parties); with a
conflict or a dealing between named parties told beside them, "all sides" are those parties
(dictionary: side "one of the opposing groups in a dispute or conflict")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import resolver
from detente.coding.recipients import PLURAL_TAGS
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

# How many sentences the sides are looked for in: the appeal's own and the one before it.
SIDE_SENTENCES = 2
# Dependents of a verb of conflict that name its sides: the subject and the object (and the
# objects of english.yaml's opposing_preps: "clashed with", "fought against").
SIDE_DEPS = ("nsubj", "dobj")
# The rule of a party read through a reference ("both sides": the article's latest two parties).
REFERENCE_RULE = "reference"


def named_sides(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState,
    *, sentences: int = SIDE_SENTENCES,
) -> tuple[ActorMention, ...]:
    """The sides of a conflict named beside an appeal to parties in general: at least two
    parties of different countries, none the appeal's actor's own; else none."""
    own = {m.country for m in actor}
    resolve = resolver(coder, ctx)
    for sentence in sentences_back(match.head, ctx, sentences):
        for word in sentence:
            if word.i == match.head.i or not _conflict(coder, word):
                continue
            found = [m for head in _side_heads(word) for m in resolve(head)]
            found = [m for m in found if m.country and m.country not in own]
            if len({m.country for m in found}) >= 2:
                return tuple(_distinct(found))
    return ()


def sides_here(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState,
    recipient: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """ "urged both sides to show restraint after Arnorian troops clashed with Orcs": "both
    sides", read as the article's latest two parties (a reference), are the sides of the
    conflict the same sentence names, when it names one."""
    head = match.recipient
    if head is None or not recipient or any(m.rule != REFERENCE_RULE for m in recipient):
        return recipient
    if head.tag_ not in PLURAL_TAGS or head.lemma_.lower() not in english().words.vague_party_nouns:
        return recipient
    return named_sides(coder, match, actor, ctx, sentences=1) or recipient


def sentences_back(trigger: Token, ctx: ArticleState, count: int) -> Iterator[Span]:
    """The trigger's sentence, then those before it, ``count`` in all."""
    sentences = list(ctx.doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger.i < s.end)
    for i in range(index, max(index - count, -1), -1):
        yield sentences[i]


def _conflict(coder: Coder, word: Token) -> bool:
    """A verb of fighting ("clashed", "fought") or a noun of dealings between parties ("the war
    between", "the truce between")."""
    if word.pos_ == "NOUN":
        return word.lower_ in english().senses.between_nouns
    if word.pos_ != "VERB":
        return False
    roots = english().codes.attack_roots
    return any(p.cameo[:2] in roots for p in coder.verbs.by_verb.get(word.lemma_.lower(), ()))


def _side_heads(word: Token) -> list[Token]:
    """The heads naming the sides: "between X and Y" for a noun; the subject and the object (or
    "with"/"against" object) of a verb, each with its conjuncts."""
    if word.pos_ == "NOUN":
        heads = list(prep_objects(word, "between"))
    else:
        heads = [h for dep in SIDE_DEPS if (h := child(word, dep)) is not None]
        preps = english().senses.opposing_preps
        heads += [h for prep in sorted(preps) for h in prep_objects(word, prep)]
    return heads + [c for h in heads for c in h.conjuncts]


def _distinct(found: list[ActorMention]) -> Iterator[ActorMention]:
    """One mention per country and span, in the order named."""
    seen: set[tuple[str | None, int]] = set()
    for mention in found:
        if (mention.country, mention.start) not in seen:
            seen.add((mention.country, mention.start))
            yield mention
