"""The coder's explanation: each trigger candidate's pattern, parties, modality cue and outcome.

Hand-built parses of the made-up world; each test names the stage and reason it expects, so a
change in how a candidate is dropped shows up as a failing test, not as silence.
"""

from __future__ import annotations

from importlib import resources

from detente.coding.events import Coder, code_article
from detente.records import Article, SentenceTrace

from middle_earth import DATE
from support import build_doc


def explain(coder: Coder, rows) -> tuple[tuple, SentenceTrace]:
    doc = build_doc(rows)
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    trace: list[SentenceTrace] = []
    events = code_article(coder, article, doc, trace=trace)
    [sentence] = trace
    return events, sentence


def only(sentence: SentenceTrace, trigger: str):
    [candidate] = [c for c in sentence.candidates if c.trigger.startswith(trigger)]
    return candidate


NEGATED = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 3),
    ("did", "do", "AUX", "aux", 3),
    ("not", "not", "PART", "neg", 3),
    ("attack", "attack", "VERB", "ROOT", 3),
    ("Mordor", "Mordor", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_coded_candidate_names_its_pattern_where_it_is_written_and_its_event(
    coder: Coder,
) -> None:
    events, sentence = explain(coder, NEGATED)
    candidate = only(sentence, "attack")
    [event] = events
    assert candidate.event_id == event.event_id and candidate.event_type == "ASSAULT"
    assert candidate.pattern_id == event.pattern_id
    [source] = candidate.sources
    file, line = source.split(":")
    text = resources.files("detente.lexicons").joinpath(f"data/{file}").read_text("utf-8")
    assert f"id: {candidate.pattern_id}," in text.splitlines()[int(line) - 1]
    # the made-up world is a user actor file, so its names are coded by rule "user"
    assert [(p.country, p.rule) for p in candidate.actor] == [("GND", "user")]
    assert [(p.country, p.rule) for p in candidate.recipient] == [("MDR", "user")]


def test_the_modality_cue_names_the_word_that_negated_the_event(coder: Coder) -> None:
    _, sentence = explain(coder, NEGATED)
    candidate = only(sentence, "attack")
    assert candidate.modality == "negated"
    cue = candidate.modality_cue or ""
    assert "'not'" in cue and "'attack'" in cue


def test_a_statement_sense_is_dropped_at_the_code_stage(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("report", "report", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events, sentence = explain(coder, rows)
    candidate = only(sentence, "released")
    assert events == ()
    assert (candidate.stage, candidate.reason) == ("code", "statement-sense")
    assert candidate.event_id is None and "01" in (candidate.explanation or "")


def test_a_trigger_without_a_known_actor_is_dropped_at_the_parties_stage(coder: Coder) -> None:
    rows = [
        ("The", "the", "DET", "det", 1),
        ("storm", "storm", "NOUN", "nsubj", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("Mordor", "Mordor", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    events, sentence = explain(coder, rows)
    candidate = only(sentence, "attacked")
    assert events == ()
    assert (candidate.stage, candidate.reason) == ("parties", "no-actor")


def test_aid_without_a_recipient_is_dropped_at_placement(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("provided", "provide", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events, sentence = explain(coder, rows)
    candidate = only(sentence, "provided")
    assert events == ()
    assert (candidate.stage, candidate.reason) == ("placement", "requires-recipient")
    assert [p.country for p in candidate.actor] == ["GND"]


def test_a_frame_complement_is_explained_as_part_of_the_frame(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("meet", "meet", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, sentence = explain(coder, rows)
    frame = only(sentence, "agreed")
    assert frame.event_id is not None and frame.pattern_id.startswith("frame.")
    assert len(frame.sources) == 2  # the frame and the complement's own pattern
    meet = only(sentence, "meet")
    assert (meet.stage, meet.reason) == ("triggers", "complement-of-frame")


def test_what_a_demand_asks_for_is_explained_as_not_done(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("demanded", "demand", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("withdraw", "withdraw", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, sentence = explain(coder, rows)
    withdraw = only(sentence, "withdraw")
    assert (withdraw.stage, withdraw.reason) == ("triggers", "requested-act")


def test_a_sentence_without_any_trigger_says_so(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sleeps", "sleep", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events, sentence = explain(coder, rows)
    assert events == () and sentence.candidates == ()
    assert (sentence.stage, sentence.reason) == ("triggers", "no-trigger")


def test_explaining_changes_no_event(coder: Coder) -> None:
    doc = build_doc(NEGATED)
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    assert code_article(coder, article, doc) == code_article(coder, article, doc, trace=[])


def test_the_trace_is_plain_json(coder: Coder) -> None:
    import json

    _, sentence = explain(coder, NEGATED)
    record = json.loads(json.dumps(sentence.as_dict()))
    assert record["candidates"][0]["actor"][0]["country"] == "GND"
    assert record["sentence"] == "Gondor did not attack Mordor."


def test_a_coded_candidate_carries_its_relevance_decision(coder: Coder) -> None:
    _, sentence = explain(coder, NEGATED)
    assert only(sentence, "attack").relevance == "relevant"
