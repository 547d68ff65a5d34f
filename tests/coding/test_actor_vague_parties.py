"""actors16: parties in general ("the parties involved", "relevant parties", "all parties
concerned") are no actor: the country the article's context lends them is a guess about whom
the speaker did not name. Parties named by a state, or "the two parties", are left alone."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.vague_actors import vague_actor
from detente.records import ActorMention

from support import build_doc


def _guessed(text: str) -> tuple[ActorMention, ...]:
    return (ActorMention(text=text, start=0, end=len(text), country="GND", sector="PTY",
                         rule="context"),)  # fmt: skip


def _parties(*rows: tuple[str, str, str, str, int]) -> Token:
    doc = build_doc(list(rows), tags={i: "NNS" for i, r in enumerate(rows) if r[1] == "party"})
    return next(t for t in doc if t.lemma_ == "party")


def test_the_parties_involved_are_no_actor() -> None:
    head = _parties(("The", "the", "DET", "det", 1), ("parties", "party", "NOUN", "nsubj", 3),
                    ("involved", "involve", "VERB", "acl", 1), ("rejected", "reject", "VERB",
                    "ROOT", 3))  # fmt: skip
    assert vague_actor(head, _guessed("The parties"))


def test_relevant_parties_are_no_actor() -> None:
    head = _parties(("Relevant", "relevant", "ADJ", "amod", 1),
                    ("parties", "party", "NOUN", "nsubj", 2), ("met", "meet", "VERB", "ROOT", 2))
    assert vague_actor(head, _guessed("Relevant parties"))


def test_the_parties_alone_keep_their_guess() -> None:
    head = _parties(("The", "the", "DET", "det", 1), ("parties", "party", "NOUN", "nsubj", 2),
                    ("met", "meet", "VERB", "ROOT", 2))
    assert not vague_actor(head, _guessed("The parties"))


def test_parties_named_by_a_state_stand() -> None:
    head = _parties(("Relevant", "relevant", "ADJ", "amod", 1),
                    ("parties", "party", "NOUN", "nsubj", 2), ("met", "meet", "VERB", "ROOT", 2))
    named = (ActorMention(text="Gondorian parties", start=0, end=17, country="GND",
                          sector="PTY", rule="demonym"),)  # fmt: skip
    assert not vague_actor(head, named)
