"""Reader for PETRARCH agent dictionaries: sector nouns, plurals, ``!MINIST!`` forms, codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.lexicons.petrarch.lines import Problem, iter_lines

_ENTRY = re.compile(
    r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")
_SUBSTITUTION = re.compile(r"^(?P<marker>![A-Z]+!)\s*=\s*(?P<forms>.+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchAgent:
    """One agent line: every form it matches and its code."""

    forms: tuple[str, ...]  # lower case, words apart: singular first, then plurals
    code: str  # the code without "~" ("GOVFRM", "NGO")
    before: bool  # "NGO~": the code comes before the actor's (an organisation kind)
    origin: str
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchAgents:
    """Every agent of one dictionary and the lines that could not be read."""

    origin: str
    agents: tuple[PetrarchAgent, ...]
    problems: tuple[Problem, ...]


def regular_plural(word: str) -> str | None:
    """PETRARCH's regular plural (-Y → -IES, -SS → -SSES, else -S), as English spells it.

    A vowel before the -Y keeps it ("envoys"), and a word already plural ("taxpayers") gets none.
    """
    if word.endswith("y"):
        return word + "s" if word[-2:-1] in set("aeiou") else word[:-1] + "ies"
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("s"):
        return None
    return word + "s"


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").lower().split())


def _forms(phrase: str, plural: str | None, substitutions: dict[str, list[str]]) -> list[str]:
    """Singular and plural forms; a ``!MARKER!`` expands to its listed words, with no plurals."""
    marker = next((m for m in substitutions if m in phrase), None)
    if marker is not None:
        return [_words(phrase.replace(marker, word)) for word in substitutions[marker]]
    singular = _words(phrase)
    if plural is None:
        return [singular, *filter(None, [regular_plural(singular)])]
    return [singular, *(_words(p) for p in plural.split() if p.strip("_"))]


def read_petrarch_agents(text: str, origin: str) -> PetrarchAgents:
    """Read an agent dictionary; unreadable lines become problems naming file and line."""
    substitutions: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    problems: list[Problem] = []
    for line in iter_lines(text):
        stripped = line.text.strip()
        if stripped.startswith("<!--"):  # the header some agent files carry
            continue
        sub = _SUBSTITUTION.match(stripped)
        if sub:
            substitutions[sub["marker"]] = [f.strip() for f in sub["forms"].split(",") if f.strip()]
            continue
        entry = _ENTRY.match(stripped)
        code = entry["code"].strip() if entry else ""
        if entry is None or code.count("~") != 1 or not code.strip("~"):
            problems.append(Problem(origin=origin, line=line.number,
                                    reason=f"{stripped[:50]!r} is not 'PHRASE {{PLURAL}} [~CODE]'"))
            continue
        forms = _forms(entry["phrase"], entry["plural"], substitutions)
        agents.append(PetrarchAgent(forms=tuple(dict.fromkeys(f for f in forms if f)),
                                    code=code.strip("~"), before=code.endswith("~"),
                                    origin=origin, line=line.number))
    return PetrarchAgents(origin=origin, agents=tuple(agents), problems=tuple(problems))
