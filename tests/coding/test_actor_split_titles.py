"""actors17: a title the parser cut off the name it goes before. "Former Gondor PM Xavier
Blandor criticised Arnor" may be parsed with "Former Gondor PM" hung on the verb as a noun
modifier and "Xavier Blandor" alone as the subject; a title goes before the name it titles, so
the former prime minister of Gondor criticised Arnor, not a private man of the story's
country."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.split_titles import title_start

from middle_earth import code, parties
from support import build_doc

# "Former Gondor PM Xavier Blandor criticised Arnor ." as the small model misreads it.
MISREAD = [
    ("Former", "former", "ADJ", "amod", 2),
    ("Gondor", "Gondor", "PROPN", "compound", 2),
    ("PM", "pm", "NOUN", "npadvmod", 5),
    ("Xavier", "Xavier", "PROPN", "compound", 4),
    ("Blandor", "Blandor", "PROPN", "nsubj", 5),
    ("criticised", "criticise", "VERB", "ROOT", 5),
    ("Arnor", "Arnor", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
TAGS = {0: "JJ", 1: "NNP", 2: "NN", 3: "NNP", 4: "NNP", 5: "VBD", 6: "NNP"}
ENTS = ((1, 2, "GPE"), (3, 5, "PERSON"), (6, 7, "GPE"))


def test_the_cut_off_title_opens_the_subject_phrase() -> None:
    doc = build_doc(MISREAD, tags=TAGS)
    assert title_start(doc[4], 3) == 0


def test_a_day_before_the_name_stays_out() -> None:
    rows = [
        ("Monday", "Monday", "PROPN", "npadvmod", 3),
        *[(w, lemma, pos, dep, head - 2) for w, lemma, pos, dep, head in MISREAD[3:]],
    ]
    doc = build_doc(rows, tags={0: "NNP", 1: "NNP", 2: "NNP", 3: "VBD", 4: "NNP"})
    doc.ents = [Span(doc, 0, 1, label="DATE")]
    assert title_start(doc[2], 1) == 1


def test_the_former_prime_minister_is_the_actor(coder) -> None:
    events = code(coder, MISREAD, tags=TAGS, ents=ENTS)
    criticisms = [e for e in events if e.trigger.text.startswith("criticised")]
    assert criticisms
    assert [parties(e.actor)[0][:2] for e in criticisms] == [("GND", "ELI")]
