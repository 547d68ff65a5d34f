"""Bodies called by the last word of their name: "the Alliance" after NATO, "the Commission"
after the European Commission, "the Fund" after the IMF.

News names an organisation once in full and then by the capitalised noun its name ends in
(English style sheets write these short forms with a capital for that reason). Such a short
form is the latest organisation of the article whose name or alias ends in that noun; without
one it stays the plain noun it is ("the Alliance" alone says nothing about NATO).
"""

from __future__ import annotations

from detente.coding.actor_state import ActorCode
from detente.coding.phrase_parts import ENTITY_KINDS
from detente.coding.phrase_state import PhraseState
from detente.lexicons.actors import OrganisationEntry, tokenise


def short_form(state: PhraseState) -> list[ActorCode]:
    """ "the Alliance": the latest organisation named whose name ends in the capitalised noun."""
    tokens = state.tokens
    if len(tokens) != 2 or tokens[0].norm != "the" or tokens[1].case != "title":
        return []
    if any(m.term.kind in ENTITY_KINDS for m in state.matches):
        return []  # "the Taliban", "the Kremlin": a name of its own
    noun = tokens[1].norm
    for code in state.memory.recent() if state.memory else ():
        if code.org is None or code.name is None:
            continue
        entry = _organisation(state, code.name)
        if entry is not None and entry.code == code.org and noun in _last_words(entry):
            body = ActorCode(
                country=code.country,
                sector=entry.sector,
                name=entry.name,
                matched=state.text.strip(),
                rule="reference",
                org=entry.code,
            )
            return [body]
    return []


def _organisation(state: PhraseState, name: str) -> OrganisationEntry | None:
    """The organisation entry a remembered name is the whole of."""
    tokens, matches = state.lexicon.scan(name, keep=False)
    for m in matches:
        entry = m.term.entry
        if m.start == 0 and m.end == len(tokens) and isinstance(entry, OrganisationEntry):
            return entry
    return None


def _last_words(entry: OrganisationEntry) -> set[str]:
    """The head nouns of the entry's name and aliases: the last word, or the last before "of"
    ("North Atlantic Alliance" → alliance, "Rangers of the North" → rangers, not north)."""
    found = set()
    for name in (entry.name, *entry.aliases):
        words = [t.norm for t in tokenise(name)]
        head = words[: words.index("of")] if "of" in words else words
        if len(words) > 1 and head:  # "NATO" alone has no short form beside itself
            found.add(head[-1])
    return found
