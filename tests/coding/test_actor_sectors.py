"""Actors known by a sector word: pronouns that stand for them, infinitives they govern, and
texts with no place to give them a country (coding/parties.py, coding/placement.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor); rows are (word, lemma, POS,
dependency, head index).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from detente.coding.actor_clauses import infinitive_owner, pronoun_agrees
from detente.coding.actor_state import ActorMemory
from detente.coding.actors import load_actor_lexicon
from detente.coding.coder import ArticleState
from detente.coding.events import Coder
from detente.coding.match import Match
from detente.coding.placement import unplaced
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.records import ActorMention, Article

from middle_earth import code, parties
from support import build_doc


def _workers_will_not_end_strike(place: bool, *, hoped: bool = False) -> list:
    """ "Workers said they will not [might soon] end the strike [in Osgiliath]." """
    rows = [
        ("Workers", "worker", "NOUN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("they", "they", "PRON", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5),
        ("not", "not", "PART", "neg", 5),
        ("end", "end", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 7),
        ("strike", "strike", "NOUN", "dobj", 5),
    ]
    if hoped:
        rows[3], rows[4] = ("might", "might", "AUX", "aux", 5), ("soon", "soon", "ADV", "advmod", 5)
    if place:
        rows += [("in", "in", "ADP", "prep", 5), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 8)]
    return [*rows, (".", ".", "PUNCT", "punct", 1)]


def test_a_pronoun_in_a_reported_clause_stands_for_the_sector_noun_that_reports_it(
    coder: Coder,
) -> None:
    [event] = code(coder, _workers_will_not_end_strike(place=True), tags={0: "NNS"})
    assert event.pattern_id == "refusal+concede.end-protest"
    assert parties(event.actor) == [("GND", "LAB", "location")]
    assert event.actor[0].text == "Workers"


def test_with_no_place_in_the_text_a_sector_noun_acts_with_no_country(coder: Coder) -> None:
    [event] = code(coder, _workers_will_not_end_strike(place=False), tags={0: "NNS"})
    assert parties(event.actor) == [(None, "LAB", "agent")]


def test_a_plural_pronoun_does_not_stand_for_a_singular_noun(coder: Coder) -> None:
    # "The worker said they will not end the strike": no agreement, so no party from the clause
    rows = [("The", "the", "DET", "det", 1), *_workers_will_not_end_strike(place=False)]
    rows = [(w, lemma, pos, dep, head + 1 if i else head) for i, (w, lemma, pos, dep, head)
            in enumerate(rows)]  # fmt: skip
    rows[1] = ("worker", "worker", "NOUN", "nsubj", 2)
    assert code(coder, rows, tags={1: "NN"}) == ()


def test_pronouns_agree_in_number_and_in_being_a_person() -> None:
    doc = build_doc(
        [
            ("Rangers", "ranger", "NOUN", "nsubj", 1),
            ("and", "and", "CCONJ", "cc", 0),
            ("the", "the", "DET", "det", 4),
            ("council", "council", "NOUN", "nsubj", 6),
            ("it", "it", "PRON", "nsubj", 6),
            ("they", "they", "PRON", "nsubj", 6),
            ("said", "say", "VERB", "ROOT", 6),
            ("he", "he", "PRON", "nsubj", 6),
        ],
        tags={0: "NNS", 3: "NN"},
    )
    rangers, council, it, they, he = doc[0], doc[3], doc[4], doc[5], doc[7]
    assert pronoun_agrees(they, rangers) and not pronoun_agrees(it, rangers)
    assert pronoun_agrees(it, council) and pronoun_agrees(he, council)
    assert not pronoun_agrees(they, council) and not pronoun_agrees(he, rangers)


def _police_fired_gas_to_break_up(thing: str, lemma: str) -> list:
    """ "Gondorian police fired <thing> to break up protests." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("fired", "fire", "VERB", "ROOT", 2),
        (thing, lemma, "NOUN", "dobj", 2),
        ("to", "to", "PART", "aux", 5),
        ("break", "break", "VERB", "xcomp", 2),
        ("up", "up", "ADP", "prt", 5),
        ("protests", "protest", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_an_infinitive_the_parser_gave_a_things_object_belongs_to_the_subject(
    coder: Coder,
) -> None:
    events = code(coder, _police_fired_gas_to_break_up("teargas", "teargas"))
    [dispersal] = [e for e in events if e.pattern_id == "coerce.disperse"]
    assert parties(dispersal.actor) == [("GND", "COP", "user")]


def test_a_person_object_is_the_one_who_does_the_infinitive(coder: Coder) -> None:
    # "Gondorian police hired the innkeeper to break up protests": not the police's own act
    events = code(coder, _police_fired_gas_to_break_up("innkeeper", "innkeeper"))
    assert not [e for e in events if e.pattern_id == "coerce.disperse"]


def _mention(country: str | None, sector: str | None, rule: str) -> ActorMention:
    return ActorMention(text="x", start=0, end=1, country=country, sector=sector, rule=rule)


def _state(
    place_counts: dict[str, int], named: tuple[str, ...] = (), sentences: int = 1
) -> ArticleState:
    """An article of ``sentences`` sentences whose places are ``named`` (none of them settled)
    and counted as given."""
    words = ["Rangers", "rode", "."] * sentences
    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[i % 3 == 0 for i in range(len(words))])  # fmt: skip
    article = Article(doc_id="t", origin="test", text=doc.text, date=dt.date(2020, 1, 1))
    mentions = tuple(
        PlaceMention(text=name, start=None, end=None, root=-1, candidates=()) for name in named
    )
    places = ArticlePlaces(
        mentions=mentions, countries=frozenset(), divisions=frozenset(), dateline=None
    )
    return ArticleState(article=article, doc=doc, memory=ActorMemory(), context="",
                        places=places, place_counts=place_counts)  # fmt: skip


