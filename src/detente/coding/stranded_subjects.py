"""A subject the parser took from the end of a participle's phrase (actors17).

"Gondorian soldiers destined for Mordor began deploying": the small parser may read
"destined" as a clause of its own with "soldiers" as its subject, hang it under the main verb,
and give the main verb the name that ends the participle's phrase ("Mordor") as its subject,
leaving the preposition "for" without an object. A preposition always takes an object (English
grammar), so a preposition of the participle left bare right before the main verb's subject
shows that subject is its object; and a past participle with no auxiliary is a reduced
relative ("soldiers [who were] destined for Mordor"), so the noun before it heads the phrase
that is the main verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Where the parser hangs a participle misread as a clause of its own under the main verb.
STRANDING_DEPS = frozenset({"ccomp", "csubj", "advcl", "dep"})
# Children that show the participle heads a real clause ("having destined", "were sent").
OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "mark"})


def stranded_subject(verb: Token, subject: Token) -> Token | None:
    """The noun a reduced relative modifies, when the parser made the object of that relative's
    last preposition the subject of ``verb``; None when the parse shows no such shape."""
    if subject.dep_ != "nsubj" or subject.i > verb.i:
        return None
    left = min(t.i for t in subject.subtree)
    for clause in verb.children:
        if clause.dep_ not in STRANDING_DEPS or clause.tag_ != "VBN" or clause.i > left:
            continue
        if any(c.dep_ in OWN_CLAUSE_DEPS for c in clause.children):
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if noun is None or max(t.i for t in noun.subtree) != clause.i - 1:
            continue  # "(dozens of) soldiers destined": the noun's phrase right before it
        if _bare_preposition_before(clause, left):
            return noun
    return None


def _bare_preposition_before(clause: Token, left: int) -> bool:
    """Whether the word right before ``left`` is a preposition of ``clause`` (or of a word in
    its phrase) with no object of its own, and every word between the two is of the clause."""
    doc = clause.doc
    prep = doc[left - 1]
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return False
    inside = {t.i for t in clause.subtree}
    return all(i in inside for i in range(clause.i, left))
