"""Whom the pronoun subject of an adverbial clause stands for when it cannot be the subject of
the clause it hangs on: "Police arrested a man after *he* attacked a guard", "jets forced a
plane to land after *it* violated the airspace" (claims20).

A pronoun takes the nearest antecedent it agrees with; the main clause's subject comes first,
but "he", "she" or "it" never stand for a plural subject ("police", "jets"), and the party the
main clause acts on, its direct object, is then the nearest that fits.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.actor_clauses import animacy_agrees, form_agrees
from detente.coding.syntax import child
from detente.lexicons.english import english

# The dependency of an adverbial clause on the clause it hangs on ("after he attacked").
ADVERBIAL_DEP = "advcl"
# Parts of speech of a noun a pronoun may stand for.
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def object_antecedent(pronoun: Token | None, verb: Token) -> Token | None:
    """The direct object of the clause above that a singular pronoun subject of ``verb``'s
    adverbial clause stands for, when that clause's subject cannot; None otherwise."""
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun.dep_ != "nsubj":
        return None
    word = pronoun.lower_
    if word not in english().words.person_pronouns and word != "it":
        return None
    if pronoun.head.i != verb.i or verb.dep_ != ADVERBIAL_DEP:
        return None
    main = verb.head
    subject = child(main, "nsubj")
    if subject is None or subject.pos_ not in NOMINAL_POS or animacy_agrees(pronoun, subject):
        return None  # the subject may be it: the usual reading stands
    found = child(main, "dobj")
    if found is None or found.pos_ not in NOMINAL_POS or not form_agrees(word, found):
        return None
    return found
