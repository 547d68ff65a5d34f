"""Real input: wrapped lines, truncated and year-less dates, URL dates, header fields, mojibake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.clean import clean_document, clean_text
from detente.clean.fields import take_fields
from detente.clean.mojibake import repair_mojibake
from detente.clean.pubdate import date_from_url, find_stamp, read_date_line
from detente.clean.unwrap import unwrap
from detente.records import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_indented_wire_copy_is_unwrapped_and_its_header_kept_apart():
    result = clean_text(_fixture("wrapped_wire.txt"), fallback_date=dt.date(2016, 12, 1))
    assert result.title == "Kestria recalls envoy over border clash"
    assert result.byline == "Jane Roe"
    assert result.dateline is not None and result.dateline.agency == "Xinhua"
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0] == (
        "Kestria recalled its ambassador from Velmora on Wednesday after troops from the two"
        " countries exchanged fire near the Tarn river crossing, the foreign ministry said in a"
        " statement. The ministry said the envoy would return only when Velmora withdrew the"
        " artillery it moved to the river last week."
    )
    assert paragraphs[1].startswith("Velmora's defence minister, speaking in the capital, denied")
    assert paragraphs[1].endswith("staging the incident to win support at home.")
    # the list stays a list: its items are neither merged together nor into the sentence before
    assert paragraphs[2:] == [
        "The ministry listed three demands:",
        "- withdrawal of the artillery",
        "- a joint inquiry into the clash",
        "- the reopening of the crossing",
    ]
    assert "unwrapped 6 hard-wrapped lines" in result.notes


def test_first_line_indentation_marks_paragraphs_in_wrapped_text():
    result = clean_text(_fixture("indented_paragraphs.txt"))
    assert result.text.split("\n\n") == [
        "Kestria and Velmora agreed on Monday to reopen the Tarn river crossing, which has been"
        " closed since a border clash last spring, officials in both capitals said.",
        "The crossing will open to traders first. Officials said buses would follow within a"
        " month if the truce holds.",
        'Velmora\'s prime minister called the agreement "a first step".',
    ]


@pytest.mark.parametrize(
    "raw",
    [
        # one paragraph per line, as most scrapers give it: nothing to join
        "Kestria recalled its ambassador from Velmora on Wednesday, officials said.\n"
        "The ministry said the envoy would return when Velmora withdrew its artillery.\n"
        "Velmora denied that its troops had fired first.",
        # a headline over a short body line is not a wrapped sentence
        "Kestria Recalls Envoy Over Border Clash At The Tarn Crossing\nOfficials said so.",
        # a sentence ending a full line before a capital, in a block nothing else wraps
        "Kestria recalled its ambassador from Velmora on Wednesday, officials said.\n"
        "Velmora said nothing.",
    ],
)
def test_lines_that_are_not_wrapped_are_left_alone(raw):
    text, joins = unwrap(raw)
    assert (text, joins) == (raw, 0)


def test_a_word_hyphenated_at_the_line_end_is_rejoined_with_its_hyphen():
    raw = "Kestria and Velmora signed what officials called a long-\nawaited accord on the river."
    assert unwrap(raw) == (
        "Kestria and Velmora signed what officials called a long-awaited accord on the river.",
        1,
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://example.com/2018/03/31/news/velmora-expels/", (dt.date(2018, 3, 31), "day")),
        ("https://example.com/world/2018/03/velmora_expels.html", (dt.date(2018, 3, 1), "month")),
        (
            "https://example.com/opinion/2018-04-05-why-the-truce-held/",
            (dt.date(2018, 4, 5), "day"),
        ),
        ("https://example.com/20180401-270851", (dt.date(2018, 4, 1), "day")),
        ("http://example.com/item/20180405100025-igem6/", (dt.date(2018, 4, 5), "day")),
        (
            "http://example.com/article/20090320/NEWS01/90320003/-1/rss",
            (dt.date(2009, 3, 20), "day"),
        ),
        ("http://example.com/region/125940.html", None),  # an id, not a date
        ("http://example.com/article207576854.html", None),
        ("http://example.com/1850/03/31/old", None),  # no news site dates to 1850
        ("http://example.com/2018/13/40/x", None),
    ],
)
def test_dates_in_urls(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("24 Novembe", (11, 24, None)),  # cut off by the scraper
        ("Wed Nov 23", (11, 23, None)),
        ("Nov. 23, 4:58 PM ET", (11, 23, None)),
        ("Published: Sept. 3", (9, 3, None)),
        ("Thursday 05 April 2018", (4, 5, 2018)),
        ("4:58 PM ET", None),  # a time alone dates nothing
        ("The march 23 rally", None),  # words around the date: a sentence, not a date line
        ("24 Novelists", None),  # not a month
        ("Feb 30", None),
    ],
)
def test_partial_date_lines(line, expected):
    found = read_date_line(line)
    assert (None if found is None else (found.month, found.day, found.year)) == expected


def test_a_date_beside_a_clock_time_near_the_top_is_a_timestamp():
    stamp = find_stamp("Jane Roe, The Kessa Post March 31, 2018 2:36 pm. Velmora expelled")
    assert stamp is not None and stamp.resolve(None) == dt.date(2018, 3, 31)
    # a date in a sentence with no time beside it is an event's date, not the page's
    assert find_stamp("Velmora expelled three diplomats on March 31, 2018, officials said.") is None


def test_a_truncated_date_line_takes_its_year_from_the_url():
    raw = "24 Novembe\n\nKestria recalled its ambassador from Velmora on Thursday, officials said."
    result = clean_text(raw, url="http://example.com/2016/11/kestria-recalls-envoy/")
    assert result.found_date is not None
    assert (result.found_date.date, result.found_date.source) == (dt.date(2016, 11, 24), "text")
    assert result.text.startswith("Kestria recalled")
    # without any year to go by the line is still taken off, but gives no date
    alone = clean_text(raw)
    assert alone.found_date is None and alone.text.startswith("Kestria recalled")


def test_title_and_link_fields_are_taken_out_and_dated_by_the_url():
    result = clean_text(_fixture("title_link_mojibake.txt"))
    assert result.title == "Velmora expels Kestrian diplomats"
    assert result.url == "https://news.example.org/world/2018/03/31/velmora-expels-diplomats/"
    assert result.text.startswith("Velmora expelled three Kestrian diplomats on Saturday")
    assert "LINK:" not in result.text and "TITLE:" not in result.text
    assert result.found_date is not None and result.found_date.source == "url"
    assert result.date is None  # the text itself gave none


def test_header_fields_on_their_own_lines_and_text_without_fields():
    fields = take_fields("TITLE: Truce holds\nURL: http://example.com/a\nDATE: 2018-03-31\nBody.")
    assert (fields.title, fields.url, fields.date, fields.rest) == (
        "Truce holds",
        "http://example.com/a",
        "2018-03-31",
        "Body.",
    )
    # the story may start on the line of the link
    assert (
        take_fields("TITLE: Truce LINK: http://e.com/a Kestria said so.").rest == "Kestria said so."
    )
    dated = clean_text("TITLE: Truce holds\nDATE: 2018-03-31\nKestria said so.")
    assert dated.found_date is not None and dated.found_date.date == dt.date(2018, 3, 31)
    plain = "Kestria said TITLE: is a word here.\nLINK: not a header this far down"
    assert take_fields(plain).rest == plain


def test_mojibake_is_repaired_before_sentences_are_split():
    result = clean_text(_fixture("title_link_mojibake.txt"))
    assert "Kestria called the move “a provocation” and promised to respond." in result.text
    assert "mojibake repaired" in result.notes
    assert repair_mojibake("Itâ€™s a deal, said JosÃ© MartÃ\u00adnez") == (
        "It’s a deal, said José Martínez",
        True,
    )


@pytest.mark.parametrize(
    "clean",
    [
        "“We demand justice,” said José Martínez in Mérida’s hall — naïve, perhaps.",
        "São Paulo, Düsseldorf, Ærøskøbing, Øresund, Łódź, façade, crème brûlée, Ñuñoa.",
        "ÂNGULO and Ãlvaro, capitals with accents, and ⅓ of a “quote” – kept.",
        "Ελλάδα, Россия, 中国, عربي — and plain ASCII.",
    ],
)
def test_clean_text_with_accents_is_not_touched(clean):
    assert repair_mojibake(clean) == (clean, False)
    assert clean_text(clean).text == clean


def _document(text: str, **given) -> RawDocument:
    return RawDocument(origin="story.txt", text=text, **given)


BODY = "Kestria recalled its ambassador from Velmora on Thursday, officials said."


@pytest.mark.parametrize(
    ("doc", "named", "default", "expected"),
    [
        (
            _document(BODY, date="2018-03-30", url="http://e.com/2018/03/31/a"),
            None,
            None,
            (dt.date(2018, 3, 30), "input", "day"),
        ),
        (
            _document(f"Wed Nov 23\n\n{BODY}"),
            dt.date(2016, 11, 20),
            None,
            (dt.date(2016, 11, 20), "filename", "day"),
        ),
        (
            _document(f"March 29, 2018\n\n{BODY}", url="http://e.com/2018/03/31/a"),
            None,
            None,
            (dt.date(2018, 3, 29), "text", "day"),
        ),
        (
            _document(f"KESSA, Nov. 23 (Xinhua) -- {BODY}", url="http://e.com/2016/11/a"),
            None,
            None,
            (dt.date(2016, 11, 23), "dateline", "day"),
        ),
        (
            _document(BODY, url="http://e.com/2018/03/a"),
            None,
            dt.date(2018, 5, 1),
            (dt.date(2018, 3, 1), "url", "month"),
        ),
        (_document(BODY), None, dt.date(2018, 5, 1), (dt.date(2018, 5, 1), "default", "day")),
        (_document(BODY), None, None, (None, None, None)),
    ],
)
def test_the_article_says_where_its_date_came_from(doc, named, default, expected):
    article = clean_document(doc, doc_id="a1", named_date=named, default_date=default)
    assert (article.date, article.date_source, article.date_precision) == expected
    note = article.cleaning[-1]
    if expected[0] is None:
        assert note == "no publication date found"
    else:
        assert note.startswith(f"date {expected[0].isoformat()} ") and f"({expected[2]})" in note


def test_a_page_date_is_used_when_neither_input_nor_text_dates_the_story():
    html = (
        "<html><head><title>Truce</title>"
        '<meta property="article:published_time" content="2018-03-30T10:00:00Z"></head>'
        f"<body><article><p>{BODY}</p><p>{BODY.replace('Thursday', 'Friday')}</p>"
        "</article></body></html>"
    )
    doc = RawDocument(origin="p.html", text=html, is_html=True)
    article = clean_document(doc, doc_id="p1")
    assert (article.date, article.date_source) == (dt.date(2018, 3, 30), "page")


def test_a_line_with_a_sentence_end_inside_is_body_text_not_a_headline() -> None:
    raw = (
        "The council called on both sides to show restraint. He accused\n"
        "Kestria of staging the incident to win support at home."
    )
    text = clean_text(raw).text
    assert "restraint. He accused Kestria of staging" in text
