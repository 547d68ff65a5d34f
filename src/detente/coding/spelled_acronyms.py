"""An acronym the article spells out as another body's name: "the Financial Services Agency
... the FSA" is Japan's regulator, not the Free Syrian Army; "the International Cricket Council
... the ICC" is no court.

Acronyms are short and shared. When the article's context writes out a name whose capitalised
words' initials make the acronym (with linking words such as "of" or "and" between), and that
name is none of the lexicon body's own names, the acronym stands for the body the article named,
and the lexicon's reading is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from detente.lexicons.actor_index import fold
from detente.lexicons.actors import Match, OrganisationEntry, Token
from detente.lexicons.english import english

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def without_spelled_acronyms(
    tokens: Sequence[Token], matches: Sequence[Match], context: str | None
) -> tuple[Match, ...]:
    """The phrase's matches without acronyms the article spells out as another name."""
    if not context:
        return tuple(matches)
    return tuple(m for m in matches if not _spelled_otherwise(m, tokens, context))


def _spelled_otherwise(m: Match, tokens: Sequence[Token], context: str) -> bool:
    entry = m.term.entry
    if m.term.kind != "org" or m.end - m.start != 1 or not isinstance(entry, OrganisationEntry):
        return False
    token = tokens[m.start]
    if token.case != "upper" or not 2 <= len(token.norm) <= 6 or not token.norm.isalpha():
        return False
    spelled = spelled_names(context, token.norm.upper())
    if not spelled:
        return False
    own = {fold(name) for name in (entry.name, *entry.aliases)}
    return not any(fold(name) in own for name in spelled)


@lru_cache(maxsize=512)
def spelled_names(context: str, letters: str) -> tuple[str, ...]:
    """Names in ``context`` whose capitalised words' initials are ``letters`` ("Financial
    Services Agency" for "FSA"), linking words allowed inside."""
    links = english().words.acronym_links
    words = [w.group() for w in _WORD.finditer(context)]
    found = []
    for i, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        j, k = i, 0
        while j < len(words) and k < len(letters):
            w = words[j]
            if w[0].isupper() and not w.isupper() and w[0] == letters[k]:
                k += 1
            elif not (k and w.lower() in links):
                break
            j += 1
        if k == len(letters):
            found.append(" ".join(words[i:j]))
    return tuple(found)
