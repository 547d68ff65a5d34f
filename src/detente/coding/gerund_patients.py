"""The patient of a passive with no subject of its own: a gerund or infinitive passive hung on a
clause or a noun ("was in jail *after being indicted*", "a man *about to be indicted*").

English leaves the subject of such a clause unsaid; it is the one of the clause or the noun it
hangs on (subject control), so that subject or noun is who the passive acts on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.match import Match
from detente.coding.syntax import child

# The pattern place that a passive turns into its subject: only such patterns have a patient.
OBJECT_SPEC = "dobj"
# How a bare passive clause hangs under a preposition ("after *being indicted*", "about *to be
# indicted*"); a clause with a subject of its own is no such clause.
BARE_CLAUSE_DEPS = frozenset({"pcomp", "xcomp"})
# Subjects a clause hands down, and what an "-ing" or "to" clause of its own would carry.
SUBJECT_DEPS = ("nsubj", "nsubjpass")
OWN_CLAUSE_DEPS = ("nsubj", "nsubjpass", "mark", "dobj")


def with_gerund_patient(coder: Coder, match: Match) -> Match:
    """The match with the unsaid subject of its bare passive clause as recipient, if it has
    none: "Doe was in jail after being indicted by a grand jury" acts on Doe."""
    if match.recipient is not None or match.head.pos_ not in ("VERB", "AUX"):
        return match
    pattern = coder.verbs.patterns.get(match.pattern_id)
    if pattern is None or OBJECT_SPEC not in pattern.recipient:
        return match
    patient = bare_passive_patient(match.head)
    return match if patient is None else replace(match, recipient=patient)


def bare_passive_patient(verb: Token) -> Token | None:
    """Who a passive clause with no subject of its own acts on: the subject of the clause its
    preposition hangs on, or the noun it hangs on ("a man about to be indicted")."""
    if child(verb, "auxpass") is None or verb.dep_ not in BARE_CLAUSE_DEPS:
        return None
    if child(verb, *OWN_CLAUSE_DEPS) is not None:
        return None  # "after he was indicted", "before being given a sentence"
    prep = verb.head
    if prep.dep_ != "prep" or prep.pos_ != "ADP":
        return None
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        return child(holder, *SUBJECT_DEPS)
    return None
