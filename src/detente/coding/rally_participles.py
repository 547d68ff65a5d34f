"""Whose demand a closing participle voices when a clause of time sits between it and the main
clause: "teachers rallied outside parliament as lawmakers debated the budget, *demanding* a pay
rise", "police fired tear gas as protesters marched, *demanding* the release of prisoners". The
parser hangs the participle on either clause; English leaves its subject to sense. A demand or
protest continues the protest told beside it: when exactly one of the two clauses is a protest
("rallied", "marched", "protested"), the participle voices what that clause's subject assembled
for. With both or neither a protest, the parse stands ("police fired tear gas as protesters
marched, chanting slogans" is no demand)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.coding.syntax import child, subject_of
from detente.lexicons.english import english

GERUND_TAG = "VBG"


def voiced_by_rally(coder: Coder, match: Match) -> Match:
    """The match with the protesting clause's subject as actor, when the trigger is a closing
    demand or protest participle beside a main clause and a clause of time of which only one
    tells a protest; else the match as it is."""
    codes = english().codes
    if match.cameo[:2] not in codes.request_roots | {codes.protest_root}:
        return match
    pair = _clauses(match.head)
    if pair is None:
        return match
    main, timed = pair
    protests = [v for v in (main, timed) if _a_protest(coder, v)]
    if len(protests) != 1:
        return match
    subject = subject_of(protests[0])
    return replace(match, actor=subject) if subject is not None else match


def _clauses(verb: Token) -> tuple[Token, Token] | None:
    """The main clause and the clause of time a closing participle follows, whichever of the
    two the parser hung it on; None for any other participle."""
    if verb.tag_ != GERUND_TAG or verb.dep_ != "advcl" or verb.head.i > verb.i:
        return None
    if child(verb, "nsubj", "nsubjpass", "mark", "aux") is not None:
        return None
    head = verb.head
    if _timed(head):
        return head.head, head  # hung on "as lawmakers debated"
    timed = [c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i]
    return (head, timed[-1]) if timed and _timed(timed[-1]) else None


def _timed(clause: Token) -> bool:
    """An adverbial clause opened by "as", "while" or "when", with a subject of its own."""
    marks = english().senses.sequence_marks
    return (
        clause.dep_ == "advcl"
        and clause.head.i != clause.i
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
        and child(clause, "nsubj") is not None
    )


def _a_protest(coder: Coder, verb: Token) -> bool:
    root = english().codes.protest_root
    return any(p.cameo[:2] == root for p in coder.verbs.by_verb.get(verb.lemma_.lower(), ()))
