"""Scanning text for actor names: tokens, and the scans kept for texts read more than once."""

from __future__ import annotations

import pytest

from detente.lexicons.actor_index import prefix_tokens
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon, tokenise

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])


def test_tokens_fold_dots_and_accents_and_keep_offsets() -> None:
    text = "The U.S. envoy met Éowyn's Gondorian guards at 3 p.m., then the U.S. left."
    found = [(text[t.start : t.end], t.norm, t.case) for t in tokenise(text)]
    assert found[:4] == [("The", "the", "title"), ("U.S.", "us", "upper"),
                         ("envoy", "envoy", "lower"), ("met", "met", "lower")]  # fmt: skip
    assert ("Éowyn", "eowyn", "title") in found
    assert "'s" not in {word for word, _, _ in found}  # the possessive is no word of a name
    assert "p.m." not in {word for word, _, _ in found}  # a lower-case abbreviation neither
    # a word seen before is folded the same way at its new place
    assert [t.start for t in tokenise(text) if t.norm == "us"] == [4, text.rindex("U.S.")]


def test_a_word_that_names_whom_the_actor_opposes_is_blanked() -> None:
    assert [t.norm for t in tokenise("anti-Gondor rebels")] == ["rebels"]
    assert [t.norm for t in tokenise("Gondor-backed rebels")] == ["rebels"]


@pytest.mark.parametrize("maker", ["made", "built", "supplied", "trained", "equipped"])
def test_a_word_that_names_the_maker_or_trainer_is_blanked(maker: str) -> None:
    # lead18: "US-made Apaches blasted a building" was coded as an American attack
    assert [t.norm for t in tokenise(f"Gondor-{maker} gunships")] == ["gunships"]
    assert [t.norm for t in tokenise("Gondorian gunships")] == ["gondorian", "gunships"]


def test_a_long_text_scanned_twice_is_read_once_and_not_kept_with_phrases(
    world: ActorLexicon,
) -> None:
    story = "Gondor and Arnor met in Minas Tirith. " * 40
    first = world.scan(story, keep=False)
    assert [m.term.entry.code for m in first[1][:3]] == ["GND", "ARN", "GND"]
    assert world.scan(story, keep=False) is first  # the article's second scan (its context)
    assert story not in world.cache  # long texts stay out of the per-phrase cache
    other = "Arnor met Gondor. " * 40
    assert [m.term.entry.code for m in world.scan(other, keep=False)[1][:2]] == ["ARN", "GND"]
    assert world.scan(story, keep=False) == first  # scanned again, the same result


@pytest.mark.parametrize(
    "text",
    ["Arnor's envoy met Gondor-backed rebels, then anti-Mordor crowds at 3 p.m. in Minas Tirith.",
     "The U.S.-led talks\nin Annuminas ended; Gondorians left."],
)
def test_the_tokens_of_a_beginning_are_those_of_the_beginning_tokenised_alone(text: str) -> None:
    whole = tokenise(text)
    for end in range(1, len(text)):  # cut anywhere: inside a word, a hyphen, a dotted name
        begun = prefix_tokens(whole, text[:end])
        assert begun is None or begun == tokenise(text[:end]), text[:end]
    assert prefix_tokens(whole, "Arnor's") is None  # no space to cut at: tokenised whole


def test_an_articles_context_is_scanned_as_if_alone(world: ActorLexicon) -> None:
    story = "Arnor met Gondor in Minas Tirith. " * 30 + "Mordor-backed Orcs attacked Arnor."
    world.scan(story, keep=False)  # the whole article first, then its beginning
    for end in (len(story) - 20, len(story) - 7, 500):
        context = story[:end]
        scanned = world.scan(context, keep=False)
        world.recent.clear()
        assert scanned == world.scan(context, keep=False)  # the same as a scan from scratch
        world.scan(story, keep=False)
