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

from middle_earth import DATE, blew_themselves_up_rows, code, parties
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
    rows = blew_themselves_up_rows(
        ("near", "near", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "poss", 10),
        ("'s", "'s", "PART", "case", 7),
        ("border", "border", "NOUN", "compound", 10),
        ("guards", "guard", "NOUN", "pobj", 6),
    )
    events = code(coder, rows, tags={0: "NNPS", 2: "PRP", 10: "NNS"})
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].recipient == ()


def _pressed_in_relations(owner: tuple[str, str, str, str]) -> list:
    """ "Mordor protested. Aragorn urged a pause in <owner> relations with Arnor." """
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        (*PUNCT, 1),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 4),
        ("urged", "urge", "VERB", "ROOT", 4),
        ("a", "a", "DET", "det", 6),
        ("pause", "pause", "NOUN", "dobj", 4),
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
    assert event.trigger.text == "urged"
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


# --- talks "with" a party, proposed by the clause's subject ----------------------------------


def _talks_with(verb: tuple[str, str]) -> list:
    """ "Gondor <verb> to a truce and talks with the Orcs." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        ("truce", "truce", "NOUN", "pobj", 2),
        ("and", "and", "CCONJ", "cc", 4),
        ("talks", "talk", "NOUN", "conj", 4),
        ("with", "with", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 9),
        ("Orcs", "Orc", "PROPN", "pobj", 7),
        (*PUNCT, 1),
    ]


def test_who_agrees_to_talks_with_a_party_is_the_other_side_of_them(coder: Coder) -> None:
    events = code(coder, _talks_with(("agreed", "agree")), tags={6: "NNS", 9: "NNPS"})
    talks = [e for e in events if e.trigger.text == "talks"]
    assert [(parties(e.actor), [m.text for m in e.recipient]) for e in talks] == [
        ([("GND", None, "user")], ["the Orcs"])
    ]


def test_talks_under_a_verb_that_proposes_nothing_keep_the_party_named_with_them(
    coder: Coder,
) -> None:
    # "Gondor objected to a truce and talks with the Orcs": Gondor is no side of those talks
    events = code(coder, _talks_with(("objected", "object")), tags={6: "NNS", 9: "NNPS"})
    talks = [e for e in events if e.trigger.text == "talks"]
    assert all(m.country != "GND" for e in talks for m in e.actor)


# --- coordinated names of people acted on -----------------------------------------------------


def test_each_of_two_named_people_found_guilty_is_a_recipient(coder: Coder) -> None:
    # "A Gondorian court found Frodo Baggins and Samwise guilty.", the names parsed as the
    # subject of "guilty" and its conjunct
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "gondorian", "ADJ", "amod", 2),
        ("court", "court", "NOUN", "nsubj", 3),
        ("found", "find", "VERB", "ROOT", 3),
        ("Frodo", "Frodo", "PROPN", "compound", 5),
        ("Baggins", "Baggins", "PROPN", "nsubj", 8),
        ("and", "and", "CCONJ", "cc", 5),
        ("Samwise", "Samwise", "PROPN", "conj", 5),
        ("guilty", "guilty", "ADJ", "ccomp", 3),
        (*PUNCT, 3),
    ]
    [event] = code(coder, rows, ents=((4, 6, "PERSON"), (7, 8, "PERSON")))
    assert event.pattern_id == "accuse.find-guilty"
    assert [m.text for m in event.recipient] == ["Frodo Baggins", "Samwise"]


# --- a protest ended ------------------------------------------------------------------------


def test_ending_a_protest_that_names_no_target_concedes_to_the_protesters_government(
    coder: Coder,
) -> None:
    # "Gondorian students called off their strike.": CAMEO 082, the mirror of the protest
    rows = [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("students", "student", "NOUN", "nsubj", 2),
        ("called", "call", "VERB", "ROOT", 2),
        ("off", "off", "ADP", "prt", 2),
        ("their", "their", "PRON", "poss", 5),
        ("strike", "strike", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, tags={1: "NNS", 4: "PRP$"})
    assert event.cameo == "082"
    assert parties(event.recipient) == [("GND", "GOV", "implied")]


# --- a meeting between named sides ------------------------------------------------------------


def test_talks_between_two_named_sides_are_theirs_not_the_welcoming_subjects(
    coder: Coder,
) -> None:
    # "Mordor welcomed the talks between Gondor and Arnor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("between", "between", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 5),
        ("Arnor", "Arnor", "PROPN", "conj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={3: "NNS"})
    talks = [e for e in events if e.trigger.text == "talks"]
    assert [([m.country for m in e.actor], [m.country for m in e.recipient]) for e in talks] == [
        (["GND"], ["ARN"])
    ]


def test_talks_between_two_sides_of_one_country_are_split_at_their_coordination(
    coder: Coder,
) -> None:
    # "Mordor welcomed the talks between Gondorian officials and Gondorian rebels."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("between", "between", "ADP", "prep", 3),
        ("Gondorian", "gondorian", "ADJ", "amod", 6),
        ("officials", "official", "NOUN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 6),
        ("Gondorian", "gondorian", "ADJ", "amod", 9),
        ("rebels", "rebel", "NOUN", "conj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={3: "NNS", 6: "NNS", 9: "NNS"})
    [talks] = [e for e in events if e.trigger.text == "talks"]
    assert [(m.text, m.sector) for m in talks.actor] == [("Gondorian officials", "GOV")]
    assert [(m.text, m.sector) for m in talks.recipient] == [("Gondorian rebels", "REB")]


# --- "him" after a person noun ----------------------------------------------------------------


def _arrested_and_charged(person: tuple[str, str], pronoun: str) -> list:
    """ "Police in Bree arrested a <person> and charged <pronoun>." """
    return [
        ("Police", "police", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Bree", "Bree", "PROPN", "pobj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        (*person, "NOUN", "dobj", 3),
        ("and", "and", "CCONJ", "cc", 3),
        ("charged", "charge", "VERB", "conj", 3),
        (pronoun, pronoun, "PRON", "dobj", 7),
        (*PUNCT, 3),
    ]


def test_him_stands_for_the_person_noun_before_it_in_its_sentence(coder: Coder) -> None:
    rows = _arrested_and_charged(("man", "man"), "him")
    events = code(coder, rows, ents=((2, 3, "GPE"),), tags={8: "PRP"})
    [charged] = [e for e in events if e.trigger.text.startswith("charged")]
    assert [(m.text, m.country, m.sector) for m in charged.recipient] == [("a man", "ARN", "CVL")]


def test_her_does_not_stand_for_a_man(coder: Coder) -> None:
    rows = _arrested_and_charged(("man", "man"), "her")
    events = code(coder, rows, ents=((2, 3, "GPE"),), tags={8: "PRP"})
    charged = [e for e in events if e.trigger.text.startswith("charged")]
    assert all(m.text != "a man" for e in charged for m in e.recipient)
