"""The subject of an adverbial gerund clause opened by a preposition: "a man is in custody
*after pointing* a gun at an officer", "he was arrested *after attacking* a guard", "*by
sending* troops, Arnor broke the truce".

English adjunct -ing clauses have no subject of their own and take that of the clause they hang
on (subject control), whether that clause is active or passive. Only prepositions of time,
means and manner open such a clause (english.yaml senses.adjunct_gerund_preps); after "for",
"of" or "from" the object is the one who acts ("thanked Gondor for sending aid"), and a gerund
after a noun's preposition ("the cost of sending troops") hangs on no clause and keeps none.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# The fine tag of an "-ing" form.
GERUND_TAG = "VBG"
# Parts of speech of a clause's head a gerund adjunct can hang on.
CLAUSE_POS = frozenset({"VERB", "AUX"})


def adjunct_clause(verb: Token) -> Token | None:
    """The clause head an adjunct gerund ("after pointing") hangs on, or None."""
    if verb.dep_ != "pcomp" or verb.tag_ != GERUND_TAG:
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in english().senses.adjunct_gerund_preps:
        return None
    clause = prep.head
    return clause if clause.pos_ in CLAUSE_POS and clause.i != prep.i else None


def passive_controller(clause: Token) -> Token | None:
    """The subject of a passive clause, which controls its adjunct gerund ("he was arrested
    after attacking a guard": he attacked)."""
    return next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
