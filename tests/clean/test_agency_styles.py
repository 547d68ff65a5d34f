"""Whole stories in the house styles of several agencies and a newspaper site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.clean import clean_text
from detente.records import Dateline

FIXTURES = Path(__file__).parent / "fixtures"


def _clean(name: str, reference: dt.date | None = None):
    return clean_text((FIXTURES / name).read_text(encoding="utf-8"), reference_date=reference)


def test_upi_story_loses_ads_captions_and_headline_list():
    result = _clean("upi_style.txt", dt.date(2023, 3, 15))
    assert result.title == "Kestria and Velmora agree to reopen Tarn river crossing"
    assert result.byline == "Marta Oyelaran"
    assert result.agency == "UPI"
    assert result.dateline == Dateline(
        text="March 14 (UPI) --", place=None, date=dt.date(2023, 3, 14), agency="UPI"
    )
    assert result.date == dt.date(2023, 3, 14)
    for gone in ("Advertisement", "License Photo", "Latest Headlines", "Flooding closes", "UPI)"):
        assert gone not in result.text
    assert result.text.count("shakes hands with Velmoran envoy") <= 1
    assert result.text.startswith("Kestria and Velmora agreed on Monday to reopen")
    assert "Both sides agreed to set up a joint patrol commission" in result.text
    assert result.text.endswith(
        '"Today we chose trade over trenches," Revik told reporters after the meeting.'
    )


def test_upi_dateline_without_reference_keeps_text_but_no_date():
    result = _clean("upi_style.txt")
    assert result.dateline is not None
    assert result.dateline.text == "March 14 (UPI) --"
    assert result.dateline.date is None
    assert result.date is None


def test_reuters_story_takes_year_from_date_line_and_drops_credits():
    result = _clean("reuters_style.txt")
    assert result.title == "Velmora to expel four Kestrian diplomats over spy case"
    assert result.byline == "Piotr Almqvist"
    assert result.dateline == Dateline(
        text="VELM, Jan 5 (Reuters) -", place="Velm", date=dt.date(2022, 1, 5), agency="Reuters"
    )
    assert result.date == dt.date(2022, 1, 5)
    assert result.text.startswith("Velmora will expel four Kestrian diplomats")
    assert result.text.endswith("if the decision was not reversed.")
    for gone in ("Reporting by", "Editing by", "Our Standards", "min read", "10:31"):
        assert gone not in result.text


def test_ap_story_title_cases_caps_byline_and_keeps_region_in_place():
    result = _clean("ap_style.txt")
    assert result.byline == "John Harlan and Mei Tanaka"
    assert result.agency == "AP"
    assert result.dateline == Dateline(
        text="ORSK, Dunmark (AP) —", place="Orsk, Dunmark", date=None, agency="AP"
    )
    assert result.date is None
    assert result.text.startswith("Rebels attacked an army post near the Ostrel border")
    assert "urged it to close the border crossings" in result.text
    for gone in ("contributed to this report", "Copyright", "All rights reserved"):
        assert gone not in result.text


def test_afp_story_drops_prompts_cookie_notice_and_credit_lines():
    result = _clean("afp_style.txt")
    assert result.title == "Kestria summons Ostrel ambassador over drone incursion"
    assert result.byline is None
    assert result.dateline == Dateline(text="KESSA (AFP) –", place="Kessa", agency="AFP")
    assert result.date == dt.date(2021, 6, 2)
    assert result.text.startswith("Kestria summoned the Ostrel ambassador on Wednesday")
    for gone in ("Share this", "Follow us", "cookie", "Photograph", "Getty", "wreckage", "AFP"):
        assert gone not in result.text


def test_xinhua_story_without_header_resolves_dateline_from_reference():
    result = _clean("xinhua_style.txt", dt.date(2018, 3, 4))
    assert result.title is None
    assert result.byline is None
    assert result.dateline == Dateline(
        text="VELM, March 3 (Xinhua) --", place="Velm", date=dt.date(2018, 3, 3), agency="Xinhua"
    )
    assert result.text.startswith("Velmoran President Sara Iveson met visiting Kestrian")
    assert result.text.endswith("Tallis invited Iveson to visit Kessa later this year.")
    assert "Editor" not in result.text


def test_newspaper_site_drops_furniture_link_lists_and_most_read():
    result = _clean("newspaper_site.txt")
    assert result.title == "Kestria and Ostrel Sign Fishing Accord After Years of Disputes"
    assert result.byline == "Jane Roe and Max Mustermann"
    assert result.dateline == Dateline(text="KESSA —", place="Kessa")
    assert result.agency is None
    assert result.date == dt.date(2017, 3, 14)
    assert result.text.split("\n\n") == [
        "Kestria and Ostrel signed a fishing agreement on Tuesday that ends a decade of disputes"
        " over the waters around the Serran islands.",
        "The accord sets catch limits for both fleets and creates a joint inspection service.",
        'Ostrel\'s prime minister said the deal showed that "patient diplomacy works."',
    ]
