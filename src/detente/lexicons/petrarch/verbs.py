"""Reader of PETRARCH-format verb dictionaries (CAMEO.2.0.txt): synsets, verb blocks, patterns.

The format is described in the PETRARCH documentation (dictionaries.rst, "Verb Dictionary"). This
module only reads: it keeps what the file says, line numbers included, and leaves the question of
what our dependency matcher can use to ``detente.lexicons.petrarch.verb_patterns``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import LexiconError

log = logging.getLogger(__name__)

RECORD = dict(frozen=True, slots=True, kw_only=True)

# `--- <DESCRIPTION> [<CODE>] ---` opens a verb block.
BLOCK_HEADER = re.compile(r"^---\s*(?P<name>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*---\s*$")
# A code in brackets: `[042]`, `[042:043]`, `[:173]`, `[---]`, `[080!]`.
CODE = re.compile(r"^(?P<source>[0-9]*|---)(?::(?P<reverse>[0-9]*|---))?(?P<mark>!)?$")
# Actor markers of a pattern: source, target, skipped phrase, compound actor.
MARKERS = frozenset({"$", "+", "^", "%"})


@dataclass(**RECORD)
class Code:
    """A bracketed code: the event from source to target and, after ':', one the other way."""

    source: str | None  # None: the null code `---` or nothing before ':'
    reverse: str | None = None
    marked: bool = False  # a trailing '!' (undocumented in the format description)

    @property
    def is_null(self) -> bool:
        """True when the code yields no event in either direction."""
        return self.source is None and self.reverse is None


@dataclass(**RECORD)
class SynsetPhrase:
    """One member of a synset: consecutive words; plural forms generated unless disabled."""

    words: tuple[str, ...]
    plural: bool


@dataclass(**RECORD)
class Synset:
    """A labelled word group (`&CURRENCY`) usable wherever a pattern names a word."""

    name: str
    phrases: tuple[SynsetPhrase, ...]
    line: int


@dataclass(**RECORD)
class VerbPhrase:
    """A verb with the words glued to it (`+CORDON_OFF`, `WIRE_+TAP`); ``index`` marks the verb."""

    words: tuple[str, ...]
    index: int

    @property
    def verb(self) -> str:
        """The word that is the verb itself."""
        return self.words[self.index]


@dataclass(**RECORD)
class VerbEntry:
    """One verb of a block, with its irregular forms (None: regular, generated) and own code."""

    phrase: VerbPhrase
    forms: tuple[VerbPhrase, ...] | None
    code: Code | None
    line: int


@dataclass(**RECORD)
class Word:
    """A plain word of a pattern (upper case in the files, kept as written)."""

    text: str


@dataclass(**RECORD)
class SynsetRef:
    """`&NAME` in a pattern: any member of the synset."""

    name: str


@dataclass(**RECORD)
class Marker:
    """An actor marker: `$` source, `+` target, `^` skipped phrase, `%` compound actor."""

    kind: str


@dataclass(**RECORD)
class NounPhrase:
    """`{FINANCIAL AID}`: modifiers then the head, which is the last part."""

    parts: tuple[Word | SynsetRef | Marker, ...]


@dataclass(**RECORD)
class PrepPhrase:
    """`(FOR AID)`, `(TO)`, `(WITH +)`: a preposition and what follows it inside the brackets."""

    prep: str
    parts: tuple[Element, ...]


Element = Word | SynsetRef | Marker | NounPhrase | PrepPhrase


@dataclass(**RECORD)
class VerbPattern:
    """`- <before> * <after> [code] # comment`: words around the verb and the resulting code."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: Code
    comment: str
    line: int


@dataclass(**RECORD)
class VerbBlock:
    """Synonymous verbs sharing a default code and a list of patterns."""

    name: str
    code: Code
    verbs: tuple[VerbEntry, ...]
    patterns: tuple[VerbPattern, ...]
    line: int


@dataclass(**RECORD)
class VerbDictionary:
    """A whole verb dictionary file; ``problems`` lists the lines that could not be read."""

    origin: str
    synsets: dict[str, Synset]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[tuple[int, str], ...] = ()  # `~` lines, kept as (line, text)
    problems: tuple[str, ...] = field(default_factory=tuple)


