"""Bare object relatives: "the rebels Gondor arrested", "militants Arnor failed to arrest"
(lead20).

English may leave out the relative word of a clause that describes a noun by what was done to
it ("the rebels [whom] Gondor arrested"). Such a clause has a subject of its own and no object:
the noun it describes is its verb's object, and so the recipient of the act. With "whom" or
"that" the parser gives the relative word as the object and `recipients.antecedent` reads it;
without one there is no object to read.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import child, is_passive

# Fine tags of relative words ("who", "which", "where", "whose"): a clause with one is no bare
# object relative.
RELATIVE_WORD_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "ccomp", "attr"})


def described_object(verb: Token) -> Token | None:
    """The noun a bare object relative describes, when ``verb`` is that clause's verb or the
    infinitive it governs ("failed *to arrest*"); None otherwise."""
    clause = verb
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        clause = verb.head  # "militants Arnor *failed* to arrest": the object is the arrest's
    if clause.dep_ != "relcl" or clause.head.pos_ not in NOUN_POS or clause.head.i > clause.i:
        return None
    if is_passive(clause) or is_passive(verb):
        return None  # "the rebels arrested by Gondor" is read as a passive
    subject = child(clause, "nsubj")
    if subject is None or subject.tag_ in RELATIVE_WORD_TAGS:
        return None  # "the rebels who attacked": the noun is the subject
    for tok in (clause, verb):
        if any(c.dep_ in OBJECT_DEPS for c in tok.children):
            return None
    if any(t.tag_ in RELATIVE_WORD_TAGS for t in clause.subtree):
        return None  # "the town where Gondor attacked"
    return clause.head
