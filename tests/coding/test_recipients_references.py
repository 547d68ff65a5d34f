"""Recipients read through what the words refer to: a person named with no country in a text
that cannot place them, the owner of the thing a trigger names, a pronoun standing for people
named before it, a title set before the next clause's subject, and "their" after a counted
plural (coding/placement.py, coding/beyond_slot.py, coding/recipients.py,
coding/party_mentions.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.recipients import agrees_with_actor
from detente.records import ActorMention

from middle_earth import code, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


# --- a named person acted on, in a text that cannot place them ----------------------------


def _met(name: tuple[str, ...], *more: tuple) -> list:
    """ "Gondor met <name>[ <more>]." (the name's last word heads it, token 1 + len)."""
    head = 1 + len(name)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        *((word, word, "PROPN", "compound", head) for word in name[:-1]),
        (name[-1], name[-1], "PROPN", "dobj", 1),
        *more,
    ]
    return [*rows, (*PUNCT, 1)]


def test_a_named_person_acted_on_in_a_placeless_sentence_is_kept_with_no_country(
    coder: Coder,
) -> None:
    [event] = code(coder, _met(("Samwise", "Gamgee")), ents=((2, 4, "PERSON"),))
    assert [m.text for m in event.recipient] == ["Samwise Gamgee"]
    assert parties(event.recipient) == [(None, "CVL", "named-person")]


def test_a_named_person_is_placed_by_the_event_place_not_kept_without_country(
    coder: Coder,
) -> None:
    rows = _met(("Samwise", "Gamgee"), ("in", "in", "ADP", "prep", 1),
                     ("Bree", "Bree", "PROPN", "pobj", 4))  # fmt: skip
    [event] = code(coder, rows, ents=((2, 4, "PERSON"), (5, 6, "GPE")))
    assert parties(event.recipient) == [("ARN", "CVL", "location")]


def test_a_code_the_tagger_took_for_a_person_is_no_person_kept_without_country(
    coder: Coder,
) -> None:
    # "Gondor met COVID-19.": not written as a surname is
    [event] = code(coder, _met(("COVID-19",)), ents=((2, 3, "PERSON"),))
    assert event.recipient == ()


# --- the owner of the thing the trigger names ----------------------------------------------


def _violated_truce(subject: tuple[tuple, ...], owner: str) -> list:
    """ "<subject> violated <owner>'s truce." (the subject's last word heads it)."""
    n = len(subject)
    verb = n
    rows = [
        *((w, lemma, pos, "amod" if i < n - 1 else "nsubj", n - 1 if i < n - 1 else verb)
          for i, (w, lemma, pos) in enumerate(subject)),
        ("violated", "violate", "VERB", "ROOT", verb),
        (owner, owner, "PROPN", "poss", n + 3),
        ("'s", "'s", "PART", "case", n + 1),
        ("truce", "truce", "NOUN", "dobj", verb),
    ]  # fmt: skip
    return [*rows, (*PUNCT, verb)]


def test_the_owner_of_a_broken_truce_is_its_recipient_in_the_actors_own_country(
    coder: Coder,
) -> None:
    # "Gondorian rebels violated Gondor's truce": the rebels are Gondorian, the truce Gondor's
    rows = _violated_truce((("Gondorian", "gondorian", "ADJ"), ("rebels", "rebel", "NOUN")),
                           "Gondor")  # fmt: skip
    [event] = code(coder, rows, tags={1: "NNS"})
    assert event.pattern_id == "assault.violate-ceasefire"
    assert [(m.country, m.sector) for m in event.actor] == [("GND", "REB")]
    assert [(m.text, m.country) for m in event.recipient] == [("Gondor", "GND")]


def test_a_state_is_not_the_recipient_of_breaking_its_own_truce(coder: Coder) -> None:
    [event] = code(coder, _violated_truce((("Gondor", "Gondor", "PROPN"),), "Gondor"))
    assert event.recipient == ()


