"""The bundled sample articles and the real UPI page in ../shared clean as expected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.clean import clean_document, clean_text, date_from_name
from detente.records import RawDocument

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "src" / "detente" / "samples"
SHARED_SAMPLES = REPO / ".." / "shared" / "samples"
BOILERPLATE = (
    "Advertisement",
    "License Photo",
    "Latest Headlines",
    "Most Popular",
    "Related Coverage",
    "RELATED COVERAGE",
    "Reporting by",
    "Copyright",
    "contributed to this report",
    "Editor:",
    "Photo",
)

# file name -> (byline, agency, dateline text, dateline date, title start)
EXPECTED = {
    "wire_2016-09-10_dprk_nuclear_test.txt": (
        "Mark Halvorsen",
        "Reuters",
        "BEIJING, Sept 10 (Reuters) -",
        dt.date(2016, 9, 10),
        "China condemns North Korea's fifth nuclear test",
    ),
    "wire_2017-03-14_china_dprk_talks.txt": (
        "Daniel Kwon",
        "UPI",
        "March 14 (UPI) --",
        dt.date(2017, 3, 14),
        "China, North Korea hold first high-level talks",
    ),
    "wire_2018-05-26_china_dprk_summit.txt": (
        None,
        "Xinhua",
        "BEIJING, May 26 (Xinhua) --",
        dt.date(2018, 5, 26),
        "China, DPRK pledge closer ties",
    ),
    "wire_2022-03-02_russia_ukraine.txt": (
        "Oleh Marchenko and Sofia Brandt",
        "AP",
        "KYIV, Ukraine (AP) —",
        None,
        "Russian forces pound Kharkiv",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bundled_sample_cleans_to_its_story(name):
    byline, agency, dateline_text, dateline_date, title = EXPECTED[name]
    result = clean_text(
        (SAMPLES / name).read_text(encoding="utf-8"), reference_date=date_from_name(name)
    )
    assert result.byline == byline
    assert result.agency == agency
    assert result.dateline is not None
    assert result.dateline.text == dateline_text
    assert result.dateline.date == dateline_date
    assert result.date == date_from_name(name)
    assert result.title is not None and result.title.startswith(title)
    for marker in BOILERPLATE:
        assert marker not in result.text, marker
    sentences = result.text.count(". ") + result.text.count(".\n") + 1
    assert 12 <= sentences <= 25


def test_every_bundled_text_sample_is_checked():
    assert sorted(p.name for p in SAMPLES.glob("*.txt")) == sorted(EXPECTED)


def test_bundled_html_sample_goes_through_trafilatura():
    path = SAMPLES / "news_2019-06-21_xi_pyongyang.html"
    doc = RawDocument(origin=path.name, text=path.read_text(encoding="utf-8"), is_html=True)
    article = clean_document(doc, doc_id="xi")
    assert article.title == "Xi Jinping and Kim Jong Un pledge friendship in Pyongyang"
    assert article.byline == "Hannah Lim"
    assert article.date == dt.date(2019, 6, 21)
    assert article.agency == "Yonhap"
    assert article.source == "Asia Pacific Monitor"
    assert article.text.startswith(
        "Chinese President Xi Jinping met North Korean leader Kim Jong Un"
    )
    for gone in ("Subscribe", "Sign up", "cookie", "Related stories", "Privacy", "Pool"):
        assert gone not in article.text


@pytest.mark.shared
def test_real_upi_page_from_shared_samples():
    path = SHARED_SAMPLES / "upi_2017-02-08_scraped.txt"
    if not path.exists():
        pytest.skip("../shared/samples missing")
    reference = date_from_name(path.name)
    assert reference == dt.date(2017, 2, 8)
    result = clean_text(path.read_text(encoding="utf-8"), reference_date=reference)
    assert result.byline == "Elizabeth Shim"
    assert result.agency == "UPI"
    assert result.dateline is not None
    assert result.dateline.text == "Feb. 8 (UPI) --"
    assert result.dateline.date == dt.date(2017, 2, 8)
    assert result.title == "North Korea invites Chinese diplomats for 'goodwill meeting'"
    for gone in ("Advertisement", "License Photo", "Latest Headlines", "(UPI) --"):
        assert gone not in result.text
    assert result.text.count("A huge statue of former Chinese helmsman") <= 1
    assert result.text.startswith('North Korea\'s foreign ministry hosted a "goodwill meeting"')
    assert "officials on both sides agreed to work together" in result.text
