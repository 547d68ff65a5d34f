"""The judged-set scorer: which coded events keep their judgement; when a main event is found."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import ConfigError, InputRejected
from detente.evaluation.anchors import locate, make_anchor, text_fingerprint, view_article
from detente.evaluation.judged import (
    check_judged_floors,
    judged_report_dict,
    new_event,
    score_judged,
)
from detente.evaluation.judged_set import (
    JudgedArticle,
    JudgedEvent,
    JudgedSet,
    MainEvent,
    Party,
    Verdict,
    read_judged,
)
from detente.records import ActorMention, Article, CodedDocument, Event, Span

from support import REPO

TEXT = (
    "Arnor's king met Gondor's steward in Minas Tirith. "
    "Mordor's army attacked the\n    fortress of Osgiliath on Monday."
)
MET = (TEXT.index("met"), TEXT.index("met") + 3)
ATTACKED = (TEXT.index("attacked"), TEXT.index("attacked") + 8)
SECOND = (TEXT.index("Mordor"), len(TEXT))
ALL_RIGHT = Verdict(type=True, actor_country=True, actor_sector=True, recipient=True, modality=True)
NO_RECIPIENT = Verdict(
    type=True, actor_country=True, actor_sector=True, recipient=False, modality=True
)


def _mention(country: str, sector: str | None = "GOV") -> ActorMention:
    return ActorMention(text=country, start=0, end=1, country=country, sector=sector)


def _event(
    text: str,
    trigger: tuple[int, int],
    event_type: str,
    actor: Sequence[ActorMention],
    recipient: Sequence[ActorMention] = (),
    modality: str = "asserted",
) -> Event:
    start = text.rfind(". ", 0, trigger[0])
    start = 0 if start < 0 else start + 2
    end = text.find(".", trigger[1]) + 1
    return Event(
        doc_id="d1",
        event_id=f"d1:{trigger[0]}",
        sentence_index=0,
        sentence=text[start:end],
        sentence_start=start,
        date=None,
        event_type=event_type,
        mode=None,
        context=(),
        cameo="040",
        goldstein=1.0,
        quad_class=1,
        actor=tuple(actor),
        recipient=tuple(recipient),
        trigger=Span(text=text[trigger[0] : trigger[1]], start=trigger[0], end=trigger[1]),
        confidence=1.0,
        lexicon_version="test",
        pattern_id="test",
        modality=modality,
    )


def _judged(event: Event, verdict: Verdict, text: str = TEXT) -> JudgedEvent:
    """A judgement of `event`, anchored the way the stored set anchors it."""
    item = new_event(view_article(text, text_fingerprint(text)), event)
    return JudgedEvent(
        doc_id=event.doc_id,
        trigger=item.trigger,
        in_sentence=item.in_sentence,
        sentence=item.sentence,
        event_type=event.event_type,
        actor=tuple(sorted((m.country, m.sector) for m in event.actor)),
        recipient=tuple(sorted((m.country, m.sector) for m in event.recipient)),
        modality=event.modality,
        verdict=verdict,
        reason="test",
    )


def _article(mains: Sequence[MainEvent] = (), text: str = TEXT) -> JudgedArticle:
    return JudgedArticle(
        corpus="middle_earth.jsonl",
        doc_id="d1",
        text_sha=text_fingerprint(text),
        topic="test",
        main_events=tuple(mains),
    )


def _coded(events: Sequence[Event], text: str = TEXT) -> CodedDocument:
    return CodedDocument(article=Article(doc_id="d1", origin="t", text=text), events=tuple(events))


def _main(event_type: str, actor: str, recipient: str | None, span=SECOND) -> MainEvent:
    return MainEvent(
        event_type=event_type,
        actor=Party(countries=frozenset({actor})),
        recipient=None if recipient is None else Party(countries=frozenset({recipient})),
        modality="asserted",
        sentences=(make_anchor(TEXT, *span),),
        summary="test",
    )


ATTACK = _event(TEXT, ATTACKED, "ASSAULT", [_mention("MOR", "MIL")], [_mention("GON")])
MEETING = _event(TEXT, MET, "CONSULT", [_mention("ARN")], [_mention("GON")])


def test_an_event_still_produced_keeps_its_verdict_field_by_field() -> None:
    judged = JudgedSet(articles=(_article(),), events=(_judged(ATTACK, NO_RECIPIENT),))
    report = score_judged(judged, [_coded([ATTACK])])
    assert (report.produced, report.judged_events, report.new_events) == (1, 1, ())
    assert report.metric("full") == 0.0
    assert report.metric("type") == 1.0
    assert report.metric("recipient") == 0.0


def test_relevant_events_are_also_scored_on_their_own() -> None:
    aside = dataclasses.replace(MEETING, relevant=False, relevance="sentence:sports")
    judged = JudgedSet(
        articles=(_article(),),
        events=(_judged(ATTACK, ALL_RIGHT), _judged(MEETING, NO_RECIPIENT)),
    )
    report = score_judged(judged, [_coded([ATTACK, aside])])
    assert (report.produced, report.right["full"]) == (2, 1)
    assert (report.produced_relevant, report.right_relevant) == (1, 1)
    assert judged_report_dict(report)["right_relevant"] == 1


def test_an_event_whose_parties_changed_is_new_and_unjudged() -> None:
    judged = JudgedSet(articles=(_article(),), events=(_judged(ATTACK, NO_RECIPIENT),))
    changed = _event(TEXT, ATTACKED, "ASSAULT", [_mention("MOR", "MIL")], [_mention("ARN")])
    report = score_judged(judged, [_coded([changed])])
    assert report.produced == 0
    assert report.metric("full") is None
    assert [item.event for item in report.new_events] == [changed]


def test_a_changed_modality_also_makes_the_event_new() -> None:
    judged = JudgedSet(articles=(_article(),), events=(_judged(MEETING, ALL_RIGHT),))
    future = _event(TEXT, MET, "CONSULT", [_mention("ARN")], [_mention("GON")], "future")
    report = score_judged(judged, [_coded([MEETING, future])])
    assert report.produced == 1
    assert report.metric("full") == 1.0
    assert len(report.new_events) == 1


def test_main_event_needs_type_and_both_countries_in_its_sentence() -> None:
    mains = [
        _main("ASSAULT", "MOR", "GON"),  # found
        _main("ASSAULT", "MOR", "ARN"),  # right type, wrong recipient: found by type only
        _main("CONSULT", "ARN", "GON"),  # the meeting is coded, but in another sentence
    ]
    report = score_judged(
        JudgedSet(articles=(_article(mains),), events=()), [_coded([ATTACK, MEETING])]
    )
    assert (report.main_events, report.found, report.found_type) == (3, 1, 2)
    assert report.metric("recall_main") == pytest.approx(1 / 3)


def test_each_main_event_is_listed_with_what_was_coded_in_its_sentences() -> None:
    mains = [_main("ASSAULT", "MOR", "ARN"), _main("CONSULT", "ARN", "GON")]
    report = score_judged(
        JudgedSet(articles=(_article(mains),), events=()), [_coded([ATTACK, MEETING])]
    )
    wrong_side, elsewhere = (result.to_dict() for result in report.main_results)
    assert (wrong_side["found"], wrong_side["found_type"]) == (False, True)
    assert wrong_side["recipient"] == ["ARN"]
    assert len(wrong_side["coded_there"]) == 1
    assert wrong_side["coded_there"][0].startswith("ASSAULT MORMIL>GONGOV")
    assert (elsewhere["found"], elsewhere["found_type"]) == (False, False)
    assert all(not line.startswith("CONSULT") for line in elsewhere["coded_there"])
    assert len(judged_report_dict(report)["main_event_results"]) == 2


def test_main_event_without_recipient_accepts_any_recipient() -> None:
    report = score_judged(
        JudgedSet(articles=(_article([_main("ASSAULT", "MOR", None)]),), events=()),
        [_coded([ATTACK])],
    )
    assert report.found == 1


def test_anchors_follow_the_sentence_when_cleaning_shifts_and_unwraps_the_text() -> None:
    cleaned_now = "TITLE: news\n" + TEXT.replace("the\n    fortress", "the fortress")
    judged = JudgedSet(
        articles=(_article([_main("ASSAULT", "MOR", "GON")]),),
        events=(_judged(ATTACK, ALL_RIGHT),),
    )
    shift = cleaned_now.index("attacked") - ATTACKED[0]
    moved = _event(
        cleaned_now,
        (ATTACKED[0] + shift, ATTACKED[1] + shift),
        "ASSAULT",
        [_mention("MOR", "MIL")],
        [_mention("GON")],
    )
    report = score_judged(judged, [_coded([moved], cleaned_now)])
    assert report.changed_texts == 1
    assert (report.produced, report.lost_sentences, report.new_events) == (1, 0, ())
    assert report.found == 1


def test_a_sentence_whose_words_changed_is_lost_not_matched_elsewhere() -> None:
    view = view_article(TEXT.replace("Monday", "Tuesday"), text_fingerprint(TEXT))
    assert not view.unchanged
    assert locate(view, make_anchor(TEXT, *SECOND)) is None
    assert locate(view, make_anchor(TEXT, 0, SECOND[0])) == (0, SECOND[0] - 1)


def test_articles_not_coded_are_reported_and_left_out_of_recall() -> None:
    judged = JudgedSet(articles=(_article([_main("ASSAULT", "MOR", "GON")]),), events=())
    report = score_judged(judged, [])
    assert report.missing == ("d1",)
    assert report.main_events == 0
    assert report.metric("recall_main") is None


def _write_set(folder: Path, article: dict, events: Sequence[dict]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    lines = "".join(json.dumps(e) + "\n" for e in events)
    (folder / "events.jsonl").write_text(lines, encoding="utf-8")
    return folder


ARTICLE_LINE = {
    "corpus": "middle_earth.jsonl",
    "id": "d1",
    "text_sha": text_fingerprint(TEXT),
    "text_chars": len(TEXT),
    "topic": "test",
    "main_events": [],
}


def test_a_new_event_line_once_judged_reads_back_and_matches(tmp_path: Path) -> None:
    line = new_event(view_article(TEXT, ARTICLE_LINE["text_sha"]), ATTACK).to_line()
    line["verdict"] = {"type": True, "actor_country": True, "actor_sector": False,
                       "recipient": True, "modality": True}  # fmt: skip
    line["reason"] = "army is military; right"
    judged = read_judged(_write_set(tmp_path / "set", ARTICLE_LINE, [line]))
    report = score_judged(judged, [_coded([ATTACK])])
    assert report.produced == 1
    assert report.metric("actor_sector") == 0.0


def test_a_bad_verdict_is_refused_with_its_file_and_line(tmp_path: Path) -> None:
    line = new_event(view_article(TEXT, ARTICLE_LINE["text_sha"]), ATTACK).to_line()
    line["verdict"] = {"type": True}
    line["reason"] = "incomplete"
    with pytest.raises(InputRejected, match=r"events\.jsonl:1.*verdict must judge"):
        read_judged(_write_set(tmp_path / "set", ARTICLE_LINE, [line]))


def test_an_unknown_event_type_is_refused(tmp_path: Path) -> None:
    anchor = {"start": 0, "end": 5, "sha": "0123456789abcdef", "chars": 5}
    actor = {"countries": ["ARN"], "sector": None}
    main = {"type": "CHEER", "actor": actor, "recipient": None, "modality": "asserted",
            "summary": "x", "sentences": [anchor]}  # fmt: skip
    with pytest.raises(InputRejected, match=r"articles\.jsonl:1.*not a PLOVER type"):
        read_judged(_write_set(tmp_path / "set", {**ARTICLE_LINE, "main_events": [main]}, []))


def test_floors_report_each_score_below_its_floor(tmp_path: Path) -> None:
    report = score_judged(
        JudgedSet(articles=(_article(),), events=(_judged(ATTACK, NO_RECIPIENT),)),
        [_coded([ATTACK])],
    )
    floors = tmp_path / "floors.toml"
    floors.write_text("[judged]\ntype = 0.9\nrecipient = 0.5\n", encoding="utf-8")
    assert check_judged_floors(report, floors) == ["recipient: 0.0000 is below the floor 0.5000"]
    floors.write_text("[judged]\nprecision = 0.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="precision is not a metric"):
        check_judged_floors(report, floors)


def test_the_stored_judged_set_is_well_formed_and_large_enough() -> None:
    judged = read_judged(REPO / "eval" / "judged")
    corpora = [a.corpus for a in judged.articles]
    assert len(judged.articles) >= 60
    assert corpora.count("geowebnews_2018.jsonl") >= 40
    assert {"lgl_local_news.jsonl", "geovirus_news.jsonl"} <= set(corpora)
    assert len(judged.events) >= 200
    assert len({a.doc_id for a in judged.articles}) == len(judged.articles)


def test_cli_evaluate_needs_a_gold_file_or_a_judged_set() -> None:
    result = CliRunner().invoke(app, ["evaluate"])
    assert result.exit_code == 2
    assert "--judged" in result.output


def test_cli_evaluate_judged_refuses_a_bad_set_before_loading_the_model(tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "set", {**ARTICLE_LINE, "text_sha": 5}, [])
    result = CliRunner().invoke(app, ["evaluate", "--judged", str(folder), "--corpus", "x.jsonl"])
    assert result.exit_code == 2
    assert "articles.jsonl:1" in result.output


def test_a_sentence_right_after_a_quote_mark_is_found_again() -> None:
    text = 'The steward spoke. "Arnor will answer any attack," he said.'
    start = text.index("Arnor")
    anchor = make_anchor(text, start, len(text))
    view = view_article("UPDATE:\n" + text, text_fingerprint(text))
    span = locate(view, anchor)
    assert span is not None
    assert view.text[span[0] : span[1]] == text[start:]
