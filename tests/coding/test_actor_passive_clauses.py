"""A past participle hung on a clause with a "by" agent and no subject of its own is a passive:
its agent acts on the clause's subject ("He resigned, forced out by the leadership"; "Backed by
Arnor, Mordorian rebels attacked Gondor": Arnor backs the rebels)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.match import actor_of, find_recipient
from detente.coding.subjects import passive_clause_patient
from detente.coding.syntax import is_passive

from middle_earth import by_pattern, code, parties
from support import build_doc

BACKED = [
    ("Backed", "back", "VERB", "advcl", 6),
    ("by", "by", "ADP", "agent", 0),
    ("Arnor", "Arnor", "PROPN", "pobj", 1),
    (",", ",", "PUNCT", "punct", 6),
    ("Mordorian", "Mordorian", "ADJ", "amod", 5),
    ("rebels", "rebel", "NOUN", "nsubj", 6),
    ("attacked", "attack", "VERB", "ROOT", 6),
    ("Gondor", "Gondor", "PROPN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 6),
]
BACKED_TAGS = {0: "VBN", 1: "IN", 5: "NNS", 6: "VBD"}

FORCED_OUT = [
    ("Gondor", "Gondor", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("king", "king", "NOUN", "nsubj", 3),
    ("resigned", "resign", "VERB", "ROOT", 3),
    (",", ",", "PUNCT", "punct", 3),
    ("forced", "force", "VERB", "advcl", 3),
    ("out", "out", "ADP", "prt", 5),
    ("by", "by", "ADP", "agent", 5),
    ("Mordor", "Mordor", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 3),
]
FORCED_TAGS = {3: "VBD", 5: "VBN", 6: "RP", 7: "IN"}


def test_the_agent_of_a_participle_clause_acts_on_the_clauses_subject(coder: Coder) -> None:
    events = code(coder, BACKED, tags=BACKED_TAGS)
    backed = by_pattern(events, "support.support")
    assert [c for c, _, _ in parties(backed.actor)] == ["ARN"]
    assert [(c, s) for c, s, _ in parties(backed.recipient)] == [("MDR", "REB")]
    attacked = by_pattern(events, "assault.attack")  # the main clause keeps its own subject
    assert [c for c, _, _ in parties(attacked.actor)] == ["MDR"]


def test_forced_out_by_names_who_forced_whom() -> None:
    doc = build_doc(FORCED_OUT, tags=FORCED_TAGS)
    forced = doc[5]
    assert is_passive(forced)
    patient = passive_clause_patient(forced)
    assert patient is not None and patient.text == "king"


def test_a_participle_with_its_own_subject_or_object_is_no_passive_clause() -> None:
    rows = list(FORCED_OUT)
    # "Gondor's king resigned, having forced out Mordor": an active participle with an object
    rows[7:9] = [("Mordor", "Mordor", "PROPN", "dobj", 5), ("by", "by", "ADP", "agent", 5)]
    doc = build_doc(rows, tags=FORCED_TAGS)
    assert passive_clause_patient(doc[5]) is None
    rows = list(FORCED_OUT)
    rows[5] = ("forced", "force", "VERB", "conj", 3)  # a conjunct, not a clause hung on it
    assert passive_clause_patient(build_doc(rows, tags=FORCED_TAGS)[5]) is None


# "Five Orcs are to appear in court, charged with murder": a bare participle clause with no
# "by" agent is a passive too; its patient is the subject of the clause it hangs on, reached
# through the infinitive ("are to appear").
CHARGED = [
    ("Five", "five", "NUM", "nummod", 1),
    ("Orcs", "Orc", "PROPN", "nsubj", 2),
    ("are", "be", "AUX", "ROOT", 2),
    ("to", "to", "PART", "aux", 4),
    ("appear", "appear", "VERB", "xcomp", 2),
    ("in", "in", "ADP", "prep", 4),
    ("court", "court", "NOUN", "pobj", 5),
    ("charged", "charge", "VERB", "advcl", 4),
    ("with", "with", "ADP", "prep", 7),
    ("murder", "murder", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 2),
]
CHARGED_TAGS = {2: "VBP", 4: "VB", 7: "VBN"}


def test_a_bare_participle_clause_acts_on_the_subject_above() -> None:
    doc = build_doc(CHARGED, tags=CHARGED_TAGS)
    assert is_passive(doc[7])
    patient = passive_clause_patient(doc[7])
    assert patient is not None and patient.text == "Orcs"


def test_the_charged_are_the_recipient_never_the_actor() -> None:
    charged = build_doc(CHARGED, tags=CHARGED_TAGS)[7]
    assert actor_of(charged) is None  # no "by" agent: who charged them is not said here
    patient = find_recipient(charged, ("dobj",), None)
    assert patient is not None and patient.text == "Orcs"


def test_a_participle_of_arriving_is_active() -> None:
    rows = list(CHARGED)
    rows[7] = ("arrived", "arrive", "VERB", "advcl", 4)  # "... to appear, arrived from Udun"
    assert passive_clause_patient(build_doc(rows, tags=CHARGED_TAGS)[7]) is None


# "Mordorian rebels were remanded after being charged with murder."
REMANDED = [
    ("Mordorian", "Mordorian", "ADJ", "amod", 1),
    ("rebels", "rebel", "NOUN", "nsubjpass", 3),
    ("were", "be", "AUX", "auxpass", 3),
    ("remanded", "remand", "VERB", "ROOT", 3),
    ("after", "after", "ADP", "prep", 3),
    ("being", "be", "AUX", "auxpass", 6),
    ("charged", "charge", "VERB", "pcomp", 4),
    ("with", "with", "ADP", "prep", 6),
    ("murder", "murder", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 3),
]
REMANDED_TAGS = {1: "NNS", 2: "VBD", 3: "VBN", 4: "IN", 5: "VBG", 6: "VBN", 7: "IN", 8: "NN"}


def test_a_passive_gerund_after_a_preposition_is_done_to_the_clause_subject() -> None:
    doc = build_doc(REMANDED, tags=REMANDED_TAGS)
    patient = passive_clause_patient(doc[6])
    assert patient is not None and patient.i == 1  # being charged: the rebels
    # an active gerund ("after charging X") or one with its own subject is no such passive
    active = [(w, lemma, pos, "aux" if i == 5 else dep, head)
              for i, (w, lemma, pos, dep, head) in enumerate(REMANDED)]  # fmt: skip
    assert passive_clause_patient(build_doc(active, tags=REMANDED_TAGS)[6]) is None
