"""Reader for PETRARCH/TABARI actor dictionaries: names, ``+`` aliases and dated codes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from detente.lexicons.petrarch.lines import Problem, iter_lines

# Two-digit years below this are 20xx: the Phoenix files were written in 2013-2014 and reach back
# to the 1900s ("JAMES_BYRNES_ [USAELI 18970101-450703]").
CENTURY_PIVOT = 30
NULL_CODE = "---"  # PETRARCH's "no code": the phrase is known and codes nothing
_BRACKET = re.compile(r"\[([^\]\[]*)\]")


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeSpan:
    """One CAMEO code with the dates it applies between (both inclusive; None: open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        """Whether the code has a date restriction (else it is the default)."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchActor:
    """One actor record: the primary phrase, its synonyms and codes in file order."""

    name: str  # as written ("HAMID_KARZAI_")
    aliases: tuple[str, ...]
    codes: tuple[CodeSpan, ...]
    origin: str
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PetrarchActors:
    """Every record of one actor dictionary and the lines that could not be read."""

    origin: str
    actors: tuple[PetrarchActor, ...]
    problems: tuple[Problem, ...]


@dataclass(slots=True)
class _Open:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)


def read_date(text: str) -> dt.date:
    """A PETRARCH date: YYYYMMDD or YYMMDD."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < CENTURY_PIVOT else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise ValueError(f"date {text!r}: {exc}") from exc


def read_code(body: str) -> CodeSpan:
    """``AFGGOV``, ``AFGGOV >011222``, ``AFGELI <750101`` or ``AFGELI 750101-000101``."""
    parts = body.split()
    if len(parts) == 3 and parts[1] in {"<", ">"}:  # "[EGYGOV > 140608]": a stray blank
        parts = [parts[0], parts[1] + parts[2]]
    if not parts or len(parts) > 2:
        raise ValueError(f"code [{body}] is not 'CODE' or 'CODE DATES'")
    code = parts[0]
    if len(parts) == 1:
        return CodeSpan(code=code)
    when = parts[1]
    if when.startswith(">"):
        return CodeSpan(code=code, start=read_date(when[1:]))
    if when.startswith("<"):
        return CodeSpan(code=code, end=read_date(when[1:]))
    first, dash, last = when.partition("-")
    if not dash:
        raise ValueError(f"dates {when!r} are not <DATE, >DATE or DATE-DATE")
    start, end = read_date(first), read_date(last)
    if end < start:
        raise ValueError(f"dates {when!r} end before they start")
    return CodeSpan(code=code, start=start, end=end)


def _codes(text: str, origin: str, number: int, problems: list[Problem]) -> list[CodeSpan]:
    """Every ``[...]`` of a line; a bad one is recorded and skipped."""
    if text.count("[") != text.count("]"):
        problems.append(Problem(origin=origin, line=number, reason="unbalanced [ ]"))
        return []
    found = []
    for match in _BRACKET.finditer(text):
        try:
            found.append(read_code(match.group(1)))
        except ValueError as exc:
            problems.append(Problem(origin=origin, line=number, reason=str(exc)))
    return found


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", name.upper()) if w]


def _continues(current: _Open | None, name: str) -> bool:
    """Whether a primary phrase is one more name of a person whose codes are still to come.

    "MIKHAIL_GORBACHEV_" (+ aliases), then "PRESIDENT_MIKHAIL_S._GORBACHEV" and the date lines:
    the Phoenix files list further forms of a name without "+" before its codes. Only a person's
    name of two words or more, repeated with its surname, continues; "U.N._" alone does not.
    """
    if current is None or current.codes or len(_words(current.name)) < 2:
        return False
    return _words(current.name)[-1] in _words(name)


def read_petrarch_actors(text: str, origin: str) -> PetrarchActors:
    """Read an actor dictionary; unreadable lines become problems naming file and line."""
    actors: list[PetrarchActor] = []
    problems: list[Problem] = []
    current: _Open | None = None

    def close() -> None:
        if current is not None:
            actors.append(PetrarchActor(name=current.name, aliases=tuple(current.aliases),
                                        codes=tuple(current.codes), origin=origin,
                                        line=current.line))

    for line in iter_lines(text):
        body = line.text.split(";", 1)[0].rstrip()  # TABARI files put comments after ";"
        stripped = body.strip()
        if not stripped:
            continue
        head, bracket, tail = stripped.partition("[")
        codes = _codes(bracket + tail, origin, line.number, problems)
        if stripped.startswith(("+", "[")) and current is None:
            problems.append(Problem(origin=origin, line=line.number,
                                    reason="synonym or date line before any actor name"))
        elif stripped.startswith("["):
            current.codes.extend(codes)  # type: ignore[union-attr]
        elif stripped.startswith("+"):
            # "+A+_B": a missing line break; each "+" starts a synonym.
            names = [n.strip() for n in head.split("+") if n.strip(" _")]
            current.aliases.extend(names)  # type: ignore[union-attr]
            current.codes.extend(codes)  # type: ignore[union-attr]
        elif line.text[0] in " \t":
            problems.append(Problem(origin=origin, line=line.number,
                                    reason=f"indented line {stripped[:40]!r} is not a [code]"))
        elif _continues(current, head.strip()):
            current.aliases.append(head.strip())  # type: ignore[union-attr]
            current.codes.extend(codes)  # type: ignore[union-attr]
        else:
            close()
            current = _Open(name=head.strip(), line=line.number, codes=codes)
    close()
    return PetrarchActors(origin=origin, actors=tuple(actors), problems=tuple(problems))


def looks_like_petrarch_actors(text: str) -> bool:
    """Whether a file reads as a PETRARCH actor dictionary rather than our YAML or TSV."""
    head = list(iter_lines(text))[:30]
    if any(re.match(r"^[\w-]+:(\s|$)", line.text) for line in head):
        return False  # a YAML mapping key at the left margin
    return any(re.search(r"\[(?:[A-Z]{3})+(?:\s+[<>]?[\d-]+)?\]", line.text) for line in head)
