"""One phrase, one party: a phrase a sentence's earlier event placed in a country is of that
country in the sentence's other events as well.

The placement stage places a party that its words leave without a country by what the event
tells: the people an arrest or a custody is done to are of the arresting state ("A man is in
custody", Canada's police holding him), a party acting where the event happened is of that
place. Another act told of the same words in the same sentence ("A man is in custody *after
pointing a replica handgun* at an officer") may tell nothing that places them, and its event
was dropped as unplaced although the sentence has already said whose the man is. The words
are one party: the country found for them once holds for each act the sentence tells of them.

Only the very same words (the same character span, so in practice the same sentence) are
carried over, and only to a mention the words left with no country; a country the words
read themselves is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import replace

from detente.coding.parties import Parties
from detente.records import ActorMention, Event

# A placed phrase by its character span in the article text.
PlacedPhrases = MutableMapping[tuple[int, int], ActorMention]


def note_placed_phrases(events: Iterable[Event | None], placed: PlacedPhrases) -> None:
    """Remember the span and codes of every party an event of the sentence placed."""
    for event in events:
        if event is None:
            continue
        for m in (*event.actor, *event.recipient):
            if m.country is not None:
                placed.setdefault((m.start, m.end), m)


def with_placed_phrases(parties: Parties, placed: PlacedPhrases) -> Parties:
    """The parties, each mention with no country given the country its very words were
    placed in by an earlier event of the sentence."""
    if not placed:
        return parties
    actor = _carried(parties.actor, placed)
    recipient = _carried(parties.recipient, placed)
    if actor == parties.actor and recipient == parties.recipient:
        return parties
    return replace(parties, actor=actor, recipient=recipient)


def _carried(
    mentions: tuple[ActorMention, ...], placed: PlacedPhrases
) -> tuple[ActorMention, ...]:
    found = []
    for m in mentions:
        same = placed.get((m.start, m.end)) if m.country is None else None
        if same is not None and same.text == m.text and same.sector == m.sector:
            m = replace(m, country=same.country, rule=same.rule)
        found.append(m)
    return tuple(found)
