"""Headline passives ("Trader arrested in Osgiliath"): a lone participle of an act done to
someone is a passive whose subject is the one acted on. Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.coding.headlines import headline_passive, is_title
from detente.records import Article

from middle_earth import DATE, code, dyad
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")
PLACE = ((3, 4, "GPE"),)  # "Osgiliath" in _headline()


def _headline(verb: str = "arrested", lemma: str = "arrest", subject: str = "Trader") -> list:
    """ "<subject> <verb> in Osgiliath." as the parser reads a headline: the subject active."""
    return [
        (subject, subject.lower(), "NOUN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 2),
        (*PUNCT, 1),
    ]


def test_a_headline_arrest_is_of_its_subject_by_the_authorities(coder: Coder) -> None:
    [event] = code(coder, _headline(), tags={1: "VBN"}, ents=PLACE)
    assert event.cameo == "173"
    assert (event.actor[0].country, event.actor[0].sector) == ("GND", "COP")
    assert [m.text for m in event.recipient] == ["Trader"]


def test_the_by_phrase_of_a_headline_passive_is_its_actor(coder: Coder) -> None:
    # "Trader killed by Orcish soldiers."
    rows = [
        ("Trader", "trader", "NOUN", "nsubj", 1),
        ("killed", "kill", "VERB", "ROOT", 1),
        ("by", "by", "ADP", "agent", 1),
        ("Orcish", "Orcish", "ADJ", "amod", 4),
        ("soldiers", "soldier", "NOUN", "pobj", 2),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={1: "VBN"})
    assert event.event_type == "ASSAULT"
    assert event.actor[0].country == "MDR" and [m.text for m in event.recipient] == ["Trader"]


def test_the_one_accused_in_a_headline_is_not_the_accuser(coder: Coder) -> None:
    # "Trader accused in Osgiliath.": no one named accuses; the trader is accused
    events = code(coder, _headline("accused", "accuse"), tags={1: "VBN"}, ents=PLACE)
    assert all(m.text != "Trader" for e in events for m in e.actor)


def test_a_past_tense_verb_keeps_its_subject(coder: Coder) -> None:
    # "Gondor arrested in Osgiliath." tagged as a past tense: Gondor acts
    [event] = code(coder, _headline(subject="Gondor"), tags={1: "VBD"}, ents=PLACE)
    assert dyad(event)[0] == "GND" and event.actor[0].text == "Gondor"


def test_a_protest_told_in_the_past_is_no_headline_passive(coder: Coder) -> None:
    # "Thousands protested in Osgiliath.": protests (CAMEO 14) stand alone in the past tense
    doc = build_doc(_headline("protested", "protest", "Thousands"), tags={1: "VBN"})
    assert headline_passive(doc[1], coder.verbs) is None


def test_a_participle_with_an_object_or_auxiliary_is_no_headline_passive(coder: Coder) -> None:
    # "Trader arrested the thief": an object makes it active
    rows = [
        ("Trader", "trader", "NOUN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("thief", "thief", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert headline_passive(build_doc(rows, tags={1: "VBN"})[1], coder.verbs) is None
    # "Trader has arrested in Osgiliath": an auxiliary makes it a perfect
    rows = [*_headline()[:1], ("has", "have", "AUX", "aux", 2),
            *[(w, lem, pos, dep, head + 1 if head else head) for w, lem, pos, dep, head in
              _headline()[1:]]]  # fmt: skip
    rows[2] = ("arrested", "arrest", "VERB", "ROOT", 2)
    rows[0] = ("Trader", "trader", "NOUN", "nsubj", 2)
    assert headline_passive(build_doc(rows, tags={2: "VBN"})[2], coder.verbs) is None


def test_a_simple_past_in_the_title_is_a_headline_passive(coder: Coder) -> None:
    # "Trader stabbed in Osgiliath" as the title, the participle tagged as a simple past:
    # headlines tell past acts in the present tense, so the trader was stabbed
    rows = _headline("stabbed", "stab")
    doc = build_doc(rows, tags={1: "VBD"})
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE,
                      title="Trader stabbed in Osgiliath")  # fmt: skip
    events = code_article(coder, article, doc)
    assert events and all(m.text != "Trader" for e in events for m in e.actor)
    assert any(m.text == "Trader" for e in events for m in e.recipient)


def test_a_simple_past_outside_the_title_keeps_its_subject(coder: Coder) -> None:
    doc = build_doc(_headline("stabbed", "stab"), tags={1: "VBD"})
    assert headline_passive(doc[1], coder.verbs) is None
    assert headline_passive(doc[1], coder.verbs, title=True) == doc[0]


def test_the_title_is_the_sentence_that_repeats_it() -> None:
    doc = build_doc(_headline(), tags={1: "VBN"})
    assert is_title(doc[:], "Trader arrested  in Osgiliath")
    assert not is_title(doc[:], "Trader freed in Osgiliath") and not is_title(doc[:], None)


def test_a_title_attributed_to_the_police_is_read_as_its_own_clause(coder: Coder) -> None:
    # "Trader arrested in Osgiliath, police say" as the title: the trader was arrested
    rows = [
        ("Trader", "trader", "NOUN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ccomp", 6),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 6),
        ("police", "police", "NOUN", "nsubj", 6),
        ("say", "say", "VERB", "ROOT", 6),
        (*PUNCT, 6),
    ]
    doc = build_doc(rows, tags={1: "VBN"})
    assert headline_passive(doc[1], coder.verbs) is None  # outside a title: left as parsed
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE,
                      title="Trader arrested in Osgiliath, police say")  # fmt: skip
    events = code_article(coder, article, doc)
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and [m.text for m in arrests[0].recipient] == ["Trader"]


def test_a_phrase_of_one_sense_in_a_headline_is_a_passive(coder: Coder) -> None:
    # "Trader taken into custody.": "take" has many senses, "taken into custody" only an arrest
    rows = [
        ("Trader", "trader", "NOUN", "nsubj", 1),
        ("taken", "take", "VERB", "ROOT", 1),
        ("into", "into", "ADP", "prep", 1),
        ("custody", "custody", "NOUN", "pobj", 2),
        (*PUNCT, 1),
    ]
    doc = build_doc(rows, tags={1: "VBN"})
    assert headline_passive(doc[1], coder.verbs) == doc[0]
    rows[3] = ("Osgiliath", "Osgiliath", "PROPN", "pobj", 2)  # "taken into Osgiliath": left
    assert headline_passive(build_doc(rows, tags={1: "VBN"})[1], coder.verbs) is None
