"""Acts a party was kept from doing: "barred journalists from meeting opposition leaders".

The act in the "from" clause of a verb of prevention did not happen, and whoever did the
preventing is not its actor: "police prevented protesters from attacking the embassy" reports
no attack on the embassy, least of all by the police. The prevention itself is coded where the
verb lexicon has a pattern for it ("banned X from holding office", CAMEO 1722); the prevented act
is explained as such and never coded.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.lexicons.english import english


def prevented_acts(sent: Span) -> Iterator[Token]:
    """Verbs of the sentence in the "from" clause of a verb of prevention ("kept them from
    leaving", "were barred from entering")."""
    words = english().senses
    for tok in sent:
        if tok.dep_ != "pcomp" or tok.head.lower_ != "from" or tok.head.dep_ != "prep":
            continue
        preventer = tok.head.head
        if preventer.lemma_.lower() in words.prevention_verbs:
            yield tok
