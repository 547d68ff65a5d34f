"""Recipients coordinated with the one a pattern found: "X, Y and Z", and names the parser
hung on the verb or on the thing before the recipient."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.recipients import (
    Mentions,
    Resolve,
    antecedent,
    named_country,
    referred_recipient,
)
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.records import ActorMention

# Tags of a verb's finite or base forms: a conjunct led by one is a clause, not a party.
VERB_FORM_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD"})


def verb_led(conj: Token, verbs: Container[str]) -> bool:
    """ "close the consulate in St. Petersburg *and expel* foreign diplomats": a conjunct led by
    a verb is a second act coordinated with the first, which the parser hung on the object's
    noun (often tagging the verb an adjective); it is no party and no part of one."""
    lead = conj.left_edge
    if lead.tag_ in VERB_FORM_TAGS:
        return True
    word = lead.lower_
    return lead.tag_ == "JJ" and word in verbs and word not in english().senses.verb_adjectives


def verb_conjunct_end(head: Token, end: int, verbs: Container[str]) -> int:
    """The end of ``head``'s phrase cut before its first verb-led conjunct and its "and"."""
    for conj in (c for c in head.children if c.dep_ == "conj" and c.i < end):
        if verb_led(conj, verbs):
            cut = min([c.i for c in head.children if c.dep_ in ("cc", "punct") and c.i < conj.i
                       and c.i > head.i] + [conj.left_edge.i])  # fmt: skip
            return min(end, cut)
    return end


def _conjuncts(head: Token) -> Iterator[Token]:
    """The heads coordinated with ``head`` ("X, Y and Z"), in the order written.

    Only a coordination with its "and"/"or": a "conj" with none ("the owners, Brian Connors,
    ... said") is a parse of an apposition or of a new clause's subject.
    """
    queue = [c for c in head.children if c.dep_ == "conj"]
    members = [head, *queue]
    while queue:
        conj = queue.pop(0)
        more = [c for c in conj.children if c.dep_ == "conj"]
        queue.extend(more)
        members += more
    if not any(c.dep_ == "cc" for m in members for c in m.children):
        return
    yield from members[1:]


def _stray_conjuncts(head: Token) -> Iterator[Token]:
    """ "outlawed the National Congress (NC) and the Freedom Party", "imposed sanctions on the
    Republic (CAR) and the Congo": a name coordinated with the recipient that the parser hung
    on the verb, or on the thing the recipient's preposition follows (a bracketed acronym
    often breaks the coordination so). Verbs and things are not coordinated with names."""
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    elif head.dep_ != "dobj":
        return
    if governor.i == head.i or governor.pos_ == "PROPN":
        return
    cc = [c.i for c in governor.children if c.dep_ == "cc" and c.i > head.i]
    for conj in governor.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or not any(i < conj.i for i in cc):
            continue
        if child(conj, "nsubj", "nsubjpass") is None:  # a clause of its own is no party
            yield conj


def conjoined_recipients(
    resolve: Resolve,
    head: Token | None,
    found: Mentions,
    ctx: ArticleState,
    actor_head: Token | None,
    actor: Mentions,
    verbs: Container[str] = (),
    *,
    unknown: Callable[[Token], Mentions] | None = None,
) -> Mentions:
    """ "detained the head of Amnesty, Idil Eser, and other rights activists": each conjunct
    of the recipient that the coded words do not reach is a recipient of its own (a conjunct led
    by a verb of ``verbs`` is a second act, not a party).

    A long coordination is cut to the words around its first head, so later conjuncts are read
    one by one; the actor's own words are never taken back as its recipient. ``unknown`` reads
    a conjunct no lexicon codes ("arrested X, *Ilse Moor* and Y": a name of a person acted on).
    """
    head = antecedent(head)
    if head is None:
        return found
    covered = [(m.start, m.end) for m in (*found, *actor)]
    extra: list[ActorMention] = []
    for conj in _conjuncts(head):
        if verb_led(conj, verbs):
            break  # the coordination of parties ends where a verb's begins
        if any(start <= conj.idx < end for start, end in covered):
            continue
        more = referred_recipient(resolve, conj, ctx, actor_head, actor)
        if not more and unknown is not None:
            more = unknown(conj)
        new = [m for m in more if not any(s < m.end and m.start < e for s, e in covered)]
        covered += [(m.start, m.end) for m in new]
        extra += new
    if found and not extra:
        for conj in _stray_conjuncts(head):
            more = referred_recipient(resolve, conj, ctx, actor_head, actor)
            # only a party named in words: "and the Congo", never a guess from context
            extra += [m for m in more if named_country((m,)) and m.start > found[-1].start]
    return (*found, *extra)
