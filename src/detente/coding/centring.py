"""The centre of a sentence for later pronouns: the subject of its main clause."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.phrase_repeats import STATED_RULES
from detente.lexicons.english import english

# Dependencies of a clause's subject, active and passive ("Arafat was criticised by Sharon").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def main_subject(sent: Span) -> Token | None:
    """The head word of the main clause's subject ("Sharon" in "Israeli Prime Minister Ariel
    Sharon said Arafat must stop"), which a "he" in the next sentence most likely continues;
    none for a sentence that quotes someone (its people are the speaker's, not the story's
    centre) or says what someone is ("Buhari is the leader")."""
    if sent.root.lemma_ == "be" or quoted(sent):
        return None
    return next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)


def quoted(sent: Span) -> bool:
    """Whether a sentence holds a quotation mark or lies inside a quotation opened before it."""
    return sent.start_char in _quoted_starts(sent.doc)


# Key of the Doc's user data under which the starts of its quoted sentences are kept.
QUOTED_STARTS = "detente.centring.quoted_starts"


def _quoted_starts(doc: Doc) -> frozenset[int]:
    """The character offsets of the sentences that hold a quotation mark or start inside an
    open quotation, read in one pass over the text and kept on the Doc (``Doc.text`` and
    ``Span.text`` are rebuilt on every call: reading them for each sentence made this
    quadratic in the article's length)."""
    found = doc.user_data.get(QUOTED_STARTS)
    if found is None:
        text, marks = doc.text, english().senses.quotation_marks
        starts, last, curly, straight = set(), 0, 0, 0
        for sent in doc.sents:
            chunk = text[last : sent.start_char]
            curly += chunk.count("“") - chunk.count("”")
            straight += chunk.count('"')
            last = sent.start_char
            own = _without_opening_mark(text[sent.start_char : sent.end_char])
            if curly > 0 or straight % 2 == 1 or any(mark in own for mark in marks):
                starts.add(sent.start_char)
        found = doc.user_data[QUOTED_STARTS] = frozenset(starts)
    return found


# Quotation marks that open a quotation whatever precedes them.
OPENING_MARKS = "“‘"


def _without_opening_mark(own: str) -> str:
    """A sentence's text without a quotation mark it ends on that opens the next sentence's
    quotation (actors13): the parser often leaves the mark of 'Khan met Modi. "We want peace,"
    he said.' on the sentence before, whose own words quote no one. A mark opens a quotation
    when it is a left mark or a straight one after a space."""
    trimmed = own.rstrip()
    if trimmed[-1:] in OPENING_MARKS or (trimmed[-1:] in "\"'" and trimmed[-2:-1].isspace()):
        return trimmed[:-1]
    return own


def covers(subject: Token | None, start: int, end: int) -> bool:
    """Whether a mention at character offsets [start, end) is the subject."""
    return subject is not None and start <= subject.idx < end


def remember_subject(
    subject: Token | None,
    covered: bool,
    resolve: Callable[[str], tuple[ActorCode, ...]],
    memory: ActorMemory,
) -> None:
    """ "Mr Arafat rejected the charge. He condemned Israel.": a named person who is the
    sentence's subject is its centre even when the sentence codes no event (``covered``: a
    party of its events already is the subject; ``subject`` is the sentence's main_subject)."""
    if covered or subject is None:
        return
    words = [t for t in subject.subtree if t.i <= subject.i]  # the name, not its relative clause
    if subject.pos_ == "NOUN":  # actors14: "A Gondorian boxer was charged": "the boxer" later
        introduce_subject(subject.doc[words[0].i : subject.i + 1].text, resolve, memory)
    if subject.pos_ != "PROPN":
        return
    for code in resolve(subject.doc[words[0].i : subject.i + 1].text):
        if memory.known_person(code):
            memory.remember(code, subject=True)
            return


def introduce_subject(
    text: str, resolve: Callable[[str], tuple[ActorCode, ...]], memory: ActorMemory
) -> None:
    """A common-noun subject that its own words place in a country ("A Gondorian boxer") is
    introduced for a later definite repetition of its noun (phrase_repeats.py), though no
    event codes it."""
    for code in resolve(text):
        if code.country is not None and code.rule in STATED_RULES:
            memory.introduce(replace(code, matched=text))
            return
