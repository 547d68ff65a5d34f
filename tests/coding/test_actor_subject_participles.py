"""actors15: a participle the parser made a clause subject is a reduced relative. In "A
Gondorian detained in Bree has been charged", the small model may hang "detained" as the
subject of "charged" with "Gondorian" as its own subject (it does so for "A Canadian detained
in China"); a past participle with no auxiliary takes no active subject, so the Gondorian was
detained, never detained anyone."""

from __future__ import annotations

from detente.coding.subjects import subject_participle_patient

from middle_earth import code, parties
from support import build_doc

# "A Gondorian detained in Bree has been charged ." as the small model misreads it.
MISREAD = [
    ("A", "a", "DET", "det", 1),
    ("Gondorian", "Gondorian", "PROPN", "nsubj", 2),
    ("detained", "detain", "VERB", "nsubjpass", 7),
    ("in", "in", "ADP", "prep", 2),
    ("Bree", "Bree", "PROPN", "pobj", 3),
    ("has", "have", "AUX", "aux", 7),
    ("been", "be", "AUX", "auxpass", 7),
    ("charged", "charge", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]
TAGS = {1: "NNP", 2: "VBN", 4: "NNP", 5: "VBZ", 6: "VBN", 7: "VBN"}


def test_the_noun_before_a_subject_participle_is_its_patient() -> None:
    doc = build_doc(MISREAD, tags=TAGS)
    patient = subject_participle_patient(doc[2])
    assert patient is not None and patient.text == "Gondorian"


def test_a_participle_with_an_auxiliary_keeps_its_subject() -> None:
    rows = [*MISREAD[:-1], ("had", "have", "AUX", "aux", 2), (".", ".", "PUNCT", "punct", 7)]
    doc = build_doc(rows, tags={**TAGS, 9: "VBD"})
    assert subject_participle_patient(doc[2]) is None


def test_the_detained_person_is_the_recipient_not_the_actor(coder) -> None:
    events = code(coder, MISREAD, tags=TAGS, ents=((1, 2, "NORP"), (4, 5, "GPE")))
    detentions = [e for e in events if e.trigger.text.startswith("detained")]
    assert detentions
    assert all(m.country != "GND" for e in detentions for m in e.actor)
    assert [parties(e.recipient)[0][:2] for e in detentions] == [("GND", "CVL")]
