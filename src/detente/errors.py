"""Exception types raised by detente, in one catalogue."""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""


class InputRejected(DetenteError):
    """An input file or record cannot be read; the message names it and says why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class LexiconError(DetenteError):
    """A lexicon data file does not match its schema; the message names file and line."""


class ConfigError(DetenteError):
    """A setting is missing or invalid."""


class ModelNotInstalled(DetenteError):
    """The spaCy model named in the settings is not an installed package."""


class GazetteerError(DetenteError):
    """The gazetteer index cannot be built or opened; the message names the file."""