# --- a pronoun standing for the people named before it -------------------------------------


def _held_and_freed(people: str, lemma: str) -> list:
    """ "Orcs held 200 <people> and later freed them." """
    return [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("held", "hold", "VERB", "ROOT", 1),
        ("200", "200", "NUM", "nummod", 3),
        (people, lemma, "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("later", "later", "ADV", "advmod", 6),
        ("freed", "free", "VERB", "conj", 1),
        ("them", "they", "PRON", "dobj", 6),
        (*PUNCT, 1),
    ]


def test_them_stands_for_the_people_named_before_it_in_the_sentence(coder: Coder) -> None:
    rows = _held_and_freed("Gondorians", "Gondorian")
    events = code(coder, rows, tags={0: "NNPS", 3: "NNS", 7: "PRP"})
    freed = [e for e in events if e.trigger.text == "freed"]
    assert [(m.text, m.country) for m in freed[0].recipient] == [("200 Gondorians", "GND")]


def test_them_after_a_thing_is_no_party(coder: Coder) -> None:
    # "Orcs held 200 barrels and later freed them": barrels are nobody
    rows = _held_and_freed("barrels", "barrel")
    events = code(coder, rows, tags={0: "NNPS", 3: "NNS", 7: "PRP"})
    assert all(e.recipient == () for e in events if e.trigger.text == "freed")


# --- a title set off before the next clause's subject ---------------------------------------


def test_a_title_before_the_next_subjects_name_is_not_an_apposition_of_the_recipient(
    coder: Coder,
) -> None:
    # "Gondor met Aragorn, Arnorian chief Halbarad was not there."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "advcl", 8),
        ("Aragorn", "Aragorn", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 5),
        ("chief", "chief", "NOUN", "appos", 2),
        ("Halbarad", "Halbarad", "PROPN", "nsubj", 7),
        ("was", "be", "AUX", "ROOT", 7),
        ("not", "not", "PART", "neg", 7),
        ("there", "there", "ADV", "advmod", 7),
        (*PUNCT, 7),
    ]
    rows[1] = ("met", "meet", "VERB", "advcl", 7)
    [event] = code(coder, rows, ents=((2, 3, "PERSON"), (6, 7, "PERSON")))
    assert [m.text for m in event.recipient] == ["Aragorn"]
    assert {m.country for m in event.recipient} == {"GND"}


# --- "their" after a counted plural ---------------------------------------------------------


def test_their_agrees_with_a_subject_counted_as_several_whatever_its_tag() -> None:
    # "the five CEO confirmed their support": the tagger made "CEO" a singular proper noun
    doc = build_doc([
        ("the", "the", "DET", "det", 2),
        ("five", "five", "NUM", "nummod", 2),
        ("CEO", "CEO", "PROPN", "nsubj", 3),
        ("confirmed", "confirm", "VERB", "ROOT", 3),
        ("their", "their", "PRON", "poss", 5),
        ("support", "support", "NOUN", "dobj", 3),
    ], tags={1: "CD", 2: "NNP", 4: "PRP$"})  # fmt: skip
    actor = (ActorMention(text="the five CEO", start=0, end=12, country="GND", sector="BUS",
                          rule="reference"),)  # fmt: skip
    assert agrees_with_actor(doc[4], doc[2], actor)
    one = build_doc([
        ("the", "the", "DET", "det", 1),
        ("Steward", "Steward", "PROPN", "nsubj", 2),
        ("confirmed", "confirm", "VERB", "ROOT", 2),
        ("their", "their", "PRON", "poss", 4),
        ("support", "support", "NOUN", "dobj", 2),
    ], tags={1: "NNP", 3: "PRP$"})  # fmt: skip
    person = (ActorMention(text="the Steward", start=0, end=11, country="GND", sector="GOV",
                           rule="reference"),)  # fmt: skip
    assert not agrees_with_actor(one[3], one[1], person)
