"""Schema, loader and lookups of the event ontology: CAMEO codes and their PLOVER 0.8 mapping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from detente.errors import LexiconError

CAMEO_FILE = "cameo.tsv"
PLOVER_FILE = "cameo_plover.tsv"
CAMEO_COLUMNS = ("code", "root", "name", "goldstein", "quad_class")
PLOVER_COLUMNS = ("code", "event_type", "mode", "context", "default")

# The sixteen PLOVER 0.8 event types, in the manual's order (cooperation to conflict).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# Marks CAMEO codes that PLOVER does not code (the 01 statements); the coder emits no event.
NOT_CODED = "none"

_REQUEST_MODES = frozenset({"assist", "change", "yield", "meet"})
# Modes allowed per PLOVER 0.8 event type; types absent here take no mode.
PLOVER_MODES: Mapping[str, frozenset[str]] = MappingProxyType({
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": _REQUEST_MODES,
    "REJECT": _REQUEST_MODES,
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    }),
    "ASSAULT": frozenset({
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    }),
})  # fmt: skip

# The PLOVER 0.8 general contexts; any of them may go with any event type.
PLOVER_CONTEXTS: frozenset[str] = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})  # fmt: skip

_ROOT = r"(0[1-9]|1[0-9]|20)"
_Row = TypeVar("_Row", bound=BaseModel)


def quad_class_for_root(root: str) -> int:
    """QuadClass of a CAMEO root under the GDELT convention (01-05, 06-08, 09-13, 14-20)."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"{root!r} is not a CAMEO root (01-20)")
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


class CameoRowModel(BaseModel):
    """One row of cameo.tsv: a CAMEO code with its label and scores."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=rf"^{_ROOT}[0-9]{{0,2}}$")
    root: str = Field(pattern=rf"^{_ROOT}$")
    name: str = Field(min_length=1)
    goldstein: float = Field(ge=-10, le=10)
    quad_class: int = Field(ge=1, le=4)

    @model_validator(mode="after")
    def _consistent(self) -> CameoRowModel:
        if not self.code.startswith(self.root):
            raise ValueError(f"code {self.code} does not start with its root {self.root}")
        expected = quad_class_for_root(self.root)
        if self.quad_class != expected:
            raise ValueError(f"quad_class of root {self.root} is {expected}, not {self.quad_class}")
        return self


class PloverRowModel(BaseModel):
    """One row of cameo_plover.tsv: the PLOVER type, mode and context of a CAMEO code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=rf"^{_ROOT}[0-9]{{0,2}}$")
    event_type: str  # one of PLOVER_TYPES, or NOT_CODED
    mode: str | None = None
    context: tuple[str, ...] = ()
    default: Literal["", "type", "mode"] = ""

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value != NOT_CODED and value not in PLOVER_TYPES:
            raise ValueError(f"{value!r} is not a PLOVER 0.8 event type (or {NOT_CODED!r})")
        return value

    @field_validator("mode", mode="before")
    @classmethod
    def _empty_mode(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("context", mode="before")
    @classmethod
    def _split_context(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @model_validator(mode="after")
    def _known_terms(self) -> PloverRowModel:
        if self.event_type == NOT_CODED:
            if self.mode or self.context or self.default:
                raise ValueError("a `none` code takes no mode, context or default")
            return self
        allowed = PLOVER_MODES.get(self.event_type, frozenset())
        if self.mode is not None and self.mode not in allowed:
            options = ", ".join(sorted(allowed)) or "no modes"
            raise ValueError(f"mode {self.mode!r} is not a {self.event_type} mode ({options})")
        unknown = [c for c in self.context if c not in PLOVER_CONTEXTS]
        if unknown:
            raise ValueError(f"unknown PLOVER context(s): {', '.join(unknown)}")
        if self.default == "mode" and self.mode is None:
            raise ValueError("default `mode` needs a mode")
        return self


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoCode:
    """A CAMEO code with its scores and PLOVER 0.8 equivalent."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int  # 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
    event_type: str  # PLOVER 0.8 type, or NOT_CODED
    mode: str | None
    context: tuple[str, ...]

    @property
    def codable(self) -> bool:
        """Whether PLOVER codes this CAMEO code as an event at all."""
        return self.event_type != NOT_CODED


@dataclass(frozen=True, slots=True, kw_only=True)
class Ontology:
    """The loaded ontology: every CAMEO code, its PLOVER mapping and the default codes per type."""

    version: str
    codes: Mapping[str, CameoCode]
    type_defaults: Mapping[str, str]  # PLOVER type → its most typical CAMEO code
    mode_defaults: Mapping[tuple[str, str], str]  # (PLOVER type, mode) → typical CAMEO code

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code record; KeyError names an unknown code."""
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def plover_types(self) -> frozenset[str]:
        """The PLOVER event types some CAMEO code maps to (`none` excluded)."""
        return frozenset(c.event_type for c in self.codes.values() if c.codable)

    def default_cameo_for(self, event_type: str, mode: str | None = None) -> str:
        """The most typical CAMEO code for a PLOVER type (and mode, when one maps to it)."""
        if event_type not in self.type_defaults:
            raise KeyError(f"no CAMEO code maps to PLOVER type {event_type!r}")
        if mode is not None and (event_type, mode) in self.mode_defaults:
            return self.mode_defaults[(event_type, mode)]
        return self.type_defaults[event_type]


def load_ontology(dir: Path | None = None) -> Ontology:
    """Read and check cameo.tsv and cameo_plover.tsv from `dir`, or the shipped copies if None."""
    base: Traversable | Path = (
        dir if dir is not None else resources.files("detente.lexicons").joinpath("data")
    )
    cameo_version, cameo_rows = _read_tsv(base, CAMEO_FILE, CAMEO_COLUMNS)
    plover_version, plover_rows = _read_tsv(base, PLOVER_FILE, PLOVER_COLUMNS)
    if cameo_version != plover_version:
        raise LexiconError(
            f"{PLOVER_FILE}: version {plover_version} differs from {CAMEO_FILE} {cameo_version}"
        )
    scores = _validate(CAMEO_FILE, cameo_rows, CameoRowModel)
    mapping = _validate(PLOVER_FILE, plover_rows, PloverRowModel)
    _check_same_codes(scores, mapping)
    codes = {
        code: CameoCode(
            code=code,
            root=row.root,
            name=row.name,
            goldstein=row.goldstein,
            quad_class=row.quad_class,
            event_type=mapping[code][1].event_type,
            mode=mapping[code][1].mode,
            context=mapping[code][1].context,
        )
        for code, (_, row) in scores.items()
    }
    type_defaults, mode_defaults = _defaults(mapping)
    return Ontology(
        version=cameo_version,
        codes=MappingProxyType(codes),
        type_defaults=MappingProxyType(type_defaults),
        mode_defaults=MappingProxyType(mode_defaults),
    )


def _read_tsv(
    base: Traversable | Path, name: str, columns: tuple[str, ...]
) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    """Read one lexicon TSV: its `# version:` comment and its rows keyed by column name."""
    origin = str(base / name) if isinstance(base, Path) else name
    try:
        text = base.joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{origin}: cannot read ontology file ({exc})") from exc
    version: str | None = None
    header_seen = False
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if key.strip() == "version" and value.strip():
                version = value.strip()
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(f.strip() for f in fields) != columns:
                raise LexiconError(
                    f"{origin}:{lineno}: header must be {' '.join(columns)} (tab-separated)"
                )
            header_seen = True
            continue
        if len(fields) > len(columns):
            raise LexiconError(
                f"{origin}:{lineno}: {len(fields)} tab-separated fields, expected {len(columns)}"
            )
        fields += [""] * (len(columns) - len(fields))  # editors may strip trailing empty fields
        rows.append((lineno, dict(zip(columns, (f.strip() for f in fields), strict=True))))
    if version is None:
        raise LexiconError(f"{origin}: no '# version: ...' comment line")
    return version, rows


def _validate(
    origin: str, rows: list[tuple[int, dict[str, str]]], model: type[_Row]
) -> dict[str, tuple[int, _Row]]:
    """Check each row against its model; rows keyed by code, with their line numbers."""
    checked: dict[str, tuple[int, _Row]] = {}
    for lineno, raw in rows:
        try:
            row = model.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}"
                for err in exc.errors()
            )
            raise LexiconError(f"{origin}:{lineno}: {problems}") from exc
        code = raw["code"]
        if code in checked:
            raise LexiconError(f"{origin}:{lineno}: code {code} repeats line {checked[code][0]}")
        checked[code] = (lineno, row)
    return checked


