"""Reported "would" (the "will" of reported speech) and negation scope (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _would_expel(say: tuple[str, str, str], extra: list[tuple] | None = None) -> tuple:
    """ "Gondor <said> Mordor would expel Arnor's envoys [<extra>]." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (say[0], say[1], "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("expel", "expel", "VERB", "ccomp", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("envoys", "envoy", "NOUN", "dobj", 4),
        *(extra or []),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: say[2], 3: "MD", 4: "VB"}


def test_would_under_a_past_report_is_the_reported_will(coder: Coder) -> None:
    rows, tags = _would_expel(("said", "say", "VBD"))
    # "Mordor said Mordor would expel …": announced by its own side (claims12: another state's
    # word about Mordor's act is a prediction, test_whose_act.py)
    rows[0] = ("Mordor", "Mordor", "PROPN", "nsubj", 1)
    [event] = code(coder, rows, tags=tags)
    # "will expel": an expulsion announced, the act ahead (verbs18), no threat
    assert dyad(event) == ("MDR", "SANCTION", "ARN")
    assert event.modality == "future" and "reported 'will'" in event.modality_cue


def test_would_under_a_present_report_or_a_fear_stays_hypothetical(coder: Coder) -> None:
    for say in (("says", "say", "VBZ"), ("feared", "fear", "VBD")):
        rows, tags = _would_expel(say)
        [event] = code(coder, rows, tags=tags)
        assert event.modality == "hypothetical", say


def test_a_reported_would_on_a_condition_stays_hypothetical(coder: Coder) -> None:
    # "Gondor said Mordor would expel Arnor's envoys if Rohan attacked."
    extra = [
        ("if", "if", "SCONJ", "mark", 10),
        ("Rohan", "Rohan", "PROPN", "nsubj", 10),
        ("attacked", "attack", "VERB", "advcl", 4),
    ]
    rows, tags = _would_expel(("said", "say", "VBD"), extra)
    events = code(coder, rows, tags={**tags, 10: "VBD"})
    expel = next(e for e in events if e.trigger.text.startswith("expel"))
    assert expel.modality == "hypothetical"


def test_a_conjunct_with_its_own_modal_does_not_share_the_negation(coder: Coder) -> None:
    # "Gondor does not recognize Arnor and will arrest Rohan's envoys."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("does", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("recognize", "recognize", "VERB", "ROOT", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        ("and", "and", "CCONJ", "cc", 3),
        ("will", "will", "AUX", "aux", 7),
        ("arrest", "arrest", "VERB", "conj", 3),
        ("Rohan", "Rohan", "PROPN", "poss", 10),
        ("'s", "'s", "PART", "case", 8),
        ("envoys", "envoy", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    events = code(coder, rows, tags={1: "VBZ", 3: "VB", 6: "MD", 7: "VB"})
    arrest = next(e for e in events if e.trigger.text.startswith("arrest"))
    assert arrest.modality == "future"
    # without its own modal the conjunct shares the negation: "does not recognize … or arrest"
    rows[6] = ("quickly", "quickly", "ADV", "advmod", 7)
    events = code(coder, rows, tags={1: "VBZ", 3: "VB", 6: "RB", 7: "VB"})
    arrest = next(e for e in events if e.trigger.text.startswith("arrest"))
    assert arrest.modality == "negated"


def test_quoted_words_and_relative_clauses_are_not_shifted_back(coder: Coder) -> None:
    # 'Gondor said "Mordor would expel Arnor's envoys".': the speaker's own "would"
    rows, tags = _would_expel(("said", "said", "VBD"))
    rows[1] = ("said", "say", "VERB", "ROOT", 1)
    quoted = [*rows[:2], ('"', '"', "PUNCT", "punct", 4), *rows[2:]]
    quoted = [
        (w, lemma, pos, dep, head + 1 if head >= 2 else head) for w, lemma, pos, dep, head in quoted
    ]
    [event] = code(coder, quoted, tags={1: "VBD", 2: "``", 4: "MD", 5: "VB"})
    assert event.modality == "hypothetical"
    # "Gondor told Rohan's envoys which would expel Arnor's envoys." hung on "told" (misparsed
    # relative clause): nothing was told as to be done
    rows, tags = _would_expel(("told", "tell", "VBD"))
    rows[2] = ("which", "which", "PRON", "nsubj", 4)
    [event] = code(coder, rows, tags={**tags, 2: "WDT"})
    assert event.modality == "hypothetical"
