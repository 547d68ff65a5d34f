"""A definite noun the article used before: "the boxer" after "an Irish boxer".

English introduces a party with an indefinite or descriptive phrase ("an Irish boxer", "Irish
boxer Sean Kelly", "a Russian tanker") and goes on with the definite article and the same head
noun ("the boxer", "the tanker"): a definite description refers back to the one the text
introduced. When the noun is none the lexicon knows (no sector noun, no name), nothing else
codes the phrase, and the story's place would lend it the country where it happens, which for
a foreigner charged abroad is the wrong one. Such a phrase is the latest party the article
coded with a country of its own words (a nationality, a name) whose phrase held that noun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.phrase_state import PhraseState
from detente.lexicons.actors import tokenise

# Rules by which a party's country came from a nationality its own words give ("an Irish
# boxer", "Irish boxer Sean Kelly") or from its name, a person's or (actors20) an organisation's
# ("the mission" after "the UN Mission in South Sudan"): a country guessed from the story's context
# or places says nothing of who the party is, and a country named beside a thing ("a Nepal
# festival", "the class toured Paris") makes no person of it.
STATED_RULES = frozenset({"demonym", "person-role", "stated-role", "user", "org"})
# Words of a definite description beside its article: "the young boxer", "the boxer".
MAX_WORDS = 3


def repeated_noun(state: PhraseState) -> list[ActorCode]:
    """ "the boxer" after "an Irish boxer": that party's code."""
    tokens = state.tokens
    if not 2 <= len(tokens) <= MAX_WORDS or tokens[0].norm not in state.words.definite:
        return []
    if state.matches or any(not t.norm.isalpha() for t in tokens[1:]):
        return []  # a known word decides
    if len(tokens) > 2 and any(t.case != "lower" for t in tokens[1:]):
        return []  # a name is no repeated noun; "the Mission" may be one named before
    code = repeated_party(state.memory, tokens[-1].norm)
    return [replace(code, matched=state.text.strip(), rule="reference")] if code else []


def repeated_party(memory: ActorMemory | None, noun: str) -> ActorCode | None:
    """The latest party the article introduced (as a sentence's subject or a person by name:
    news makes its actors subjects; a thing, "a Russian plan", is mostly an object) with
    ``noun`` and a country of its own words."""
    for code in memory.introduced() if memory else ():
        if code.blocks or code.country is None or code.rule not in STATED_RULES:
            continue
        if _names_party(code.matched, noun):
            return code
    return None


def _names_party(text: str, noun: str) -> bool:
    """Whether ``noun`` is a word of a party's phrase that names the party itself, not its
    possessor ("the boxer's trainer" is the trainer)."""
    found = re.search(rf"\b{re.escape(noun)}\b(?!['’]s\b)", text, re.IGNORECASE)
    return found is not None and noun in {t.norm for t in tokenise(text)}