def parse_code(text: str) -> Code:
    """Read the inside of a `[...]` code; raise ValueError when it is not one."""
    found = CODE.match(text.strip())
    if found is None:
        raise ValueError(f"{text!r} is not a code")
    source, reverse = found["source"], found["reverse"]
    return Code(
        source=source if source and source != "---" else None,
        reverse=reverse if reverse and reverse != "---" else None,
        marked=found["mark"] is not None,
    )


def _strip_comment(line: str) -> tuple[str, str]:
    """Split off a comment: '#' as the format says, or ';' as in TABARI-era lines."""
    found = re.search(r"[#;]", line)
    if found is None:
        return line.rstrip(), ""
    return line[: found.start()].rstrip(), line[found.end() :].strip()


def _split_code(body: str) -> tuple[str, str | None]:
    """Separate a trailing `[code]` from the rest of a line."""
    found = re.search(r"\[([^\]]*)\]\s*$", body)
    if found is None:
        return body.strip(), None
    return body[: found.start()].strip(), found.group(1)


def _verb_phrase(text: str) -> VerbPhrase:
    """`ASK`, `+ASK_FOR`, `WIRE_+TAP`: words split on '_', the '+' marking the verb."""
    words = text.split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(words) > 1 and len(marked) != 1:
        raise ValueError(f"multi-word verb {text!r} needs exactly one '+' before its verb")
    index = marked[0] if marked else 0
    cleaned = tuple(w.lstrip("+") for w in words)
    if not all(cleaned) or any(" " in w for w in cleaned):
        raise ValueError(f"{text!r} is not a verb phrase")
    return VerbPhrase(words=cleaned, index=index)


def _read_verb(body: str, line: int) -> VerbEntry:
    rest, code_text = _split_code(body)
    forms: tuple[VerbPhrase, ...] | None = None
    found = re.fullmatch(r"(?P<verb>\S+)\s*(?:\{(?P<forms>[^}]*)\})?", rest)
    if found is None:
        raise ValueError(f"{rest!r} is not a verb with optional {{forms}}")
    if found["forms"] is not None:
        forms = tuple(_verb_phrase(f) for f in found["forms"].split())
    return VerbEntry(
        phrase=_verb_phrase(found["verb"]),
        forms=forms,
        code=parse_code(code_text) if code_text is not None else None,
        line=line,
    )


def _tokens(text: str) -> Iterator[str]:
    """Pattern tokens: words, markers, and whole `{...}` / `(...)` groups."""
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        if char in "{(":
            close = "}" if char == "{" else ")"
            depth_end = _group_end(text, pos, close)
            yield text[pos : depth_end + 1]
            pos = depth_end + 1
            continue
        if char in "})":
            raise ValueError(f"unbalanced {char!r}")
        end = pos
        while end < len(text) and not text[end].isspace() and text[end] not in "{}()":
            end += 1
        yield text[pos:end]
        pos = end


def _group_end(text: str, start: int, close: str) -> int:
    """Index of the bracket closing the group opened at ``start`` (groups nest one level)."""
    nested = 0
    for index in range(start + 1, len(text)):
        char = text[index]
        if char in "{(":
            nested += 1
        elif char in "})":
            if nested == 0:
                if char != close:
                    raise ValueError(f"{text[start]!r} closed by {char!r}")
                return index
            nested -= 1
    raise ValueError(f"unclosed {text[start]!r}")


def _element(token: str) -> Element:
    if token in MARKERS:
        return Marker(kind=token)
    if token.startswith("{"):
        parts = tuple(_element(t) for t in _tokens(token[1:-1]))
        if not parts or not all(isinstance(p, Word | SynsetRef | Marker) for p in parts):
            raise ValueError(f"noun phrase {token} must hold words or synsets")
        return NounPhrase(parts=parts)  # type: ignore[arg-type]  # checked just above
    if token.startswith("("):
        inner = list(_tokens(token[1:-1]))
        if not inner or inner[0] in MARKERS or inner[0][0] in "{(&":
            raise ValueError(f"prepositional phrase {token} must start with a preposition")
        return PrepPhrase(prep=inner[0], parts=tuple(_element(t) for t in inner[1:]))
    if token.startswith("&"):
        if len(token) == 1:
            raise ValueError("'&' without a synset name")
        return SynsetRef(name=token)
    return Word(text=token)


