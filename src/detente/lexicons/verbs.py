"""Schema, loader and compiled index of the verb-pattern lexicon (verbs.yaml)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from detente.errors import LexiconError
from detente.lexicons.ontology import PLOVER_MODES, PLOVER_TYPES, load_ontology

if TYPE_CHECKING:
    from detente.lexicons.petrarch.verb_import import ImportedVerbs

CAMEO_PATTERN = r"^[0-2][0-9]{1,3}$"
# The C loader reads verbs.yaml several times faster than the pure-Python one; same safe subset.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PatternModel(BaseModel):
    """One trigger pattern: a verb (or event noun) plus the constraints that make it an event."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Own patterns are named ("consult.meet"); imported ones by source and line ("petrarch:718").
    id: str = Field(pattern=r"^[a-z0-9_.:\-]+$")
    # Lemmas of the trigger verb ("meet") or, for nominal events, of the event noun ("attack").
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    # Light-verb constructions: the direct object the verb must take ("hold" + "talk").
    objects: tuple[str, ...] = ()
    # Modifiers the light object must carry: "conducted *nuclear* tests", not "tests on samples".
    object_modifiers: tuple[str, ...] = ()
    # Words the subject must be or carry ("*peacekeepers* arrived", "*peacekeeping* troops
    # arrived", "the deployment of *peacekeepers* arrived"): who comes makes the act.
    subjects: tuple[str, ...] = ()
    # A particle or preposition the verb must govern ("crack down", "call for", "pull out").
    particle: str | None = None
    # Predicative complements: "described X as a threat", "called X a menace".
    as_nouns: tuple[str, ...] = ()
    # Where the recipient is, tried in order: dobj, dative, or a preposition lemma.
    recipient: tuple[str, ...] = ("dobj",)
    cameo: str = Field(pattern=CAMEO_PATTERN)
    # Reciprocal events (meet, agree, cooperate): a compound actor without recipient is a dyad.
    symmetric: bool = False
    # Fires only under negation, which it consumes: "has not heeded" is a rejection, asserted.
    when_negated: bool = False
    # The light object is the actor's own (troops, envoys): "UN peacekeepers were pulled out"
    # with no agent is coded as the UN withdrawing them.
    own_object: bool = False
    # "TYPE" or "TYPE/mode" where PLOVER names an act that CAMEO has no code for (a resignation
    # is RETREAT/resign in PLOVER; CAMEO's nearest code stays on the event).
    plover: str | None = None
    # Where an imported pattern was written ("CAMEO.2.0.txt:718"), shown by --explain.
    source: str | None = None
    # Fires only when the verb takes a clause of this kind (match.py): "view", a clause that
    # states a view ("agreed *that* the vote was fair", not "that they would withdraw"); "own",
    # a clause whose subject is the speaker's own side ("claimed *that they had attacked*").
    # "said", a verb of saying: one that closes a report ("…, a rights group protested here")
    # or states a view in its clause ("protested that the vote was unfair"). "errand", the
    # caller's own act told by an infinitive ("called Arnor's king *to congratulate* him").
    # "fact", a clause or gerund that states a fact ("denied *that troops had crossed*",
    # "denied *the subject came up*", "denied *sending troops*"), not a thing asked for.
    clause: Literal["view", "own", "said", "errand", "fact"] | None = None
    # Fires only when the verb takes no direct object: "withdrew from Arnor" retreats, "withdrew
    # its plan" or "surrendered his passport" does not.
    no_object: bool = False
    # Codes only with a party as recipient, as an imported pattern does: "contributed to
    # Arnor" is aid, "contributed to the outbreak" names no party and no event.
    recipient_required: bool = False
    # For event nouns: whether a possessor or named modifier is the actor. "Gondor's attack" is
    # Gondor's act, but "his murder" was done to him: such nouns take their actor from "by"
    # or from the party stated responsible only.
    owner_acts: bool = True
    # For event nouns: codes only with an actor of its own (a possessor, a named modifier or a
    # "by" phrase), never the subject of the clause above: "Amnesty sought an investigation
    # into X" is no investigation by Amnesty (mainev12). With `recipient_required`, such a noun
    # also needs a party as recipient, as a verb pattern does.
    owner_required: bool = False
    # Codes only when the recipient is not one person: a mass expulsion (CAMEO 201) drives out
    # a population, and a leader "forced out" by his party is removed from office, not expelled.
    group_recipient: bool = False

    @field_validator(
        "verbs", "nouns", "objects", "object_modifiers", "subjects", "as_nouns", "recipient"
    )
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.lower() for v in value)

    @model_validator(mode="after")
    def _has_trigger(self) -> PatternModel:
        if bool(self.verbs) == bool(self.nouns):
            raise ValueError("a pattern needs exactly one of `verbs` or `nouns`")
        return self

    @field_validator("plover")
    @classmethod
    def _known_plover(cls, value: str | None) -> str | None:
        if value is None:
            return value
        event_type, _, mode = value.partition("/")
        if event_type not in PLOVER_TYPES:
            raise ValueError(f"{event_type!r} is not a PLOVER 0.8 event type")
        if mode and mode not in PLOVER_MODES.get(event_type, frozenset()):
            raise ValueError(f"{mode!r} is not a {event_type} mode")
        return value

    @property
    def plover_type_mode(self) -> tuple[str, str | None] | None:
        """The PLOVER (type, mode) this pattern sets over its CAMEO code's mapping, if any."""
        if self.plover is None:
            return None
        event_type, _, mode = self.plover.partition("/")
        return event_type, mode or None


