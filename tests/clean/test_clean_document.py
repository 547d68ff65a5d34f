"""clean_document: HTML through trafilatura, and input metadata winning over extracted values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.clean import clean_document
from detente.records import Article, Dateline, RawDocument

FIXTURES = Path(__file__).parent / "fixtures"
UPI_STYLE = (FIXTURES / "upi_style.txt").read_text(encoding="utf-8")


def test_html_page_yields_story_text_and_page_metadata():
    html = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    article = clean_document(RawDocument(origin="page.html", text=html, is_html=True), doc_id="p1")
    assert article.title == "Velmora and Dunmark restore diplomatic ties"
    assert article.byline == "Ilse Danner"
    assert article.date == dt.date(2020, 11, 12)
    assert article.url == "https://herald.example/world/velmora-dunmark-ties"
    assert article.source == "The Kessa Herald"
    assert article.agency == "Reuters"
    assert article.dateline == Dateline(text="VELM (Reuters) -", place="Velm", agency="Reuters")
    assert article.text.startswith("Velmora and Dunmark restored diplomatic relations on Thursday")
    assert "Both sides agreed to reopen their embassies" in article.text
    for gone in ("Home", "Sport", "Advertisement", "Most Read", "Storm hits", "Privacy", "©"):
        assert gone not in article.text


def test_given_metadata_wins_over_extracted():
    doc = RawDocument(
        origin="feed.jsonl:3",
        text=UPI_STYLE,
        title="Border crossing to reopen",
        url="https://wire.example/1",
        date="2023-03-15",
        source="Wire Example",
    )
    article = clean_document(doc, doc_id="w1")
    assert article == Article(
        doc_id="w1",
        origin="feed.jsonl:3",
        text=article.text,
        title="Border crossing to reopen",
        byline="Marta Oyelaran",
        date=dt.date(2023, 3, 15),
        dateline=Dateline(text="March 14 (UPI) --", date=dt.date(2023, 3, 14), agency="UPI"),
        url="https://wire.example/1",
        source="Wire Example",
        agency="UPI",
        date_source="input",
        date_precision="day",
        cleaning=("date 2023-03-15 given by the input (day)",),
    )
    assert article.text.startswith("Kestria and Velmora agreed on Monday")


def test_without_given_date_the_dateline_date_is_used():
    text = "VELM, Jan 5, 2022 (Reuters) - Velmora expelled four Kestrian diplomats on Wednesday."
    article = clean_document(RawDocument(origin="a.txt", text=text), doc_id="a")
    assert article.date == dt.date(2022, 1, 5)
    assert article.title is None


def test_unparseable_given_date_is_ignored():
    doc = RawDocument(origin="b.txt", text=UPI_STYLE, date="sometime last week")
    article = clean_document(doc, doc_id="b")
    assert article.date is None
    assert article.dateline is not None
    assert article.dateline.date is None


def test_html_too_short_for_extraction_still_gives_its_text():
    html = "<html><body><p>Kestria recalled its envoy.</p></body></html>"
    article = clean_document(RawDocument(origin="c.html", text=html, is_html=True), doc_id="c")
    assert article.text == "Kestria recalled its envoy."
