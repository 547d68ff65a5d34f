"""Named past events: "the Armenian Genocide", "the Tiananmen Massacre", "the Gulf War".

An event noun written with a capital inside a sentence, right after another capitalised word of
the same phrase, is part of the proper name of an event the reader is expected to know: news
names it to place or qualify something else ("a medal for the recognition of the Armenian
Genocide"), never to report it as news. A sentence written in title case (a headline) capitalises
every word, so there the capital says nothing and the noun is read as usual.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.clean.unwrap import title_case

# Share of a sentence's words that, written with a capital, make it a title-case headline.
TITLE_CASE_SHARE = 0.6


def _capitalised(word: Token) -> bool:
    return word.text[:1].isupper() and not word.text.isupper()


def named_event(noun: Token) -> bool:
    """Whether an event noun is the last word of an event's proper name."""
    if noun.i == noun.sent.start or not _capitalised(noun):
        return False
    before = noun.doc[noun.i - 1]
    if before.head.i != noun.i or before.dep_ not in ("compound", "amod", "nmod"):
        return False
    if not (_capitalised(before) or before.text[:1].isdigit()):
        return False
    return not title_case(noun.sent.text, TITLE_CASE_SHARE)
