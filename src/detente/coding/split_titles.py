"""A title the parser cut off the name it goes before (actors17).

"Former Tuvalu PM John Walsh criticised the government": the small parser may hang "Former
Tuvalu PM" on the verb as a noun modifier of its own (an ``npadvmod``, as if it told when or
how) and leave "John Walsh" alone as the subject. A run of capitalised words written right
before a subject name, hung on that subject's own verb, is no adverb: in English a title
goes before the name it titles ("Prime Minister X"), so the run is part of the subject's
phrase, and the office and country it names are the subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

# Labels the parser gives a noun phrase hung on a verb when it does not know its role.
LOOSE_DEPS = frozenset({"npadvmod", "dep", "nmod"})
# Entity labels of words that do tell when or how much ("Monday", "Two"): never a title.
MEASURE_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def title_start(head: Token, start: int) -> int:
    """The first token of a subject name's phrase, taking in a title cut off before it."""
    doc = head.doc
    if head.dep_ not in SUBJECT_DEPS or head.pos_ != "PROPN" or start - 1 < head.sent.start:
        return start
    title = doc[start - 1]
    if title.dep_ not in LOOSE_DEPS or title.head.i != head.head.i:
        return start
    if title.tag_ not in NOUN_TAGS or not title.text[:1].isupper():
        return start  # "PM" may be tagged a common noun: capitals make it a title
    if not title.whitespace_ or title.ent_type_ in MEASURE_ENTITIES:
        return start
    words = sorted(t.i for t in title.subtree)
    if words[-1] != title.i or words != list(range(words[0], title.i + 1)):
        return start
    if any(doc[i].is_punct or doc[i].ent_type_ in MEASURE_ENTITIES for i in words):
        return start
    return words[0]