def _read_pattern(body: str, comment: str, line: int) -> VerbPattern:
    rest, code_text = _split_code(body[1:])
    if code_text is None:
        raise ValueError("pattern without a [code]")
    before_text, star, after_text = rest.partition("*")
    if not star:
        raise ValueError("pattern without '*' for the verb")
    if "*" in after_text:
        raise ValueError("pattern with more than one '*'")
    return VerbPattern(
        before=tuple(_element(t) for t in _tokens(before_text)),
        after=tuple(_element(t) for t in _tokens(after_text)),
        code=parse_code(code_text),
        comment=comment,
        line=line,
    )


def _synset_phrase(text: str, label_plural: bool) -> SynsetPhrase:
    plural = label_plural and not text.endswith("_")
    words = tuple(w for w in text.rstrip("_").split("_") if w)
    if not words or any(w[0] in "$+%^&" for w in words):
        raise ValueError(f"synset phrase {text!r} must hold plain words")
    return SynsetPhrase(words=words, plural=plural)


@dataclass
class _Open:
    """What the reader is inside: a synset or a verb block (mutable while reading only)."""

    kind: str  # "synset" | "block"
    name: str
    line: int
    code: Code = field(default_factory=lambda: Code(source=None))
    plural: bool = True
    phrases: list[SynsetPhrase] = field(default_factory=list)
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


class _Reader:
    """Line-by-line state of one file; a bad line is recorded and skipped."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.synsets: dict[str, Synset] = {}
        self.blocks: list[VerbBlock] = []
        self.transformations: list[tuple[int, str]] = []
        self.problems: list[str] = []
        self.current: _Open | None = None

    def close(self) -> None:
        done, self.current = self.current, None
        if done is None:
            return
        if done.kind == "synset":
            self.synsets[done.name] = Synset(
                name=done.name, phrases=tuple(done.phrases), line=done.line
            )
        else:
            self.blocks.append(
                VerbBlock(
                    name=done.name,
                    code=done.code,
                    verbs=tuple(done.verbs),
                    patterns=tuple(done.patterns),
                    line=done.line,
                )
            )

    def line(self, raw: str, number: int) -> None:
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            return
        if stripped.startswith("~"):
            self.transformations.append((number, stripped))
            return
        header = BLOCK_HEADER.match(stripped) if stripped.startswith("---") else None
        if header is not None:
            self.close()
            code = parse_code(header["code"]) if header["code"] is not None else None
            self.current = _Open(kind="block", name=header["name"], line=number)
            self.current.code = code or Code(source=None)
            return
        body, comment = _strip_comment(stripped)
        if body.startswith("&"):
            self.close()
            name = body.split()[0]
            self.current = _Open(
                kind="synset", name=name.rstrip("_"), line=number, plural=not name.endswith("_")
            )
            return
        self._member(body, comment, number)

    def _member(self, body: str, comment: str, number: int) -> None:
        current = self.current
        if current is None:
            raise ValueError("line outside any synset or verb block")
        if current.kind == "synset":
            if not body.startswith("+"):
                raise ValueError(f"synset {current.name} members start with '+'")
            current.phrases.append(_synset_phrase(body[1:].strip(), current.plural))
        elif body.startswith("-"):
            current.patterns.append(_read_pattern(body, comment, number))
        else:
            current.verbs.append(_read_verb(body, number))


def parse_verb_dictionary(text: str, origin: str) -> VerbDictionary:
    """Read verb-dictionary text; unreadable lines go to ``problems`` as "file:line: reason"."""
    reader = _Reader(origin)
    for number, raw in enumerate(text.splitlines(), start=1):
        try:
            reader.line(raw, number)
        except ValueError as exc:
            reader.problems.append(f"{origin}:{number}: {exc}")
    reader.close()
    for problem in reader.problems:
        log.warning("verb dictionary: %s", problem)
    return VerbDictionary(
        origin=origin,
        synsets=reader.synsets,
        blocks=tuple(reader.blocks),
        transformations=tuple(reader.transformations),
        problems=tuple(reader.problems),
    )


def read_verb_dictionary(path: Path) -> VerbDictionary:
    """Read a PETRARCH verb dictionary file; a file that cannot be read raises LexiconError."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read verb dictionary ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: verb dictionary is not UTF-8 text ({exc.reason})") from exc
    return parse_verb_dictionary(text, str(path))
