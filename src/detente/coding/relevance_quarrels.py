"""Relevance of violence in private life: a quarrel between neighbours or partners is a crime.

"A man stabbed his neighbour after an argument over a parking space", "a woman was stabbed by
her former boyfriend", "he beat his wife": CAMEO 18 (assault) and 19 (fight) are violence
between political actors. Violence between people tied by private life (a spouse, a partner, a
relative, a neighbour, a friend) or told as the end of a quarrel, with only private parties and
no motive of politics, terror or hate named, is a private crime (dictionary: domestic violence
"violent or aggressive behaviour within the home"), no political event. "A man attacked the
actress's son" (a tie of someone else's), "a Palestinian stabbed two Israeli police officers"
(a state's force attacked) and "a man stabbed his neighbour in a racist attack" stay. A threat
(CAMEO 13) between private people, one of them named as threatened, is private whatever ties
them ("she told police she had been threatened by a man she met online").
relevance.yaml's `private_quarrels` block holds the words (coding/relevance.py asks here among
the private-party decisions).
"""

from __future__ import annotations

from detente.coding.private_parties import public_party
from detente.coding.relevance_suits import flat_text, words_pattern
from detente.coding.thing_parties import kind_word
from detente.lexicons.relevance import PrivateQuarrels, RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["private_quarrel"]

REASON = "private-quarrel"


def _private(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A private person: a private sector, no public word, not a people named by nationality
    alone ("the Israelis", which often stands for its state)."""
    src = lexicon.source
    block = src.private_parties
    if block is None or mention.sector not in block.sectors:
        return False
    if mention.country in src.political_kinds or mention.country in src.civic_kinds:
        return False
    if mention.rule in block.people_rules:
        return False
    return not public_party(lexicon, mention)


def _tie(lexicon: RelevanceLexicon, block: PrivateQuarrels, mention: ActorMention) -> bool:
    """A party named by its tie in private life to another in the sentence ("his neighbour",
    "her former boyfriend", "a relative"); "King's son" names someone else's tie."""
    words = mention.text.lower().split()
    if not words or kind_word(lexicon, mention) not in block.relation_nouns:
        return False
    return words[0] in block.relation_determiners or words[0] in block.relation_nouns


def private_quarrel(lexicon: RelevanceLexicon, event: Event, before: str = "") -> str | None:
    """The reason violence between people tied by private life, or after a private quarrel
    told in its sentence or the one ``before`` it ("The argument escalated at the school. One
    girl stabbed the other"), is no political event; None when it may be political violence."""
    block = lexicon.source.private_quarrels
    if block is None or event.cameo[:2] not in block.roots or not event.actor:
        return None
    parties = (*event.actor, *event.recipient)
    if not all(_private(lexicon, m) for m in parties):
        return None
    flat = flat_text(event.sentence)
    threat = event.cameo[:2] in block.threat_roots and bool(event.recipient)
    tied = threat or any(_tie(lexicon, block, m) for m in parties)
    # The sentence before tells the quarrel only when this one goes on about the same people:
    # a party introduced by "a"/"an" starts a story of its own ("A man was stabbed by a gang").
    fresh = any(m.text.lower().split()[:1] in (["a"], ["an"]) for m in parties)
    told = flat if fresh else f"{flat_text(before)} {flat}"
    words = block.quarrel_words
    quarrel = bool(words) and words_pattern(words).search(told) is not None
    if not (tied or quarrel):
        return None
    complaints = lexicon.source.private_complaints
    motives = (*block.motive_words, *(complaints.state_act_words if complaints else ()))
    if motives and words_pattern(tuple(motives)).search(told) is not None:
        return None  # "in a racist attack", "militants stabbed": violence with a cause told
    return REASON
