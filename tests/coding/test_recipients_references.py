"""Recipients read through what the words refer to: a person named with no country in a text
that cannot place them, the owner of the thing a trigger names, a pronoun standing for people
named before it, a title set before the next clause's subject, and "their" after a counted
plural (coding/placement.py, coding/beyond_slot.py, coding/recipients.py,
coding/party_mentions.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.coding.recipients import agrees_with_actor
from detente.records import ActorMention, Article

from middle_earth import DATE, code, parties
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


# --- the actor again, and a circumstance's owner ---------------------------------------------


def test_a_reflexive_object_is_the_actor_again_and_no_recipient_is_searched(coder: Coder) -> None:
    # "Orcs blew themselves up in Osgiliath near Arnor's border guards.": nobody else is hit
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("blew", "blow", "VERB", "ROOT", 1),
        ("themselves", "themselves", "PRON", "dobj", 1),
        ("up", "up", "ADP", "prt", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        ("near", "near", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "poss", 10),
        ("'s", "'s", "PART", "case", 7),
        ("border", "border", "NOUN", "compound", 10),
        ("guards", "guard", "NOUN", "pobj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={0: "NNPS", 2: "PRP", 10: "NNS"})
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].recipient == ()


def _pressed_in_relations(owner: tuple[str, str, str, str]) -> list:
    """ "Mordor spoke. Gondor pressed the button in <owner> relations with Arnor." """
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        (*PUNCT, 1),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 4),
        ("pressed", "press", "VERB", "ROOT", 4),
        ("the", "the", "DET", "det", 6),
        ("button", "button", "NOUN", "dobj", 4),
        ("in", "in", "ADP", "prep", 4),
        (*owner, 9),
        ("relations", "relation", "NOUN", "pobj", 7),
        ("with", "with", "ADP", "prep", 9),
        ("Arnor", "Arnor", "PROPN", "pobj", 10),
        (*PUNCT, 4),
    ]


def _code_two(coder: Coder, rows: list, tags: dict[int, str]) -> tuple:
    """Code hand-built rows whose second sentence starts at token 3 (a person's name)."""
    doc = build_doc(rows, tags=tags, starts=(0, 3))
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    article = Article(doc_id="t2", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def test_a_things_possessive_pronoun_below_the_trigger_is_passed_for_the_party_named_after(
    coder: Coder,
) -> None:
    # "its" is not the person's own, and would be read as Mordor, the party named last
    rows = _pressed_in_relations(("its", "its", "PRON", "poss"))
    event = _code_two(coder, rows, tags={8: "PRP$", 9: "NNS"})[-1]
    assert event.trigger.text == "pressed"
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]
