"""A state institution named with no country: the paper's own, or at least a state's.

A paper names its own country's institutions as proper nouns, with no country word: an
Arnorian paper's "the Government", "the Federal Government", "Parliament", "the Opposition",
"the Treasury" or "the Cabinet" are Arnor's, even in a story about troops sent to Mordor that
names Mordor far more often than Arnor. Capitals mark that proper-noun use (the one such body
the writer and the reader share); a lower-case "the government" in a story about Mordor is as
likely Mordor's and keeps its guess. The paper's country is told by its site's domain, else by
its dateline ("NEW DELHI:"). The text can tie such a body to another country: when the story
named a party with the same institution word and a country before ("Mordor's parliament ...
Parliament"), that country stands, and so does any country the phrase states itself ("Mordor's
Government") or a pronoun's ("its Parliament"), which are no guesses.

Whatever its case, such an institution is a state's: "the government" guessed as the latest
party the story named, when that was an international body or a firm ("the EU ... the
government"), is the government of the paper's or the story's home instead.

english.yaml `press_institutions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from detente.coding.actor_state import ActorCode
from detente.coding.phrase_state import Found
from detente.geo.locate import ArticlePlaces, resolve_place
from detente.lexicons.actors import Token
from detente.lexicons.english import english

# The rule of an institution placed in the paper's own home (its site or dateline) or the story's.
PRESS_RULE = "home-institution"
# Rules of a country guessed from the article (its context's most-named country, or a party
# remembered before), not stated by the phrase.
GUESSED_RULES = frozenset({"context", "reference"})


def press_home(places: ArticlePlaces | None) -> str | None:
    """The paper's own country: its site's domain ("newsletter.co.uk"), else its dateline's
    place ("NEW DELHI:"); None when neither is known."""
    if places is None:
        return None
    if places.site is not None:
        return places.site
    if places.dateline is None:
        return None
    found = resolve_place(places.dateline.candidates, countries=places.countries,
                          divisions=places.divisions)  # fmt: skip
    kinds = english().codes.org_kinds
    return found.country if found is not None and found.country not in kinds else None


def press_institution(
    where: Found | None,
    words: Sequence[Token],
    recent: Iterable[ActorCode],
    press: str | None,
    story: str | None,
) -> Found | None:
    """The country of an institution whose ``words`` (its stated sector noun: "Federal
    Government") name no country, when its country was guessed: the paper's home for a
    capitalised one, the paper's or story's home for one guessed as a body of no state; None
    when the guess stands."""
    if where is None or where.rule not in GUESSED_RULES or not words:
        return None
    institutions = english().senses.press_institutions
    if " ".join(t.norm for t in words) not in institutions:
        return None
    capitalised = all(t.case == "title" for t in words)
    stateless = where.country is None or where.country in english().codes.org_kinds
    moved = press if capitalised and press != where.country else None
    if moved is None and stateless:
        moved = press or story
    if moved is None:
        return None
    tied = next((c for c in recent if _names_institution(c, words[-1].norm)), None)
    if tied is not None:  # "Mordor's parliament ... Parliament": the text tied it to Mordor
        return Found(country=tied.country, org=tied.org, rule="reference")
    return Found(country=moved, rule=PRESS_RULE)


def _names_institution(code: ActorCode, noun: str) -> bool:
    """Whether a remembered party of a state was named with the institution's word."""
    if code.country is None or code.country in english().codes.org_kinds:
        return False
    return noun in re.findall(r"[a-z]+", code.matched.lower())
