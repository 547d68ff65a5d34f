"""A byline printed inside the story's first paragraphs, run together with its headline or body.

Some feeds run the top of a story together:
"Bridge to reopen. BY JANE ROE Staff Reporter March 3, 2009 KESSA -- The county said ...",
"By: Jane Roe The county said ..." or "By Jane Roe, Research Fellow at the Kessa Institute
On 12 May, the county said ...". Read as one sentence, the writer's name becomes a party of
the story (a writer called Chad becomes the country) or the subject of its first act. The
paragraph is cut into headline, byline and body, so the header reader sees them as it sees
them on lines of their own.
"""

from __future__ import annotations

import re

from detente.clean.byline import ROLE
from detente.clean.dateline import find_dateline
from detente.clean.dates import find_full_date

# "By" after the end of a sentence, within the first characters of the paragraph.
_OPENING = re.compile(r"(?<=[.!?\"”]) (?:BY|By):? ")
# "By" opening a paragraph that goes on into the story; "By:" with its colon is always a byline.
_LEAD_OPENING = re.compile(r"(?:BY|By)(?P<colon>:)? ")
# Bylines open one of the story's first paragraphs (the headline may stand before them).
_LEAD_PARAGRAPHS = 3
# The writer's job and house after the name: "Staff Writer", ", Research Fellow at the Kessa
# Institute". Capitalised words, the small words of an institution's name and job words.
_JOB_WORD = re.compile(r"[A-Z][\w&'’.-]*|of|for|the|at|and|&|on|in")
_AFFILIATION = re.compile(r"of|for|at")
_JOB_MAX_WORDS = 12
# Words that open a story's first sentence; after "for", "of", "at", "the" or "and" they
# still belong to the house's name ("for The Kessa Times").
_SENTENCE_OPENER = re.compile(
    r"On|In|At|After|Before|As|When|While|During|Since|Following|Last|Earlier|This|The|A|An"
)
_NAME_CONNECTOR = re.compile(r"(?i)of|for|at|the|and|&")
_OPENING_WINDOW = 300
# A name in capitals ("RACHEL E. SHEELEY") or as written ("Carey L. Biron", "Ana de Souza").
_CAPS_WORD = r"(?:[A-Z][A-Z'’-]+|(?:[A-Z]\.)+)"
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{1,4}}(?![\w'’])")
_TITLE_NAME = re.compile(
    r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:de|da|del|van|von|bin|al))? [A-Z][a-z'’-]+(?![\w'’])"
)
# Between the name and the date only the writer's job, e-mail and paper stand.
_FILLER_WORD = re.compile(r"[A-Z][\w&'’.-]*|[\w.+-]+@[\w.-]+|of|for|the|and|,")
_FILLER_MAX_WORDS = 5
_DATE_WINDOW = 80


def split_inline_byline(paragraphs: list[str]) -> list[str]:
    """Cut "Headline. BY NAME ... DATE Body" or "By: NAME Body" into its parts."""
    if not paragraphs:
        return paragraphs
    parts = _split(paragraphs[0])
    if parts is not None:
        return [*parts, *paragraphs[1:]]
    result: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        # Further down, only "By:" opens a byline: a page that runs the next story on. There
        # the header reader never looks, so the byline is dropped, not kept as a paragraph.
        further = index >= _LEAD_PARAGRAPHS
        parts = _split_lead(paragraph, colon_only=further)
        if parts is None:
            result.append(paragraph)
        else:
            result.extend(parts[1:] if further else parts)
    return result


def _split_lead(paragraph: str, *, colon_only: bool) -> list[str] | None:
    """A paragraph opening with the byline and going on into the story: [byline, body]."""
    opening = _LEAD_OPENING.match(paragraph)
    if opening is None or (colon_only and not opening["colon"]):
        return None
    named = _named(paragraph[opening.end() :])
    if named is None:
        return None
    name, tail = named
    byline, rest = _byline_end(name, tail)
    if byline is None:
        byline, rest = _job_end(name, tail)
    if byline is None and opening["colon"] and tail[:1] == " " and tail[1:2].isupper():
        byline, rest = f"By {name}", tail
    if byline is None or not rest.strip():
        return None
    return [byline, rest.strip()]


def _job_end(name: str, tail: str) -> tuple[str | None, str]:
    """ "Name[,] Job at House Opener ...": the byline ends before the story's first word."""
    words = tail.lstrip(", ").split(" ")
    skipped = len(tail) - len(tail.lstrip(", "))
    job: list[str] = []
    for word in words[: _JOB_MAX_WORDS + 1]:
        if job and _SENTENCE_OPENER.fullmatch(word) and not _NAME_CONNECTOR.fullmatch(job[-1]):
            if not any(ROLE.search(w) or _AFFILIATION.fullmatch(w) for w in job):
                return None, tail
            rest = tail[skipped + len(" ".join(job)) :]
            return f"By {name}", rest
        if not (_JOB_WORD.fullmatch(word) or ROLE.fullmatch(word)):
            break
        job.append(word)
    return None, tail


def _split(paragraph: str) -> list[str] | None:
    opening = _OPENING.search(paragraph[:_OPENING_WINDOW])
    named = _named(paragraph[opening.end() :]) if opening is not None else None
    if opening is None or named is None:
        return None
    name, tail = named
    byline, rest = _byline_end(name, tail)
    if byline is None:
        return None
    headline = paragraph[: opening.start()].strip()
    return [part for part in (headline, byline, rest.strip()) if part]


def _named(after: str) -> tuple[str, str] | None:
    """The writer's name opening the text after "By", and the text after the name."""
    name = _writer(after)
    return None if name is None else (name, after[len(name) :])


def _writer(text: str) -> str | None:
    """The writer's name at the start of ``text``, without a job title written in capitals."""
    caps = _CAPS_NAME.match(text)
    if caps is not None:
        words = caps.group(0).split(" ")
        while words and ROLE.fullmatch(words[-1]):
            words.pop()
        return " ".join(words) if len(words) >= 2 else None
    title = _TITLE_NAME.match(text)
    return title.group(0) if title is not None else None


def _byline_end(name: str, tail: str) -> tuple[str | None, str]:
    """The byline paragraph and the text after it; no byline unless a date or dateline ends it."""
    found = find_full_date(tail[:_DATE_WINDOW])
    if found is not None:
        match = found[1]
        words = tail[: match.start()].split()
        if len(words) <= _FILLER_MAX_WORDS and all(_FILLER_WORD.fullmatch(w) for w in words):
            return f"By {name}, {match.group(0)}", tail[match.end() :]
    stripped = tail.lstrip(".,; ")
    if stripped != tail and find_dateline(stripped) is not None:
        return f"By {name}", stripped
    return None, tail
