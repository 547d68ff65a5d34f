"""actors15: a participle the parser made a clause subject is a reduced relative. In "A
Gondorian detained in Bree has been charged", the small model may hang "detained" as the
subject of "charged" with "Gondorian" as its own subject (it does so for "A Canadian detained
in China"); a past participle with no auxiliary takes no active subject, so the Gondorian was
detained, never detained anyone."""

from __future__ import annotations

from detente.coding.subjects import bare_participle_patient, subject_participle_patient

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


# lead22: "Mordor attacked Bree, with three Gondorians killed ." as the parser attaches it: the
# participle hangs on "with" (pcomp) with its patient as "nsubj".
WITH_KILLED = [
    ("Mordor", "Mordor", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("Bree", "Bree", "PROPN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("with", "with", "ADP", "prep", 1),
    ("three", "three", "NUM", "nummod", 6),
    ("Gondorians", "Gondorian", "PROPN", "nsubj", 7),
    ("killed", "kill", "VERB", "pcomp", 4),
    (".", ".", "PUNCT", "punct", 1),
]
WITH_TAGS = {1: "VBD", 6: "NNPS", 7: "VBN"}


def test_a_bare_participle_after_with_is_done_to_its_subject() -> None:
    doc = build_doc(WITH_KILLED, tags=WITH_TAGS)
    patient = bare_participle_patient(doc[7])
    assert patient is not None and patient.text == "Gondorians"
    # the same words as a clause of its own ("Gondorians killed ...", a main verb the tagger
    # called a participle) are left to the clause's own reading
    rows = [*WITH_KILLED[:7], ("killed", "kill", "VERB", "ccomp", 1), WITH_KILLED[8]]
    assert bare_participle_patient(build_doc(rows, tags=WITH_TAGS)[7]) is None


def test_those_killed_after_with_are_never_the_killers(coder) -> None:
    events = code(coder, WITH_KILLED, tags=WITH_TAGS, ents=((0, 1, "GPE"), (6, 7, "NORP")))
    killings = [e for e in events if e.trigger.text.startswith("killed")]
    assert all(m.country != "GND" for e in killings for m in e.actor)
    assert any(e.trigger.text == "attacked" for e in events)
