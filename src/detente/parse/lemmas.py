"""The rule lemmatizer's lemmas, remembered per (word, part of speech, morphology) row.

spaCy's rule lemmatizer makes a Token object for every token and asks its cache in Python; its
answer depends only on the word, the part of speech and the morphology (the English base-form
test reads the part of speech and the morphology, the rules the word), which are the key of its
own cache. ``FastLemmatizer`` reads those three columns and the lemma column as arrays, asks
the lemmatizer once per new row, and writes the lemmas back as one column: the same lemmas.
Tokens that already have a lemma (set by the attribute ruler) keep it, as spaCy's do.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from detente.parse.replayed import ReplayedComponent

# Rows remembered before starting afresh: bounds memory on long runs (~10^5 distinct rows).
_MAX_ROWS = 200_000
# Plural nouns whose exception entry in the rule lemmatizer yields the singular news rarely
# means: spaCy's English noun exceptions give "bases" as "basis" (the plural of "basis" is rare
# in news, of "base" common: "struck militia bases"), so patterns and word lists of "base" never
# saw it. Each maps to the one lemma used instead.
NOUN_LEMMAS = {"bases": "base"}


class FastLemmatizer(ReplayedComponent):
    """Stands in the pipeline for spaCy's rule lemmatizer; everything else is the original's."""

    def __init__(self, lemmatizer: Any) -> None:
        self.original = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}  # row → lemma hash

    def annotate(self, docs: list[Doc]) -> None:
        """Set each token's lemma where the pipeline has not set one."""
        for doc in docs:
            self._lemmatize(doc)

    def _lemmatize(self, doc: Doc) -> None:
        lemmatizer, lemmas = self.original, self.lemmas
        if len(lemmas) > _MAX_ROWS:
            lemmas.clear()
        strings = doc.vocab.strings
        column = []
        for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        ):
            if lemma and not lemmatizer.overwrite:
                column.append(lemma)
                continue
            found = lemmas.get((orth, pos, morph))
            if found is None:
                found = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos:  # no part of speech: spaCy warns at every such token, so ask each time
                    lemmas[orth, pos, morph] = found
            column.append(found)
        if column:
            lemma_column: Any = np.asarray(column, dtype=np.uint64).reshape(-1, 1)  # Ints2d
            doc.from_array([LEMMA], lemma_column)


def speed_up_lemmas(nlp: Language) -> None:
    """Put a ``FastLemmatizer`` in place of the model's rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, FastLemmatizer) or getattr(lemmatizer, "mode", None) != "rule":
        return
    lemmatizer._validate_tables()  # what spaCy checks before its first document
    # spaCy keeps its components in this list; replace_pipe would build a new one from config.
    components: list[tuple[str, Any]] = nlp._components
    index = [name for name, _ in components].index("lemmatizer")
    components[index] = ("lemmatizer", FastLemmatizer(lemmatizer))


def correct_lemmas(nlp: Language) -> None:
    """Give the plurals of NOUN_LEMMAS the lemma news means (see NOUN_LEMMAS)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "original", lemmatizer)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return
    nouns = lookups.get_table("lemma_exc").get("noun")
    if nouns is None:
        return
    for plural, lemma in NOUN_LEMMAS.items():
        nouns[plural] = [lemma]
