"""Relevance per story: the paragraphs of a news roundup are separate stories.

A bulletin ("news in brief", a roundup of the day) sets a cricket result next to a border
dispute. The article's subject, read from its whole vocabulary, is wrong for one of them: in a
roundup about politics "Arnor's captain warned Gondor that his side would attack from the first
over" is still a match report, and in a roundup about sport "Arnor accused Gondor of violating
the trade treaty" is still a political event. So an event in an article of several paragraphs
is also decided by its own paragraph (a block of text between blank lines):

- a paragraph dense in terms of sport (`story_min_terms` distinct terms of relevance.yaml's
  sports vocabulary or `story_sport_cues`, more than its politics words) is a sports story,
  whatever the article's subject;
- in an article whose subject is sport read from its vocabulary, or a story-level discard
  phrase (not its URL section), a paragraph with no term of sport nor the phrase and at least
  `story_politics_terms` politics words is a political story.

One paragraph (the local and disease news corpora run their text together) leaves the article's
subject alone. coding/relevance.py asks here for each event.
"""

from __future__ import annotations

import re

from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import Article, Event

__all__ = ["POLITICS_STORY", "SPORTS_STORY", "paragraph_at", "story_call"]

SPORTS_STORY = "sports"
POLITICS_STORY = "politics"
# The domain of relevance.yaml whose vocabulary tells a sports report.
SPORTS = "sports"
# The reason of a subject read from the URL section ("/sport/"), which holds for every
# paragraph; one read from the article's words (its vocabulary, a discard) may not.
SECTION_REASON = "section:"
# The article subjects a political paragraph may leave: sport's vocabulary and the discard
# phrases (PETRARCH's story discards are mostly sport's). A health or business article's
# paragraph naming officials is still that article's story (a state's aid for an outbreak).
DISCARD = "discard"
SPORTING = frozenset({SPORTS, DISCARD})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def paragraph_at(text: str, offset: int) -> tuple[str, int]:
    """The paragraph of ``text`` holding ``offset``, and how many paragraphs the text has."""
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        if start <= offset < end:
            return text[start:end], len(starts)
    return "", len(starts)


def _sports_terms(lexicon: RelevanceLexicon, flat: str) -> int:
    pattern = lexicon.domains.get(SPORTS)
    found = set(pattern.findall(flat)) if pattern is not None else set()
    cues = lexicon.source.story_sport_cues
    if cues:
        found |= set(term_pattern(cues).findall(flat))
    return len(found)


def story_call(
    lexicon: RelevanceLexicon, article: Article, event: Event,
    subject_domain: str | None, subject_reason: str | None,
) -> str | None:  # fmt: skip
    """SPORTS_STORY or POLITICS_STORY when the event's own paragraph overrides the article's
    subject; None when it does not (or the text is one paragraph)."""
    src = lexicon.source
    if not src.story_min_terms:
        return None
    paragraph, count = paragraph_at(article.text, event.sentence_start)
    if count < 2 or not paragraph:
        return None
    flat = _flat(paragraph)
    sports = _sports_terms(lexicon, flat)
    politics = len(set(lexicon.politics.findall(flat)))
    if subject_domain != SPORTS and sports >= src.story_min_terms:
        return SPORTS_STORY if sports > src.politics_weight * politics else None
    if subject_reason is None or subject_reason.startswith(SECTION_REASON):
        return None
    if subject_domain not in SPORTING or politics < src.story_politics_terms:
        return None
    # a story-level discard is mostly sport's ("world cup", "goalkeeper"): not told here
    phrase = subject_reason.split(":", 1)[1] if subject_domain == DISCARD else ""
    if (phrase and phrase in flat) or _sports_terms(lexicon, flat):
        return None
    return POLITICS_STORY
