"""actors16: parties in general ("the parties involved", "relevant parties", "all parties
concerned") are no actor: the country the article's context lends them is a guess about whom
the speaker did not name. Parties named by a state, or "the two parties", are left alone."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.vague_actors import vague_actor
from detente.records import ActorMention

from middle_earth import code
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


def _chance_to_defuse(subject: str) -> list[tuple[str, str, str, str, int]]:
    """ "Gondor hopes that <subject> parties could grasp the chance to defuse the tensions." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1), ("hopes", "hope", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6), (subject, subject.lower(), "ADJ", "amod", 4),
        ("parties", "party", "NOUN", "nsubj", 6), ("could", "could", "AUX", "aux", 6),
        ("grasp", "grasp", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 8),
        ("chance", "chance", "NOUN", "dobj", 6), ("to", "to", "PART", "aux", 10),
        ("defuse", "defuse", "VERB", "acl", 8), ("the", "the", "DET", "det", 12),
        ("tensions", "tension", "NOUN", "dobj", 10), (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_whose_nearest_subject_above_is_parties_in_general_has_no_actor(coder) -> None:
    # lead23: the infinitive's doers are the "relevant parties" of the clause above, whom the
    # speaker did not name; neither they (a guess) nor the hoping Gondor (further up) act
    events = code(coder, _chance_to_defuse("relevant"), tags={4: "NNS"})
    assert not [e for e in events if e.trigger.text.startswith("defuse")]


def test_an_act_whose_subject_above_is_a_named_states_parties_keeps_it(coder) -> None:
    # "Gondor hopes that Arnorian parties could grasp the chance to defuse the tensions."
    events = code(coder, _chance_to_defuse("Arnorian"), tags={4: "NNS"},
                  ents=((3, 4, "NORP"),))  # fmt: skip
    [event] = [e for e in events if e.trigger.text.startswith("defuse")]
    assert {m.country for m in event.actor} == {"ARN"}


def _efforts_by(subject: str) -> list[tuple[str, str, str, str, int]]:
    """ "Gondor welcomed efforts by <subject> parties to defuse the tensions." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1), ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("efforts", "effort", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 2),
        (subject, subject.lower(), "ADJ", "amod", 5), ("parties", "party", "NOUN", "pobj", 3),
        ("to", "to", "PART", "aux", 7), ("defuse", "defuse", "VERB", "acl", 2),
        ("the", "the", "DET", "det", 9), ("tensions", "tension", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_infinitive_on_efforts_by_parties_in_general_has_no_actor(coder) -> None:
    # lead23: "efforts by relevant parties to defuse": the noun's makers name no one
    events = code(coder, _efforts_by("relevant"), tags={5: "NNS", 7: "VB"})
    assert not [e for e in events if e.trigger.text.startswith("defuse")]


def test_an_infinitive_on_efforts_by_a_named_states_parties_is_theirs(coder) -> None:
    events = code(coder, _efforts_by("Arnorian"), tags={5: "NNS", 7: "VB"},
                  ents=((4, 5, "NORP"),))  # fmt: skip
    [event] = [e for e in events if e.trigger.text.startswith("defuse")]
    assert {m.country for m in event.actor} == {"ARN"}
