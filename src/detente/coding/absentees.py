"""Parties named as absent: "met in Cairo *without* Syria", "talks *in the absence of* the
rebels", "a summit *excluding* Japan". "Without", "excluding" and "in the absence of" negate
participation (dictionary: without "not having or not accompanied by"; absence "the state of
being away from a place"), so the party named there took no part in the act and is never its
recipient."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english


def absent_phrases(trigger: Token) -> set[int]:
    """The prepositions (and -ing words) of the trigger's sentence that head a party said to be
    absent; the search for a recipient does not enter them."""
    senses = english().senses
    found: set[int] = set()
    for word in trigger.sent:
        if word.dep_ not in ("prep", "advcl", "acl") or word.head.i == word.i:
            continue
        if word.lower_ in senses.absence_preps:
            found.add(word.i)  # "without Syria", "excluding Japan"
        elif any(o.dep_ == "pobj" and o.lemma_.lower() in senses.absence_nouns
                 for o in word.children):  # fmt: skip
            found.add(word.i)  # "in the absence of Syria", "with the exclusion of Japan"
    return found