def test_only_sector_nouns_in_one_sentence_without_places_act_unplaced() -> None:
    senate = _mention(None, "LEG", "agent")
    person = _mention(None, "CVL", "named-person")
    assert unplaced((senate, person), _state({})) == (senate,)
    # a text that names places, none of which placed the party: it stays out
    assert unplaced((senate,), _state({"GND": 2})) == ()
    # nor in one that names a place the gazetteer could not settle ("Middle Farthing")
    assert unplaced((senate,), _state({}, named=("Middle Farthing",))) == ()
    # nor in an article of several sentences, whose geography we failed to read
    assert unplaced((senate,), _state({}, sentences=3)) == ()


@pytest.fixture(scope="module")
def shipped(coder: Coder) -> Coder:
    """The coder with the shipped actors: seats of power and regions carry their own rules
    there (a user's file codes every entry by the rule "user")."""
    return replace(coder, actors=load_actor_lexicon())


def _condemned_attack(modifier: str, pos: str) -> list:
    """ "Arnor condemned the <modifier> attack on Rangers." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        (modifier, modifier, pos, "compound" if pos == "PROPN" else "amod", 4),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 4),
        ("Rangers", "ranger", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


@pytest.mark.parametrize("place", ["Ankara", "Ghazni"])
def test_a_seat_of_power_or_region_before_an_attack_noun_is_where_it_happened(
    shipped: Coder, place: str
) -> None:
    # "the Ankara attack", "the Ghazni attack": the city or province does not attack
    events = code(shipped, _condemned_attack(place, "PROPN"))
    assert not [e for e in events if e.event_type == "ASSAULT"]


def test_a_demonym_before_an_attack_noun_names_the_attackers(shipped: Coder) -> None:
    events = code(shipped, _condemned_attack("Turkish", "ADJ"))
    [attack] = [e for e in events if e.event_type == "ASSAULT"]
    assert [m.country for m in attack.actor] == ["TUR"]


def test_an_infinitive_on_a_noun_is_done_by_the_nouns_owner(coder: Coder) -> None:
    # "Gondor condemned Arnor's decision to expel the envoys.": Arnor expels, not Gondor
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("decision", "decision", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 6),
        ("expel", "expel", "VERB", "acl", 4),
        ("the", "the", "DET", "det", 8),
        ("envoys", "envoy", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows)
    expulsions = [e for e in events if e.trigger.text.startswith("expel")]
    assert expulsions and all([m.country for m in e.actor] == ["ARN"] for e in expulsions)


def test_a_subjectless_complement_is_done_by_the_subject_above(coder: Coder) -> None:
    # "Gondor let free 74 Rangers.": the parser reads "free" as a complement clause
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("let", "let", "VERB", "ROOT", 1),
        ("free", "free", "VERB", "ccomp", 1),
        ("74", "74", "NUM", "nummod", 4),
        ("Rangers", "ranger", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [release] = [e for e in code(coder, rows) if e.trigger.text == "free"]
    assert [m.country for m in release.actor] == ["GND"]


def test_an_infinitive_on_a_request_is_not_done_by_the_requester(coder: Coder) -> None:
    # "Gondor rejected Arnor's request to expel the envoys.": Gondor was asked; Arnor expels no one
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("request", "request", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 6),
        ("expel", "expel", "VERB", "acl", 4),
        ("the", "the", "DET", "det", 8),
        ("envoys", "envoy", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    expulsions = [e for e in code(coder, rows) if e.trigger.text.startswith("expel")]
    assert all("ARN" not in [m.country for m in e.actor] for e in expulsions)


def test_a_pronoun_owner_of_an_infinitive_is_left_to_the_clause_above() -> None:
    # "Rangers improved their ability to cooperate": "their" is not resolved as the owner here
    doc = build_doc(
        [
            ("Rangers", "ranger", "NOUN", "nsubj", 1),
            ("improved", "improve", "VERB", "ROOT", 1),
            ("their", "their", "PRON", "poss", 3),
            ("ability", "ability", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5),
            ("cooperate", "cooperate", "VERB", "acl", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    match = Match(head=doc[5], trigger=(5, 6), pattern_id="p", cameo="060", actor=None,
                  recipient=None, symmetric=False)  # fmt: skip
    assert infinitive_owner(match) is None
    doc[2].pos_ = "PROPN"  # "Gondor's ability to cooperate": a named owner does it
    owner = infinitive_owner(match)
    assert owner is not None and owner.i == 2
