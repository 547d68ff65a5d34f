"""Known people whose names the text spells another way (actors17).

Names written in other alphabets reach English in several spellings: "Kuleba" and the French
"Kouleba", "Abdullah" and "Abdallah", "Mohammed", "Muhammad" and "Mohamed", "Sergey" and
"Sergei". Such spellings differ in their vowels and in doubled letters far more than in their
consonants, so two spellings whose consonant skeletons agree (first letter kept, vowels and
"y" dropped, doubled letters made one, "w" read as "v") may name one person.

A skeleton is loose, so it is read only where the text vouches for the office: after a title
("Foreign Minister Dmytro Kouleba"), for people who held an office that title names on the
event's date, and only when exactly one known person fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence

from detente.lexicons.actor_index import fold
from detente.lexicons.actors import PersonEntry, tokenise

# Letters whose spelling varies most between transliterations: left out of the skeleton.
VOWELS = re.compile(r"[aeiouy]")
# A skeleton shorter than this is too common to tell people apart ("mn" of "Amin", "Iman").
MIN_SKELETON = 3
# Words of a surname the skeleton may compare at most ("Abdullah bin Zayed").
MAX_KEY_WORDS = 3


def skeleton(word: str) -> str:
    """The consonant skeleton of a word: "Kouleba" → "klb", "Muhammad" → "mhmd"."""
    w = fold(word).replace("w", "v")
    if not w:
        return ""
    rest = VOWELS.sub("", w[1:])
    out = w[0]
    for c in rest:
        if c != out[-1]:
            out += c
    return out


def spelt_alike(
    surnames: Mapping[tuple[str, ...], tuple[PersonEntry, ...]],
    words: Sequence[str],
    fits: Callable[[PersonEntry], bool],
    skeletons: MutableMapping[tuple[str, ...], tuple[tuple[str, ...], ...]] | None = None,
) -> PersonEntry | None:
    """The one known person that fits whose surname, and any given name written before it,
    has the skeleton of ``words`` (a name run after a title); None when none or several do.

    ``skeletons`` keeps the surnames' skeleton index between calls (the lexicon's
    ``ActorLexicon.skeletons``): filled on the first call, read on the later ones."""
    index = skeletons if skeletons else skeleton_index(surnames)
    if skeletons is not None and not skeletons:
        skeletons.update(index)
    found: dict[int, PersonEntry] = {}
    for k in range(min(MAX_KEY_WORDS, len(words)), 0, -1):
        key = tuple(skeleton(w) for w in words[-k:])
        if sum(len(s) for s in key) < MIN_SKELETON:
            continue
        for written in index.get(key, ()):
            for person in surnames[written]:
                if _given_alike(person, words[:-k]) and fits(person):
                    found[id(person)] = person
        if found:
            break
    return next(iter(found.values())) if len(found) == 1 else None


def _given_alike(person: PersonEntry, given: Sequence[str]) -> bool:
    """Whether every word written before the surname has the skeleton of one of the person's
    own names ("Dmytro" for Dmytro Kuleba)."""
    own = {skeleton(t.norm) for name in (person.name, *person.aliases) for t in tokenise(name)}
    return all(skeleton(w) in own for w in given)


def skeleton_index(
    surnames: Mapping[tuple[str, ...], tuple[PersonEntry, ...]],
) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Surname keys by their skeletons (keys only: the people are read when asked for)."""
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in surnames:
        index.setdefault(tuple(skeleton(w) for w in key), []).append(key)
    return {k: tuple(v) for k, v in index.items()}
