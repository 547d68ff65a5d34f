"""What a law permits and whom a measure favours: a text's content, no act (made-up world,
hand-built parses). Each test is a minimal pair: a party as the doer codes the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

STOP = (".", ".", "PUNCT", "punct")


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _allow(doer: tuple, doer_tag: str) -> tuple[list[tuple], dict[int, str]]:
    """ "The <doer> would allow Gondor to arrest the rebels." """
    rows = [("The", "the", "DET", "det", 1), (*doer, "nsubj", 3),
            ("would", "would", "AUX", "aux", 3), ("allow", "allow", "VERB", "ROOT", 3),
            ("Gondor", "Gondor", "PROPN", "nsubj", 6), ("to", "to", "PART", "aux", 6),
            ("arrest", "arrest", "VERB", "ccomp", 3), ("the", "the", "DET", "det", 8),
            ("rebels", "rebel", "NOUN", "dobj", 6), (*STOP, 3)]  # fmt: skip
    return rows, {1: doer_tag, 2: "MD", 3: "VB", 4: "NNP", 6: "VB", 8: "NNS"}


def test_what_a_law_would_allow_is_its_content_not_an_arrest(coder: Coder) -> None:
    rows, tags = _allow(("law", "law", "NOUN"), "NN")
    assert "COERCE" not in _types(code(coder, rows, tags=tags))
    # "The king would allow Gondor to arrest the rebels.": a party permits; the arrest is coded
    rows, tags = _allow(("king", "king", "NOUN"), "NN")
    assert "COERCE" in _types(code(coder, rows, tags=tags))


def _favoured(*subject: tuple) -> list[tuple]:
    """ "<subject> favoured Arnor." with the subject's last token as its head."""
    n = len(subject)
    rows = [(*r, n - 1) if r[3] != "nsubj" else (*r, n) for r in subject]
    return [*rows, ("favoured", "favour", "VERB", "ROOT", n),
            ("Arnor", "Arnor", "PROPN", "dobj", n), (*STOP, n)]


def test_whom_a_measure_favours_is_its_effect_not_support(coder: Coder) -> None:
    changes = _favoured(("Gondor", "Gondor", "PROPN", "poss"), ("'s", "'s", "PART", "case"),
                        ("tariff", "tariff", "NOUN", "compound"),
                        ("changes", "change", "NOUN", "nsubj"))  # fmt: skip
    changes[1] = ("'s", "'s", "PART", "case", 0)
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "NNS", 4: "VBD", 5: "NNP"}
    assert "SUPPORT" not in _types(code(coder, changes, tags=tags))
    # "Gondor favoured Arnor.": a state backs another
    rows = _favoured(("Gondor", "Gondor", "PROPN", "nsubj"))
    assert "SUPPORT" in _types(code(coder, rows, tags={0: "NNP", 1: "VBD", 2: "NNP"}))
