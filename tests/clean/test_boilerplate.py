"""Page furniture, captions and trailers are removed; article sentences are not."""

from __future__ import annotations

import pytest

from detente.clean import clean_text
from detente.clean.captions import split_credit

BODY = "Kestria recalled its ambassador from Velmora on Monday after talks on the border failed."
LATER = "Velmora said it regretted the decision and urged Kestria to return to the table."


def _body_with(noise: str) -> str:
    return clean_text(f"{BODY}\n\n{noise}\n\n{LATER}").text


@pytest.mark.parametrize(
    "noise",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Supported by",
        "Story continues below advertisement",
        "Continue reading the main story",
        "Share this article",
        "Share on Facebook",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing on Kestrian politics.",
        "Follow us on Twitter and Facebook",
        "Click here to read the full report",
        "We use cookies to give you the best experience. Accept all cookies to continue.",
        "Read more: Kestria and Velmora in border standoff",
        "Related: Velmora central bank holds rates",
        "(Reporting by Jane Roe; Editing by Max Mustermann)",
        "Copyright 2020 Kessa Herald. All rights reserved.",
        "© 2020 Kessa Herald",
        "3 min read",
    ],
)
def test_furniture_lines_are_removed(noise):
    assert _body_with(noise) == f"{BODY}\n\n{LATER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "By contrast, Velmora's envoy said the talks had been useful.",
        "Subscribers to the state newspaper were told the talks had failed.",
        "Related talks on water rights will resume in May, the ministry said.",
        "Reporting by state media suggested the army had been put on alert.",
        "Advertisements for the referendum were banned by the electoral commission.",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(sentence):
    assert sentence in _body_with(sentence)


def test_read_more_block_drops_the_linked_headlines():
    text = f"{BODY}\n\nRead more:\nKestria in border standoff\nVelmora holds rates\n\n{LATER}"
    assert clean_text(text).text == f"{BODY}\n\n{LATER}"


def test_quote_after_a_link_list_is_kept():
    quote = 'Revik said the talks were "a waste of everyone\'s time."'
    text = f"{BODY}\n\nRelated Articles\nKestria in border standoff\n\n{quote}"
    assert clean_text(text).text == f"{BODY}\n\n{quote}"


def test_latest_headlines_cuts_everything_after_the_story():
    text = f"{BODY}\n\n{LATER}\n\nLatest Headlines\nStorm hits coast\nBudget passes\n\nMore text."
    assert clean_text(text).text == f"{BODY}\n\n{LATER}"


def test_trending_list_before_the_story_is_dropped_but_story_kept():
    text = f"Trending\nStorm hits coast\nBudget passes\n\n{BODY}\n\n{LATER}"
    assert clean_text(text).text == f"{BODY}\n\n{LATER}"


def test_caption_printed_twice_with_upi_credit_is_dropped():
    caption = "Kestrian soldiers patrol the Tarn river near Kessa on Sunday."
    text = (
        f"{caption} File Photo by Tomas Hale/UPI\n"
        f"{caption} File Photo by Tomas Hale/UPI | License Photo\n\n{BODY}"
    )
    assert clean_text(text).text == BODY


def test_uncredited_copy_of_a_credited_caption_is_dropped():
    caption = "Kestrian soldiers patrol the Tarn river near Kessa on Sunday."
    text = f"{caption}\n{caption} (Photo: Kessa Herald)\n\n{BODY}\n\n{caption}"
    assert clean_text(text).text == BODY


def test_repeated_paragraph_is_kept_once():
    assert clean_text(f"{BODY}\n\n{BODY}\n\n{LATER}").text == f"{BODY}\n\n{LATER}"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("A statue in Dandong. File Photo by Stephen Shaver/UPI", "A statue in Dandong."),
        (
            "A statue in Dandong. File Photo by Stephen Shaver/UPI | License Photo",
            "A statue in Dandong.",
        ),
        ("Troops in Orsk. REUTERS/Ana Ruiz/File Photo", "Troops in Orsk."),
        ("Troops in Orsk. (AP Photo/Evan Hale, File)", "Troops in Orsk."),
        ("Leaders meet in Velm. (Xinhua/Wen Hao)", "Leaders meet in Velm."),
        ("Photograph: Ana Ruiz/AFP via Getty Images", ""),
        ("AFP via Getty Images", ""),
        ("Jon Tallis speaks in Kessa. (Photo: Reuters)", "Jon Tallis speaks in Kessa."),
    ],
)
def test_credits_are_split_from_captions(line, caption):
    found = split_credit(line)
    assert found is not None
    assert found[0] == caption


@pytest.mark.parametrize(
    "line",
    [
        "The minister told Reuters the talks would continue.",
        "Turnout was 5/10 of registered voters, the commission said.",
        "The agency Getty Images said it had withdrawn the picture.",
    ],
)
def test_body_sentences_have_no_credit(line):
    assert split_credit(line) is None