def _check_same_codes(
    scores: dict[str, tuple[int, CameoRowModel]], mapping: dict[str, tuple[int, PloverRowModel]]
) -> None:
    """Every CAMEO code needs exactly one mapping row and a known root."""
    for code, (lineno, row) in scores.items():
        if row.root not in scores:
            raise LexiconError(f"{CAMEO_FILE}:{lineno}: root {row.root} of {code} is not listed")
        if code not in mapping:
            raise LexiconError(f"{CAMEO_FILE}:{lineno}: code {code} has no row in {PLOVER_FILE}")
    for code, (lineno, _) in mapping.items():
        if code not in scores:
            raise LexiconError(f"{PLOVER_FILE}:{lineno}: code {code} is not in {CAMEO_FILE}")


def _defaults(
    mapping: dict[str, tuple[int, PloverRowModel]],
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """The marked default code per type, and per (type, mode) the marked or most general code."""
    type_defaults: dict[str, str] = {}
    marked: dict[tuple[str, str], str] = {}
    candidates: dict[tuple[str, str], list[str]] = {}
    for code, (lineno, row) in mapping.items():
        if row.default == "type":
            if row.event_type in type_defaults:
                raise LexiconError(
                    f"{PLOVER_FILE}:{lineno}: second `type` default for {row.event_type} "
                    f"(already {type_defaults[row.event_type]})"
                )
            type_defaults[row.event_type] = code
        if row.mode is None:
            continue
        pair = (row.event_type, row.mode)
        if row.default == "mode":
            if pair in marked:
                raise LexiconError(
                    f"{PLOVER_FILE}:{lineno}: second `mode` default for {'/'.join(pair)}"
                )
            marked[pair] = code
        candidates.setdefault(pair, []).append(code)
    for lineno, row in mapping.values():
        if row.event_type != NOT_CODED and row.event_type not in type_defaults:
            raise LexiconError(
                f"{PLOVER_FILE}:{lineno}: PLOVER type {row.event_type} has no `type` default row"
            )
    # Unmarked pairs take the most general code: fewest digits, then lowest number.
    mode_defaults = {
        pair: marked.get(pair) or min(codes, key=lambda c: (len(c), c))
        for pair, codes in candidates.items()
    }
    return type_defaults, mode_defaults
