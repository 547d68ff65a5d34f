"""Parties said to be of the place they are in: "local commanders", "tribal militiamen",
"villagers", "voters", "anti-Ruritanian fighters" (actors16).

A story about a foreign army fighting abroad names the foreign power most, so a bare role takes
its country from the context or from the force named before. A party described by its place
("local", "tribal") or as the people of a place ("villagers", "voters") is of that place, and
one named as fighting against some side ("anti-X") is no member of it: such a party takes the
country the story's places make its home, else X's own land when X is a group or a person of
one state ("anti-Taliban fighters" are Afghans), else no country, for the event's place to
decide. A country the phrase itself names ("Afghan local commanders") is never touched, nor a
guess that is itself a country of the story's places ("the villagers" of a Peruvian story that
also names a museum in London): that land may be the place meant.
"""

from __future__ import annotations

import re

from detente.coding.phrase_state import Found, PhraseState
from detente.lexicons.actors import KINDS, CountryEntry
from detente.lexicons.english import english

# "anti-Taliban", "anti-American": the side a party is named against (the lexicon index blanks
# these words, lexicons/actor_index.py NOT_SELF).
OPPOSED = re.compile(r"\banti-([\w.'’]+(?:-[\w.'’]+)*)", re.IGNORECASE)
# A guess from the article's context or from a party named before: what a place overrules.
GUESSED_RULES = frozenset({"context", "reference"})


def placed_party(
    phrase: PhraseState, where: Found, stated: Found, a: int, h: int
) -> tuple[bool, Found | None]:
    """Whether the phrase of tokens [a, h) names a party of the place, and if so its country
    (None: no country of its own; the event's place decides at placement)."""
    if where.rule not in GUESSED_RULES:
        return False, None
    opposed = _opposed(phrase, a, h)
    if opposed is None and not _of_the_place(phrase, stated, a, h):
        return False, None
    home = phrase._from_places()
    if opposed is not None:
        country, state = opposed
        if home is not None and home.country != (country if state else None):
            return True, home
        if not state:  # fighters against a group or a leader of one state are of that state
            return True, Found(country=country, rule="context")
        return True, (None if where.country == country else where)
    if phrase.memory is not None and where.country in phrase.memory.places:
        return False, None  # the guess is a land the story is set in: it may be this place
    if home is not None:
        return True, home
    # no home: an armed party of the place is not the foreign force the story names most
    return (True, None) if stated.sector in english().senses.place_armed_sectors else (
        False, None)


def _of_the_place(phrase: PhraseState, stated: Found, a: int, h: int) -> bool:
    """ "local commanders", "tribal militiamen", "villagers", "voters": a word before the head
    that says the party is of the place, or a head noun naming a place's people."""
    senses = english().senses
    if stated.rule == "agent" and stated.spans:
        [(start, end)] = stated.spans[:1]
        if " ".join(t.norm for t in phrase.tokens[start:end]) in senses.place_people:
            return True
    return any(t.norm in senses.place_words for t in phrase.tokens[a:h])


def _opposed(phrase: PhraseState, a: int, h: int) -> tuple[str, bool] | None:
    """The country of the side named in "anti-X" before the head, and whether X is a state
    itself (a country's name or people) rather than a group or a person of one."""
    if not phrase.tokens or h <= a:
        return None
    start = phrase.tokens[a - 1].end if a > 0 else 0
    found = OPPOSED.search(phrase.text, start, phrase.tokens[h - 1].start)
    if found is None:
        return None
    _, matches = phrase.lexicon.scan(found.group(1).replace("-", " "))
    for m in matches:
        entry = m.term.entry
        if m.term.kind in ("country", "adjective", "people") and isinstance(entry, CountryEntry):
            return entry.output, True
        if m.term.kind in ("org", "person"):
            side = phrase._found_person(entry, (0, 0), False) if m.term.kind == "person" else (
                phrase._found_entity(m))
            if side.country and side.country not in KINDS:
                return side.country, False
    return None
