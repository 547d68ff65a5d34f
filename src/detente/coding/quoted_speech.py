"""Direct speech: whom a third-person pronoun inside quotation marks can stand for, and the
complaints a speaker makes there about what the other side does as a rule.

In direct speech the speaker names their own side in the first person ("we", "us", "our"): a
third-person pronoun inside the quotation ("they", "he", "she", "it") stands for someone else,
never for the subject of the verb of saying outside it ('The minister said: "They accuse us"'
is no accusation by the minister). In indirect speech the same pronoun may well be the speaker
("Gondor said they would withdraw"), so only quotation marks between the two decide.

The simple present of an act told of a third-person pronoun, in a quotation whose clause names
the speaker's side in the first person ('"they call us terrorists"', '"they bomb our
villages"'), tells what the other side does as a rule: a complaint, no act of the day (English
grammar: the simple present of an action verb is habitual or generic; an act under way is told
in the progressive, an act done in the past). With a day named on the verb ("today", a weekday)
it is the day's act and stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.habits import simple_present
from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["QUOTED_HABIT_CHECKS", "across_quote", "inside_quote"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Fine tags the tagger gives quotation marks.
QUOTE_TAGS = frozenset({"``", "''"})
# How many words back a quotation mark is looked for: about a long paragraph.
PARAGRAPH_REACH = 300


def _mark(token: Token) -> bool:
    return token.tag_ in QUOTE_TAGS or token.text in english().senses.quotation_marks


def across_quote(first: Token, second: Token) -> bool:
    """Whether an odd number of quotation marks stands between two words of a sentence: one is
    inside a quotation and the other outside it."""
    start, end = sorted((first.i, second.i))
    return sum(1 for t in first.doc[start:end] if _mark(t)) % 2 == 1


def inside_quote(token: Token) -> bool:
    """Whether a word stands inside quotation marks: an odd number of marks before it in its
    paragraph (a quotation may open in the sentence before, whose split keeps the mark)."""
    doc, count = token.doc, 0
    for i in range(token.i - 1, max(token.i - PARAGRAPH_REACH, 0) - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        count += _mark(doc[i])
    return count % 2 == 1


def quoted_other(pronoun: Token | None, subject: Token) -> bool:
    """Whether ``pronoun`` is a third-person pronoun in direct speech that ``subject`` (of a
    clause outside the quotation) says: then it stands for someone other than the speaker."""
    if pronoun is None or pronoun.lower_ not in english().senses.quoted_third_pronouns:
        return False
    return across_quote(pronoun, subject)


def _quoted_habit(match: Match) -> str | None:
    """'"then they call us terrorists"': a third-person pronoun's simple-present act on the
    speaker's own side, told inside a quotation, is a complaint about a habit, no event."""
    verb = match.head
    if verb.pos_ not in ("VERB", "AUX") or not simple_present(verb) or not inside_quote(verb):
        return None
    senses = english().senses
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in senses.quoted_third_pronouns:
        return None
    if _dated(verb):
        return None
    own = next((t for t in verb.subtree if t.lower_ in senses.first_person_words
                and t.i > verb.i), None)  # fmt: skip
    if own is None:
        return None
    return (f"{subject.text!r} {verb.text!r} {own.text!r} in the simple present inside a "
            "quotation: a complaint about what the other side does, no act")  # fmt: skip


def _dated(verb: Token) -> bool:
    """ "they attack us today": a day named on the verb makes the present the day's act."""
    words = english().words
    days = frozenset(words.weekdays) | frozenset(words.day_words)
    return any(t.lower_ in days for c in verb.children if c.dep_ != "ccomp" for t in c.subtree)


QUOTED_HABIT_CHECKS: tuple[Callable[[Match], str | None], ...] = (_quoted_habit,)
