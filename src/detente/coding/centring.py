"""The centre of a sentence for later pronouns: the subject of its main clause; and who the
people a sentence introduces are (a stated role, a quoted speaker), for later mentions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actor_state import ActorCode, ActorMemory, is_person
from detente.coding.phrase_repeats import STATED_RULES
from detente.lexicons.english import english

# The rule of a person coded by a name under a role its own words place ("Gondor's envoy X").
STATED_ROLE = "stated-role"
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


def quoted_speaker(sent: Span) -> Token | None:
    """mainev15: '"We will not yield," said Gondor's envoy, Tarmo Vask.': the subject of the
    reporting verb that heads a sentence quoting someone, written after the quotation closed
    (the people inside it are the speaker's); none for any other sentence."""
    root = sent.root
    if root.lemma_.lower() not in english().senses.reporting_verbs or not quoted(sent):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    before = sent.doc.text[sent.start_char : subject.idx]
    marks = before.count("“") + before.count("”") + before.count('"')
    closed = before.count("“") == before.count("”") and before.count('"') % 2 == 0
    return subject if marks and closed else None


def covers(subject: Token | None, start: int, end: int) -> bool:
    """Whether a mention at character offsets [start, end) is the subject."""
    return subject is not None and start <= subject.idx < end


def remember_subject(
    subject: Token | None,
    covered: bool,
    resolve: Callable[[str], tuple[ActorCode, ...]],
    memory: ActorMemory,
    *,
    speaker: bool = False,
) -> None:
    """ "Mr Arafat rejected the charge. He condemned Israel.": a named person who is the
    sentence's subject is its centre even when the sentence codes no event (``covered``: a
    party of its events already is the subject; ``subject`` is the sentence's main_subject).
    With ``speaker`` (the quoted_speaker of a sentence with no centre), only who the speaker
    is is remembered: a stated role, or a name no word places."""
    if subject is None:
        return
    words = [t for t in subject.subtree if t.i <= subject.i]  # the name, not its relative clause
    named = _named_role(subject)  # mainev15: "Gondor's envoy, Tarmo Vask, said": who Vask is
    if covered:
        # mainev16: "Gondor's envoy, Tarmo Vask, urged Arnor to …": the event codes the role
        # (an office, a body), and a later "Vask" or "he" is still the person it names
        if named:
            remember_stated(subject.doc[words[0].i : named.i + 1].text, resolve, memory)
        return
    if subject.pos_ == "NOUN" and not speaker:  # actors14: "A Gondorian boxer was charged"
        introduce_subject(subject.doc[words[0].i : subject.i + 1].text, resolve, memory)
    if named and remember_stated(subject.doc[words[0].i : named.i + 1].text, resolve, memory):
        return
    if subject.pos_ != "PROPN":
        return
    name = subject.doc[words[0].i : subject.i + 1]
    codes = resolve(name.text)
    for code in codes:
        if memory.known_person(code) and not speaker:
            memory.remember(code, subject=True)
            return
    if not remember_stated(name.text, resolve, memory) and _unknown_person(subject, codes):
        memory.block_person(name.text)


def _unknown_person(subject: Token, codes: tuple[ActorCode, ...]) -> bool:
    """Whether a proper-noun subject is a person's name the lexicons give no country
    ("Tarmo Vask said"; the parser's entity says it is a person)."""
    if any(code.country is not None for code in codes):
        return False
    return subject.ent_type_ == "PERSON"


def _named_role(subject: Token) -> Token | None:
    """The last word of the subject's last apposition: the name a role is given ("Gondor's
    envoy, *Tarmo Vask*,") or the role a name is given ("Tarmo Vask, Gondor's *envoy*,");
    none for a subject with no apposition after it."""
    appos = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    if not appos:
        return None
    return max(appos[-1].subtree, key=lambda t: t.i)


def remember_stated(
    text: str, resolve: Callable[[str], tuple[ActorCode, ...]], memory: ActorMemory
) -> bool:
    """mainev15: a person the subject names with a role its own words place in a country
    ("Gondor's envoy, Tarmo Vask", "Gondorian Envoy Tarmo Vask") is remembered though the
    sentence codes no event ("… said the vote was fair"): a later "Vask" or "he" is that envoy,
    not an unknown name or the person named before. Only holders of an office count (a student
    or a settler is named for the story, not as a party to politics), and only a country the
    phrase's own words give (a guessed one makes the rule "context" or "reference"). True when
    one was remembered."""
    offices = english().senses.office_sectors  # a student or a settler holds no office
    for code in resolve(text):
        if code.rule != STATED_ROLE or code.sector not in offices:
            continue
        if code.country is not None and is_person(code):
            memory.remember(code, subject=True)
            return True
    return False


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
