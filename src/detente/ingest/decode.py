"""Turn raw bytes into text, refusing binary data and corrupt UTF-8 with a clear reason."""

from __future__ import annotations

import charset_normalizer

from detente.errors import InputRejected

# Share of control characters (other than tab/newline/CR/form feed) above which bytes are
# binary: real text has essentially none, while random bytes have about 12 %.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _has_utf8_multibyte(data: bytes) -> bool:
    """True when the bytes contain well-formed UTF-8 sequences beyond ASCII."""
    text = data.decode("utf-8", errors="ignore")
    return any(ord(ch) > 127 for ch in text)


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode file content; legacy encodings are detected, corrupt UTF-8 is refused."""
    if not data.strip():
        raise InputRejected(origin, "empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise InputRejected(origin, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _has_utf8_multibyte(data):
            # Valid multi-byte sequences next to invalid bytes: a damaged UTF-8 file.
            raise InputRejected(
                origin, f"invalid UTF-8 at byte {exc.start} ({exc.reason})"
            ) from exc
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputRejected(origin, "not UTF-8 and no other text encoding detected")
    best = matches[0]
    # Short texts often tie between code pages; the web's commonest legacy one wins a tie.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(chosen)
