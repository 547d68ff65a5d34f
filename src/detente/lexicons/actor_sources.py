"""Every actor source as a ranked layer: our YAML, the user's files, the imported dictionaries."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml

from detente.errors import LexiconError
from detente.lexicons.actor_compile import Layer
from detente.lexicons.actor_files import (
    TSV_SUFFIXES,
    check_codes,
    read_actor_tsv,
    read_actor_yaml,
    with_yaml_sources,
)
from detente.lexicons.actor_index import SourceSummary
from detente.lexicons.actor_schema import ActorFile, CountryEntry
from detente.lexicons.petrarch.actors import looks_like_petrarch_actors, read_petrarch_actors
from detente.lexicons.petrarch.agents import read_petrarch_agents
from detente.lexicons.petrarch.convert import HORIZON, Converted, convert_actors, convert_agents
from detente.lexicons.petrarch.lines import decode

SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "people.yaml", "agents.yaml")
# The Phoenix dictionaries shipped in data/petrarch (licence and ORIGIN.md beside them).
IMPORTED_ACTOR_FILES = (
    "petrarch/Phoenix.Countries.actors.txt",
    "petrarch/Phoenix.International.actors.txt",
    "petrarch/Phoenix.MilNonState.actors.txt",
)
IMPORTED_AGENT_FILES = ("petrarch/Phoenix.agents.txt",)
YAML_SUFFIXES = (".yaml", ".yml")

Format = Literal["yaml", "tsv", "petrarch-actors", "petrarch-agents"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One actor or agent file's bytes, where they came from and how they rank."""

    origin: str
    tier: str  # a key of actor_index.RANKS
    format: Format
    data: bytes = field(repr=False)


def shipped_actor_files() -> tuple[str, ...]:
    """The base files, then every people_*.yaml / organisations_*.yaml (facts kept by region)."""
    data = resources.files("detente.lexicons").joinpath("data")
    extra = sorted(p.name for p in data.iterdir()
                   if re.fullmatch(r"(?:people|organisations)_\w+\.yaml", p.name))
    return SHIPPED_FILES + tuple(extra)


def actor_format(path: Path, data: bytes, *, agents: bool = False) -> Format:
    """A file's format by suffix, else by content: our YAML/TSV or a PETRARCH dictionary."""
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return "yaml"
    if suffix in TSV_SUFFIXES:
        return "tsv"
    if agents:
        return "petrarch-agents"
    return "petrarch-actors" if looks_like_petrarch_actors(decode(data)) else "yaml"


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read {what} file ({exc.strerror})") from exc


def gather_sources(actor_files: Sequence[Path] = (), agent_files: Sequence[Path] = (), *,
                   imported: bool = True) -> list[Source]:
    """Every source in load order: ours, the user's actor and agent files, then the imports."""
    data = resources.files("detente.lexicons").joinpath("data")
    sources = [Source(origin=name, tier="own", format="yaml",
                      data=data.joinpath(name).read_bytes()) for name in shipped_actor_files()]
    for path in map(Path, actor_files):
        blob = _read(path, "actor")
        kind = actor_format(path, blob)
        sources.append(Source(origin=str(path), tier="user-petrarch" if "petrarch" in kind
                              else "user", format=kind, data=blob))
    for path in map(Path, agent_files):
        blob = _read(path, "agent")
        kind = actor_format(path, blob, agents=True)
        sources.append(Source(origin=str(path), tier="user-petrarch" if "petrarch" in kind
                              else "user", format=kind, data=blob))
    if imported:
        sources += [Source(origin=Path(name).name, tier="imported", format="petrarch-actors",
                           data=data.joinpath(name).read_bytes()) for name in IMPORTED_ACTOR_FILES]
        sources += [Source(origin=Path(name).name, tier="imported", format="petrarch-agents",
                           data=data.joinpath(name).read_bytes()) for name in IMPORTED_AGENT_FILES]
    return sources


def sources_digest(sources: Sequence[Source]) -> str:
    """A hash of every source's name, rank and bytes: the compiled index's cache key."""
    digest = hashlib.sha1()
    for source in sources:
        digest.update(f"{source.origin}\0{source.tier}\0{source.format}\0".encode())
        digest.update(hashlib.sha1(source.data).digest())
    return digest.hexdigest()


def convert_source(source: Source, countries: Sequence[CountryEntry]) -> Converted:
    """Our entries for one PETRARCH source; imported roles end at the horizon, a user's do not."""
    text = decode(source.data)
    if source.format == "petrarch-agents":
        return convert_agents(read_petrarch_agents(text, source.origin))
    horizon = HORIZON if source.tier == "imported" else None
    return convert_actors(read_petrarch_actors(text, source.origin), countries, horizon=horizon)


def _summary(source: Source, model: ActorFile, skipped: Mapping[str, int],
             problems: tuple[str, ...]) -> SourceSummary:
    counts = {"countries": len(model.countries), "organisations": len(model.organisations),
              "people": len(model.people), "agents": len(model.agents),
              "not_actors": len(model.not_actors)}
    return SourceSummary(origin=source.origin, tier=source.tier,
                         entries={k: v for k, v in counts.items() if v}, skipped=skipped,
                         problems=problems)


def read_layers(sources: Sequence[Source]) -> tuple[list[Layer], list[SourceSummary]]:
    """Validate our-format sources, convert PETRARCH ones with the countries they define."""
    ours: list[tuple[ActorFile, str, str]] = []
    for source in sources:
        if source.format == "yaml":
            text = source.data.decode("utf-8")
            model = with_yaml_sources(read_actor_yaml(text, source.origin), text, source.origin)
            ours.append((model, source.origin, text))
        elif source.format == "tsv":
            text = source.data.decode("utf-8")
            ours.append((read_actor_tsv(text, source.origin), source.origin, text))
    check_codes(ours)
    models = {origin: model for model, origin, _ in ours}
    countries = [c for model, _, _ in ours for c in model.countries]
    layers, summaries = [], []
    skipped: Mapping[str, int]
    problems: tuple[str, ...]
    for source in sources:
        if source.origin in models:
            model, skipped, problems = models[source.origin], {}, ()
        else:
            converted = convert_source(source, countries)
            model, skipped, problems = converted.model, converted.skipped, converted.problems
        layers.append(Layer(model=model, origin=source.origin, tier=source.tier))
        summaries.append(_summary(source, model, skipped, problems))
    return layers, summaries


def petrarch_file_as_yaml(path: Path, *, agents: bool = False) -> tuple[str, Converted]:
    """A PETRARCH actor (or agent) dictionary written as our YAML actor file, with no horizon."""
    data = _read(path, "agent" if agents else "actor")
    form: Format = "petrarch-agents" if agents else "petrarch-actors"
    shipped = resources.files("detente.lexicons").joinpath("data", "countries.yaml")
    countries = read_actor_yaml(shipped.read_text("utf-8"), "countries.yaml").countries
    source = Source(origin=str(path), tier="user-petrarch", format=form, data=data)
    converted = convert_source(source, countries)
    document = converted.model.model_dump(mode="json", exclude_defaults=True)
    document["version"] = f"{path.name}.{converted.model.version}"
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(converted.skipped.items()))
    header = (f"# Converted from the PETRARCH dictionary {path.name} (detente lexicon convert).\n"
              f"# Left out: {skipped or 'nothing'}. Fields: detente/lexicons/actor_schema.py.\n")
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return header + body, converted
