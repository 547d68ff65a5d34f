"""Whether a verb's subject names a thing rather than a party that can act on another.

Some verbs of asking also take a thing as subject: "the results challenge us to rethink", "it
should inspire us and challenge us to continue", "the crisis, which dared no one to hope". A thing
pronoun ("it"), the relative "which" (English uses "who" for people) or an impersonal cause
("the storm") names no party that asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import subject_of
from detente.lexicons.english import english

# Fine tag of "which" and "that" as relative determiners/pronouns of things.
THING_RELATIVE_TAG = "WDT"


def thing_subject(verb: Token) -> bool:
    """The verb's subject (or its conjunct's: "it should inspire us and challenge us") is "it", a
    "which"/"that" relative or an impersonal cause."""
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in english().words.thing_pronouns or subject.tag_ == THING_RELATIVE_TAG:
        return True
    return subject.lemma_.lower() in english().senses.impersonal_causes
