"""People acted on as local crime news names them: a private person after their age, and the
pronoun subject of a passive standing for the person or people named before it
(coding/party_mentions.py, coding/recipients.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.coding.party_mentions import is_age
from detente.coding.recipients import object_form
from detente.coding.syntax import is_passive
from detente.records import Article, Event

from middle_earth import DATE, code, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")
HYPHEN = ("-", "-", "PUNCT", "punct")


# --- a private person after their age -------------------------------------------------------


def _arrested(age: tuple[tuple, ...]) -> list:
    """ "Gondorian police arrested <age> Bilbo Baggins in Osgiliath." (age words hang on the
    name, token 3 + len(age) + 1)."""
    name = 3 + len(age) + 1
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        *((word, lemma, pos, "amod", name) for word, lemma, pos in age),
        ("Bilbo", "Bilbo", "PROPN", "compound", name),
        ("Baggins", "Baggins", "PROPN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", name + 1),
        (*PUNCT, 2),
    ]


AGED = (
    ("31", "31", "NUM"), HYPHEN[:3], ("year", "year", "NOUN"), HYPHEN[:3], ("old", "old", "ADJ")
)


def test_a_person_named_after_their_age_is_a_private_citizen_of_where_it_happened(
    coder: Coder,
) -> None:
    rows = _arrested(AGED)
    ents = ((3, 8, "DATE"), (8, 10, "PERSON"), (11, 12, "GPE"))
    [event] = code(coder, rows, ents=ents, joined=(3, 4, 5, 6))
    [recipient] = event.recipient
    assert (recipient.country, recipient.sector, recipient.name) == ("GND", "CVL", "Bilbo Baggins")
    assert recipient.text == "Bilbo Baggins"


def test_a_word_before_the_name_that_is_no_age_still_makes_no_private_person(
    coder: Coder,
) -> None:
    # "... arrested famous Bilbo Baggins ...": the phrase is more than a name and an age
    rows = _arrested((("famous", "famous", "ADJ"),))
    [event] = code(coder, rows, ents=((4, 6, "PERSON"), (7, 8, "GPE")))
    assert all(m.rule != "named-person" and m.name != "Bilbo Baggins" for m in event.recipient)


def test_an_age_is_a_number_a_unit_of_time_and_old() -> None:
    doc = build_doc(
        [("a", "a", "DET", "det", 6), ("31", "31", "NUM", "nummod", 3), (*HYPHEN, 3),
         ("year", "year", "NOUN", "npadvmod", 5), (*HYPHEN, 5), ("old", "old", "ADJ", "amod", 6),
         ("man", "man", "NOUN", "ROOT", 6),
         ("31", "31", "NUM", "nummod", 9), (*HYPHEN, 9), ("mile", "mile", "NOUN", "npadvmod", 11),
         (*HYPHEN, 11), ("long", "long", "ADJ", "ROOT", 11)],
        joined=(1, 2, 3, 4, 7, 8, 9, 10),
    )  # fmt: skip
    assert is_age(doc[0:6])
    assert not is_age(doc[7:12])  # "31-mile-long" measures a thing, not a person's age


# --- a pronoun subject of a passive ---------------------------------------------------------


def _named_then_arrested(names: tuple[str, ...], subject: tuple[str, str]) -> list:
    """ "<names, joined by 'and'> live in Osgiliath. <subject> was/were arrested by Gondorian
    police." Each name is one token; the second sentence starts after the first's full stop."""
    verb = 2 * len(names) - 1
    first: list[tuple] = []
    for i, name in enumerate(names):
        if i:
            first.append(("and", "and", "CCONJ", "cc", 0))
        first.append((name, name, "PROPN", "conj" if i else "nsubj", 0 if i else verb))
    first += [("live", "live", "VERB", "ROOT", verb), ("in", "in", "ADP", "prep", verb),
              ("Osgiliath", "Osgiliath", "PROPN", "pobj", verb + 1), (*PUNCT, verb)]  # fmt: skip
    s = len(first)
    were = "were" if subject[1] == "both" else "was"
    second = [
        (subject[0], subject[1], "PRON", "nsubjpass", s + 2), (were, "be", "AUX", "auxpass", s + 2),
        ("arrested", "arrest", "VERB", "ROOT", s + 2), ("by", "by", "ADP", "agent", s + 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", s + 5),
        ("police", "police", "NOUN", "pobj", s + 3), (*PUNCT, s + 2),
    ]  # fmt: skip
    return first + second


def _code_two(coder: Coder, rows: list, names: int) -> tuple[Event, ...]:
    """Code the two sentences of ``_named_then_arrested``, each name a PERSON entity."""
    start = 2 * names - 1 + 4
    doc = build_doc(rows, starts=(0, start))
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in range(0, 2 * names - 1, 2)] + [
        Span(doc, start - 2, start - 1, label="GPE")
    ]
    article = Article(doc_id="t", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def test_he_as_a_passives_subject_is_the_person_named_before(coder: Coder) -> None:
    # "Faramir lives in Osgiliath. He was arrested by Gondorian police."
    events = _code_two(coder, _named_then_arrested(("Faramir",), ("He", "he")), 1)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    [recipient] = arrest.recipient
    assert (recipient.country, recipient.sector, recipient.text) == ("GND", "CVL", "He")


def test_he_as_a_passives_subject_with_no_person_before_stays_unknown(coder: Coder) -> None:
    rows = _named_then_arrested(("Faramir",), ("He", "he"))[5:]
    rows = [(w, lemma, pos, dep, head - 5) for w, lemma, pos, dep, head in rows]
    [arrest] = code(coder, rows)
    assert arrest.recipient == ()


def test_both_as_a_passives_subject_is_each_person_named_together_before(coder: Coder) -> None:
    # "Faramir and Boromir live in Osgiliath. Both were arrested by Gondorian police."
    events = _code_two(coder, _named_then_arrested(("Faramir", "Boromir"), ("Both", "both")), 2)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert parties(arrest.recipient)[0][:2] == ("GND", "CVL")
    assert len(arrest.recipient) == 2


def test_both_after_one_person_named_is_nobody_in_particular(coder: Coder) -> None:
    events = _code_two(coder, _named_then_arrested(("Faramir",), ("Both", "both")), 1)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert arrest.recipient == ()


def test_only_a_passives_subject_pronoun_is_read_as_acted_on() -> None:
    doc = build_doc([
        ("He", "he", "PRON", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("her", "she", "PRON", "dobj", 1), (*PUNCT, 1),
        ("She", "she", "PRON", "nsubjpass", 6), ("was", "be", "AUX", "auxpass", 6),
        ("freed", "free", "VERB", "ROOT", 6), (*PUNCT, 6),
    ], starts=(0, 4))  # fmt: skip
    assert object_form(doc[0]) is None  # the active subject acts
    assert object_form(doc[2]) == "her"
    assert object_form(doc[4]) == "her"


def test_both_is_the_two_named_together_not_the_person_named_nearer(coder: Coder) -> None:
    # "Faramir and Boromir met Denethor. Both were arrested by Gondorian police."
    rows = [
        ("Faramir", "Faramir", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
        ("Boromir", "Boromir", "PROPN", "conj", 0), ("faced", "face", "VERB", "ROOT", 3),
        ("Denethor", "Denethor", "PROPN", "dobj", 3), (*PUNCT, 3),
        ("Both", "both", "PRON", "nsubjpass", 8), ("were", "be", "AUX", "auxpass", 8),
        ("arrested", "arrest", "VERB", "ROOT", 8), ("by", "by", "ADP", "agent", 8),
        ("Gondorian", "Gondorian", "ADJ", "amod", 11), ("police", "police", "NOUN", "pobj", 9),
        (*PUNCT, 8),
    ]  # fmt: skip
    doc = build_doc(rows, starts=(0, 6))
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in (0, 2, 4)]
    events = code_article(coder, Article(doc_id="t", origin="test", text=doc.text, date=DATE), doc)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert sorted(m.name or "" for m in arrest.recipient) == ["Boromir", "Faramir"]


# --- "he" going on from the subject of the sentences before ---------------------------------


def _story_of_he(
    coder: Coder, subject: tuple[str, str, str], *, tagged: bool
) -> tuple[Event, ...]:
    """ "<subject> lives in Osgiliath. He met Denethor. He was arrested by Gondorian police."
    Denethor, named nearest before the last "he", is not who the story is about."""
    rows = [
        (*subject, "nsubj", 1), ("lives", "live", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 2),
        (*PUNCT, 1),
        ("He", "he", "PRON", "nsubj", 6), ("met", "meet", "VERB", "ROOT", 6),
        ("Denethor", "Denethor", "PROPN", "dobj", 6), (*PUNCT, 6),
        ("He", "he", "PRON", "nsubjpass", 11), ("was", "be", "AUX", "auxpass", 11),
        ("arrested", "arrest", "VERB", "ROOT", 11), ("by", "by", "ADP", "agent", 11),
        ("Gondorian", "Gondorian", "ADJ", "amod", 14), ("police", "police", "NOUN", "pobj", 12),
        (*PUNCT, 11),
    ]  # fmt: skip
    doc = build_doc(rows, starts=(0, 5, 9))
    persons = [Span(doc, 7, 8, label="PERSON")]
    if tagged:
        persons.insert(0, Span(doc, 0, 1, label="PERSON"))
    doc.ents = [*persons, Span(doc, 3, 4, label="GPE")]
    return code_article(coder, Article(doc_id="t", origin="test", text=doc.text, date=DATE), doc)


def test_a_passives_he_goes_on_from_the_subject_of_the_sentences_before(coder: Coder) -> None:
    events = _story_of_he(coder, ("Faramir", "Faramir", "PROPN"), tagged=True)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert [m.name for m in arrest.recipient] == ["Faramir"]


def test_a_proper_noun_a_he_goes_on_from_is_a_person_whatever_its_tag(coder: Coder) -> None:
    events = _story_of_he(coder, ("Faramir", "Faramir", "PROPN"), tagged=False)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert [(m.name, m.sector) for m in arrest.recipient] == [("Faramir", "CVL")]


def test_a_man_a_he_goes_on_from_is_that_man(coder: Coder) -> None:
    events = _story_of_he(coder, ("man", "man", "NOUN"), tagged=False)
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert [(m.text, m.sector) for m in arrest.recipient] == [("He", "CVL")]


# --- a participle sharing the passive it is joined to ----------------------------------------


def test_a_participle_joined_to_a_passive_shares_its_auxiliary_and_patient(coder: Coder) -> None:
    # "Faramir was arrested and jailed in Osgiliath.": the jailing is done to Faramir, by the
    # authorities of the place, not by Faramir
    rows = [
        ("Faramir", "Faramir", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
        ("jailed", "jail", "VERB", "conj", 2), ("in", "in", "ADP", "prep", 4),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5), (*PUNCT, 2),
    ]  # fmt: skip
    events = code(coder, rows, ents=((0, 1, "PERSON"), (6, 7, "GPE")), tags={2: "VBN", 4: "VBN"})
    [jailed] = [e for e in events if e.trigger.text == "jailed"]
    assert [(m.name, m.country, m.sector) for m in jailed.recipient] == [("Faramir", "GND", "CVL")]
    assert all(m.name != "Faramir" for m in jailed.actor)


def test_a_verb_joined_to_a_passive_with_an_object_of_its_own_is_active() -> None:
    doc = build_doc([
        ("Faramir", "Faramir", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
        ("freed", "free", "VERB", "ROOT", 2), ("and", "and", "CCONJ", "cc", 2),
        ("thanked", "thank", "VERB", "conj", 2), ("Gondor", "Gondor", "PROPN", "dobj", 4),
        (*PUNCT, 2),
    ], tags={2: "VBN", 4: "VBN"})  # fmt: skip
    assert is_passive(doc[2])
    assert not is_passive(doc[4])