class FrameModel(BaseModel):
    """A verb that takes an infinitive complement and turns it into an intent, refusal or appeal."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    verbs: tuple[str, ...] = ()
    # Predicate adjectives that take the complement the same way ("is willing to", "ready to").
    adjectives: tuple[str, ...] = ()
    particle: str | None = None
    kind: Literal["commit", "refuse", "threaten", "request", "halt", "purpose", "order"]
    # For "request" frames the addressee ("urged X to ...") is the recipient.
    recipient: tuple[str, ...] = ()
    default: str = Field(pattern=CAMEO_PATTERN)
    # CAMEO root of the complement's own event (e.g. "04" for meet) → composed CAMEO code.
    by_root: dict[str, str] = Field(default_factory=dict)
    # Compose only complements whose root is listed; others are coded as they stand ("failed
    # to capture the town" stays the attempted capture, not a rejection).
    only_listed_roots: bool = False
    # "sent experts to investigate": the composed event keeps the complement's own code (its
    # root's entry in by_root is the fallback).
    keeps_code: bool = False
    # The verb also takes a thing as subject ("the results challenge us to rethink"): composed
    # only when its subject is no thing pronoun, relative "which" or impersonal cause.
    party_subject: bool = False
    # "order" frames: head nouns of the ones ordered ("ordered *the army* to strike"). An order
    # to one's forces is coded as the act ordered, by the one who orders (CAMEO's convention);
    # an order to anyone else is left to the verb's own patterns.
    addressees: tuple[str, ...] = ()


class VerbFileModel(BaseModel):
    """The whole verbs.yaml file."""

    model_config = ConfigDict(extra="forbid")

    version: str
    patterns: list[PatternModel]
    frames: list[FrameModel] = Field(default_factory=list)
    # Verbs of saying: "X said Y must leave" is X's request to Y, not Y's act.
    speech: tuple[str, ...] = ()
    # Nouns of saying: "issued a reminder to Iraq that it must cooperate" is a request too.
    speech_nouns: tuple[str, ...] = ()
    # Action nouns that stand for a pattern verb after an announcing verb: "announced the
    # suspension of air links" is coded as "suspended air links" (noun → verb lemma).
    nominalisations: dict[str, str] = Field(default_factory=dict)
    # Verbs whose object noun is an act the subject performs ("announced the withdrawal").
    announcers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbLexicon:
    """Patterns indexed by trigger lemma, most specific first; immutable after loading."""

    version: str
    by_verb: Mapping[str, tuple[PatternModel, ...]]
    by_noun: Mapping[str, tuple[PatternModel, ...]]
    frames: Mapping[str, tuple[FrameModel, ...]]
    patterns: Mapping[str, PatternModel]
    # First frame of each kind: future events compose through "commit", "must" via "request".
    by_kind: Mapping[str, FrameModel]
    speech: frozenset[str]
    speech_nouns: frozenset[str] = frozenset()
    nominalisations: Mapping[str, str] = field(default_factory=dict)
    announcers: frozenset[str] = frozenset()
    # Where each pattern and frame is written ("verbs.yaml:123"), for explanations.
    sources: Mapping[str, str] = field(default_factory=dict)
    # PETRARCH-format patterns added after ours, with their counts (None: none imported).
    imports: ImportedVerbs | None = None


def _specificity(pattern: PatternModel) -> int:
    # A light object that must carry a modifier ("*ceasefire* agreement") is narrower than
    # the bare object ("agreement"); one that needs a party as recipient ("set a deadline *for
    # Arnor*") narrower than the same object with none ("set a deadline").
    return (
        2 * bool(pattern.objects or pattern.subjects)
        + bool(pattern.particle)
        + bool(pattern.as_nouns)
        + bool(pattern.object_modifiers)
        + bool(pattern.clause)
        + bool(pattern.recipient_required)
        + pattern.no_object
    )


def _precedence(pattern: PatternModel) -> tuple[bool, int]:
    """Own patterns before imported ones, then the most specific first: an imported pattern
    codes a verb only where none of ours fits ("carried out attacks" stays our attack even
    though PETRARCH's "carry out" + "attacks" names the particle too)."""
    return pattern.source is not None, -_specificity(pattern)


def compile_verbs(
    model: VerbFileModel, origin: str, imports: ImportedVerbs | None = None
) -> VerbLexicon:
    """Index a validated verb file; duplicate pattern ids are an error."""
    by_verb: dict[str, list[PatternModel]] = defaultdict(list)
    by_noun: dict[str, list[PatternModel]] = defaultdict(list)
    frames: dict[str, list[FrameModel]] = defaultdict(list)
    seen: dict[str, PatternModel] = {}
    for pattern in model.patterns:
        if pattern.id in seen:
            raise LexiconError(f"{origin}: duplicate pattern id {pattern.id!r}")
        seen[pattern.id] = pattern
        for lemma in pattern.verbs:
            by_verb[lemma].append(pattern)
        for lemma in pattern.nouns:
            by_noun[lemma].append(pattern)
    for frame in model.frames:
        if not frame.verbs and not frame.adjectives:
            raise LexiconError(f"{origin}: frame {frame.id!r} needs `verbs` or `adjectives`")
        for lemma in (*frame.verbs, *frame.adjectives):
            frames[lemma].append(frame)

    def ordered(index: dict[str, list[PatternModel]]) -> dict[str, tuple[PatternModel, ...]]:
        return {k: tuple(sorted(v, key=_precedence)) for k, v in index.items()}

    return VerbLexicon(
        version=model.version,
        by_verb=ordered(by_verb),
        by_noun=ordered(by_noun),
        frames={k: tuple(v) for k, v in frames.items()},
        patterns=seen,
        by_kind={f.kind: f for f in reversed(model.frames)},
        speech=frozenset(v.lower() for v in model.speech),
        speech_nouns=frozenset(v.lower() for v in model.speech_nouns),
        nominalisations={k.lower(): v.lower() for k, v in model.nominalisations.items()},
        announcers=frozenset(v.lower() for v in model.announcers),
        imports=imports,
    )


def _line_of(text: str, pattern_index: int) -> int:
    """Best-effort line number of the n-th list item under `patterns:` for error messages."""
    count = -1
    in_patterns = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("patterns:"):
            in_patterns = True
        elif line and not line.startswith((" ", "-", "#")):
            in_patterns = False
        if in_patterns and line.lstrip().startswith("- ") and line.index("-") <= 2:
            count += 1
            if count == pattern_index:
                return number
    return 0


def _id_lines(text: str, origin: str) -> dict[str, str]:
    """Where each `id:` of the file is written, as "file:line"."""
    found: dict[str, str] = {}
    name = Path(origin).name
    for number, line in enumerate(text.splitlines(), start=1):
        match = _ID.search(line)
        if match:
            found.setdefault(match.group(1), f"{name}:{number}")
    return found


_ID = re.compile(r"^\s*-?\s*\{?\s*id:\s*([a-z0-9_.\-]+)")


def load_verbs(
    path: Path | None = None,
    *,
    known_codes: Sequence[str] | None = None,
    imported: bool = False,
    verb_files: Sequence[Path] = (),
    cache_dir: Path | None = None,
) -> VerbLexicon:
    """Read and validate a verb lexicon (default: the shipped verbs.yaml).

    ``verb_files`` (PETRARCH format, the user's) and, with ``imported``, the shipped CAMEO 2.0
    dictionary are compiled and ranked after it; ``cache_dir`` holds the compiled result.
    """
    if path is None:
        text = resources.files("detente.lexicons").joinpath("data/verbs.yaml").read_text("utf-8")
        origin = "verbs.yaml"
    else:
        text, origin = path.read_text("utf-8"), str(path)
    try:
        model = VerbFileModel.model_validate(yaml.load(text, Loader=_LOADER))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{origin}: not valid YAML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        line = _line_of(text, int(loc[1])) if len(loc) > 1 and loc[0] == "patterns" else 0
        where = f"{origin}:{line}" if line else origin
        raise LexiconError(f"{where}: {'.'.join(map(str, loc))}: {first['msg']}") from exc
    imports = None
    if imported or verb_files:
        from detente.lexicons.petrarch.verb_import import load_imported_verbs

        imports = load_imported_verbs(
            model.patterns,
            text,
            verb_files=verb_files,
            shipped=imported,
            known_codes=known_codes if known_codes is not None else load_ontology().codes,
            cache_dir=cache_dir,
        )
        suffix = "".join(f"/{s.prefix}" for s in imports.sources)
        model = model.model_copy(
            update={
                "patterns": [*model.patterns, *imports.patterns],
                "version": f"{model.version}{suffix}",
            }
        )
    sources = _id_lines(text, origin)
    if imports is not None:
        sources |= {p.id: p.source for p in imports.patterns if p.source is not None}
    lexicon = replace(compile_verbs(model, origin, imports), sources=sources)
    unknown_verbs = sorted(v for v in lexicon.nominalisations.values() if v not in lexicon.by_verb)
    if unknown_verbs:
        raise LexiconError(f"{origin}: nominalisations name verbs no pattern has: {unknown_verbs}")
    if known_codes is not None:
        known = set(known_codes)
        codes = [(p.id, p.cameo) for p in model.patterns]
        codes += [(f.id, c) for f in model.frames for c in (f.default, *f.by_root.values())]
        unknown = [f"{pid}→{code}" for pid, code in codes if code not in known]
        if unknown:
            raise LexiconError(f"{origin}: unknown CAMEO codes: {', '.join(unknown)}")
    return lexicon
