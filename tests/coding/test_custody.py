"""Someone "in custody" now has been arrested ("The trader is in custody after the theft"), by
the authorities where it happened. Hand-built parses of the made-up world; rows are (word,
lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


def _in_custody(
    be: str = "is", tag: str = "VBZ", *, extra: tuple = (), police: bool = False
) -> tuple[list, dict[int, str]]:
    """ "The trader <be> [extra] in [police] custody in Bree." (extra: (word, dep) on the verb)."""
    rows = [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubj", 2),
        (be, "be", "AUX", "ROOT", 2),
    ]
    rows += [(word, word, "PART" if dep == "neg" else "ADV", dep, 2) for word, dep in extra]
    prep = len(rows)
    rows.append(("in", "in", "ADP", "prep", 2))
    if police:
        rows.append(("police", "police", "NOUN", "compound", prep + 2))
    noun = len(rows)
    rows += [
        ("custody", "custody", "NOUN", "pobj", prep),
        ("in", "in", "ADP", "prep", 2),
        ("Bree", "Bree", "PROPN", "pobj", noun + 1),
        (*PUNCT, 2),
    ]
    return rows, {2: tag}


def _code(rows: list, tags: dict[int, str], coder: Coder) -> tuple:
    bree = len(rows) - 2
    return code(coder, rows, tags=tags, ents=((bree, bree + 1, "GPE"),))


def test_someone_in_custody_was_arrested_by_the_police_where_it_happened(coder: Coder) -> None:
    [event] = _code(*_in_custody(), coder)
    assert (event.event_type, event.cameo, event.pattern_id) == (
        "COERCE", "173", "coerce.in-custody"
    )
    assert [(c, s) for c, s, _ in parties(event.actor)] == [("ARN", "COP")]
    assert [m.text for m in event.recipient] == ["The trader"]
    assert event.trigger.text == "in custody"


def test_police_custody_is_custody_too(coder: Coder) -> None:
    [event] = _code(*_in_custody(police=True), coder)
    assert event.trigger.text == "in police custody"


def test_a_past_custody_is_a_record_not_a_fresh_arrest(coder: Coder) -> None:
    assert _code(*_in_custody("was", "VBD"), coder) == ()


def test_custody_denied_or_already_held_is_no_arrest(coder: Coder) -> None:
    assert _code(*_in_custody(extra=(("not", "neg"),)), coder) == ()
    assert _code(*_in_custody(extra=(("already", "advmod"),)), coder) == ()


def test_custody_kept_by_anyone_but_the_police_may_be_care_not_arrest(coder: Coder) -> None:
    # "The trader is in state custody in Bree.": a child's care as often as a prison
    rows, tags = _in_custody(police=True)
    rows[4] = ("state", "state", "NOUN", "compound", 5)
    assert _code(rows, tags, coder) == ()
