"""Modality of claimed and denied acts, of acts ahead of the story, and of background seasons;
one event for an act restated by a participle (made-up world, published 2020-06-01)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.dates import is_background, resolve_date_expression, resolve_event_date
from detente.coding.events import Coder

from middle_earth import code, dyad
from support import build_doc

PAST, PRESENT, GERUND = "VBD", "VBZ", "VBG"


def _reported(verb: str, lemma: str) -> list[tuple]:
    """ "Mordor <verb> that Gondor attacked Arnor." """
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def _attack(events: tuple) -> object:
    [event] = [e for e in events if e.event_type == "ASSAULT"]
    return event


def test_what_a_claim_says_was_done_is_alleged_not_asserted(coder: Coder) -> None:
    claimed = _attack(code(coder, _reported("claimed", "claim"), tags={1: PAST, 4: PAST}))
    assert dyad(claimed) == ("GND", "ASSAULT", "ARN")  # the act itself, not an intent
    assert claimed.modality == "hypothetical" and "claimed" in claimed.modality_cue
    # "Mordor said that Gondor attacked Arnor.": a report, told as done
    said = _attack(code(coder, _reported("said", "say"), tags={1: PAST, 4: PAST}))
    assert said.modality == "asserted"


def test_an_act_told_with_allegedly_is_alleged(coder: Coder) -> None:
    # "Gondor allegedly attacked Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("allegedly", "allegedly", "ADV", "advmod", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    event = _attack(code(coder, rows, tags={2: PAST}))
    assert event.modality == "hypothetical" and "alleged" in event.modality_cue
    # without the adverb the same act is asserted
    plain = [(w, lem, pos, dep, min(h, 1)) for w, lem, pos, dep, h in rows if w != "allegedly"]
    assert _attack(code(coder, plain, tags={1: PAST})).modality == "asserted"


def test_what_a_denial_denies_is_told_as_not_done(coder: Coder) -> None:
    # "Mordor denied that Gondor attacked Arnor.": the denial is Mordor's act, the attack what
    # it says did not happen (claims18: negated, see test_denials.py)
    events = code(coder, _reported("denied", "deny"), tags={1: PAST, 4: PAST})
    assert _attack(events).modality == "negated"


def _meeting(modifier: tuple | None, verb: tuple = ("announced", "announce")) -> list[tuple]:
    """ "Gondor <verb> a [modifier] meeting with Arnor." """
    shift = 1 if modifier else 0
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3 + shift),
        *([(*modifier, "ADJ", "amod", 4)] if modifier else []),
        ("meeting", "meeting", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 3 + shift),
        ("Arnor", "Arnor", "PROPN", "pobj", 4 + shift),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_upcoming_or_scheduled_meeting_lies_ahead(coder: Coder) -> None:
    upcoming = code(coder, _meeting(("upcoming", "upcoming")), tags={1: PAST})
    assert [e.modality for e in upcoming] == ["future"]
    scheduled = code(coder, _meeting(None, ("scheduled", "schedule")), tags={1: PAST})
    assert [e.modality for e in scheduled] == ["future"]
    # "Gondor announced a meeting with Arnor.": nothing sets it ahead
    held = code(coder, _meeting(None), tags={1: PAST})
    assert [e.modality for e in held] == ["asserted"]


def _meets_on(verb: str, tag: str, month: str, day: str) -> tuple:
    """ "Gondor <verb> Arnor on <month> <day>." with the date marked as the parser would."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb, "meet", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        (month, month, "PROPN", "pobj", 3),
        (day, day, "NUM", "nummod", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: tag, 5: "CD"}, ((4, 6, "DATE"),)


def test_an_act_dated_after_publication_lies_ahead_unless_told_in_the_past(coder: Coder) -> None:
    rows, tags, ents = _meets_on("meets", PRESENT, "June", "10")
    [event] = code(coder, rows, tags=tags, ents=ents)
    assert event.date == dt.date(2020, 6, 10) and event.modality == "future"
    assert "after the story" in event.modality_cue
    # "Gondor met Arnor on June 10.": told in the past, a date read ahead changes nothing
    rows, tags, ents = _meets_on("met", PAST, "June", "10")
    [event] = code(coder, rows, tags=tags, ents=ents)
    assert event.modality == "asserted"
    # "Gondor meets Arnor on May 20.": before the story, the news of the week
    rows, tags, ents = _meets_on("meets", PRESENT, "May", "28")
    [event] = code(coder, rows, tags=tags, ents=ents)
    assert event.modality == "asserted"


def test_a_season_before_the_story_is_background() -> None:
    published = dt.date(2018, 3, 30)
    fall = resolve_date_expression("in the fall", published)
    assert fall is not None and fall.date == dt.date(2017, 9, 1) and fall.precision == "month"
    ahead = resolve_date_expression("in the fall", published, future=True)
    assert ahead is not None and ahead.date == dt.date(2018, 9, 1)
    this = resolve_date_expression("this summer", published)
    assert this is not None and this.date == dt.date(2018, 6, 1)
    # a season that holds the publication month is the story's own
    spring = resolve_date_expression("in the spring", published)
    assert spring is not None and spring.date == dt.date(2018, 3, 1)


def _season_doc(tail: list[tuple]) -> object:
    """ "Gondor attacked Arnor <tail>." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *tail,
        (".", ".", "PUNCT", "punct", 1),
    ]
    return build_doc(rows, tags={1: PAST})


def test_a_season_word_dates_the_act_but_the_fall_of_a_city_does_not() -> None:
    published = dt.date(2018, 3, 30)
    doc = _season_doc(
        [("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
         ("fall", "fall", "NOUN", "pobj", 3)]
    )  # fmt: skip
    when = resolve_event_date(doc[1], published)
    assert when.date == dt.date(2017, 9, 1) and when.rule == "relative"
    doc = _season_doc(
        [("after", "after", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
         ("fall", "fall", "NOUN", "pobj", 3), ("of", "of", "ADP", "prep", 5),
         ("Osgiliath", "Osgiliath", "PROPN", "pobj", 6)]
    )  # fmt: skip
    doc.ents = [Span(doc, 7, 8, label="GPE")]
    assert resolve_event_date(doc[1], published).rule == "publication"


def test_a_participle_restating_the_act_is_the_same_fact(coder: Coder) -> None:
    # "Gondor condemned Arnor, accusing it of treachery."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("denouncing", "denounce", "VERB", "advcl", 1),
        ("it", "it", "PRON", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: PAST, 4: GERUND})
    assert [(dyad(e), e.trigger.text) for e in events] == [
        (("GND", "ACCUSE", "ARN"), "condemned")
    ]


def test_what_was_failed_is_not_done(coder: Coder) -> None:
    # "Gondor failed to attack Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("failed", "fail", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    event = _attack(code(coder, rows, tags={1: PAST, 3: "VB"}))
    assert event.modality == "negated" and "failed" in event.modality_cue


def test_a_negation_in_another_tense_is_not_shared_by_a_conjunct(coder: Coder) -> None:
    # "Arnor is not safe and Gondor attacked Arnor." misparsed as one subject's two verbs:
    # "Arnor is not safe and attacked Mordor" tells the attack as done
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("not", "not", "PART", "neg", 1),
        ("safe", "safe", "ADJ", "acomp", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("attacked", "attack", "VERB", "conj", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    event = _attack(code(coder, rows, tags={1: PRESENT, 5: PAST}))
    assert event.modality == "asserted"
    # "Arnor did not meet or attack Mordor": a conjunct in the same form shares "did not"
    same = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("meet", "meet", "VERB", "ROOT", 3),
        ("or", "or", "CCONJ", "cc", 3),
        ("attack", "attack", "VERB", "conj", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert _attack(code(coder, same, tags={1: PAST, 3: "VB", 5: "VB"})).modality == "negated"


def test_a_past_perfect_in_an_adverbial_clause_of_reported_speech_is_the_news(
    coder: Coder,
) -> None:
    # "Mordor said, while Gondor had attacked Arnor, talks would go on."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("while", "while", "SCONJ", "mark", 6),
        ("Gondor", "Gondor", "PROPN", "nsubj", 6),
        ("had", "have", "AUX", "aux", 6),
        ("attacked", "attack", "VERB", "advcl", 11),
        ("Arnor", "Arnor", "PROPN", "dobj", 6),
        (",", ",", "PUNCT", "punct", 11),
        ("talks", "talk", "NOUN", "nsubj", 11),
        ("would", "would", "AUX", "aux", 11),
        ("go", "go", "VERB", "ccomp", 1),
        ("on", "on", "ADP", "prt", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]
    event = _attack(code(coder, rows, tags={1: PAST, 6: "VBN", 11: "VB"}))
    assert event.modality == "asserted"


def test_a_holiday_or_a_yearless_day_months_before_the_story_is_background() -> None:
    published = dt.date(2018, 4, 5)
    new_year = resolve_date_expression("on New Year’s Day", published)
    assert new_year is not None and new_year.date == dt.date(2018, 1, 1)
    assert is_background(new_year, published)
    days = resolve_date_expression("on January 3", published)
    assert days is not None and is_background(days, published)
    # a day of the last few weeks is the story's own news
    recent = resolve_date_expression("on March 20", published)
    assert recent is not None and not is_background(recent, published)


def test_a_year_before_an_event_noun_dates_the_noun_not_the_verb_governing_it() -> None:
    # "Gondor condemned the 2016 attack."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("2016", "2016", "NUM", "nummod", 4),
        ("attack", "attack", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: PAST, 3: "CD"})
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    published = dt.date(2018, 4, 5)
    noun = resolve_event_date(doc[4], published)
    assert noun.date == dt.date(2016, 1, 1) and is_background(noun, published)
    assert resolve_event_date(doc[1], published).rule == "publication"


def test_an_act_told_as_lasting_years_is_background(coder: Coder) -> None:
    # "Gondor has attacked Arnor for years."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        ("for", "for", "ADP", "prep", 2),
        ("years", "year", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    event = _attack(code(coder, rows, tags={1: "VBZ", 2: "VBN"}))
    assert event.modality == "historical" and "for years" in event.modality_cue


def _allegations(clause: list[tuple], tags: dict[int, str]) -> tuple:
    """ "Gondor condemned the allegations <clause>." with the clause from token 4 on."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("allegations", "allegation", "NOUN", "dobj", 1),
        *clause,
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: PAST, **tags}


def test_a_content_clause_of_a_claim_noun_is_alleged_but_a_relative_clause_is_told(
    coder: Coder,
) -> None:
    # "... the allegations that Mordor attacked Arnor.": the allegation's content
    rows, tags = _allegations(
        [("that", "that", "SCONJ", "mark", 6), ("Mordor", "Mordor", "PROPN", "nsubj", 6),
         ("attacked", "attack", "VERB", "acl", 3), ("Arnor", "Arnor", "PROPN", "dobj", 6)],
        {6: PAST},
    )  # fmt: skip
    assert _attack(code(coder, rows, tags=tags)).modality == "hypothetical"
    # "... the allegations Mordor attacked.": a relative clause, Mordor's own act told as done
    rows, tags = _allegations(
        [("Mordor", "Mordor", "PROPN", "nsubj", 5), ("attacked", "attack", "VERB", "acl", 3)],
        {5: PAST},
    )
    assert _attack(code(coder, rows, tags=tags)).modality == "asserted"


def _attack_noun(modifier: str) -> list[tuple]:
    """ "Gondor's <modifier> attack on Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 3),
        ("'s", "'s", "PART", "case", 0),
        (modifier, modifier, "ADJ", "amod", 3),
        ("attack", "attack", "NOUN", "ROOT", 3),
        ("on", "on", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_an_alleged_or_planned_attack_is_not_told_as_done(coder: Coder) -> None:
    alleged = _attack(code(coder, _attack_noun("alleged")))
    assert alleged.modality == "hypothetical" and dyad(alleged) == ("GND", "ASSAULT", "ARN")
    planned = _attack(code(coder, _attack_noun("planned")))
    assert planned.modality == "hypothetical" and "not done" in planned.modality_cue
    # "Gondor's brutal attack on Arnor." is told as done
    assert _attack(code(coder, _attack_noun("brutal"))).modality == "asserted"


def _wants(verb: str, lemma: str, subject: bool) -> list[tuple]:
    """ "Mordor <verb> [Gondor] to attack Arnor." """
    attack = 4 if subject else 3
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        *([("Gondor", "Gondor", "PROPN", "nsubj", attack)] if subject else []),
        ("to", "to", "PART", "aux", attack),
        ("attack", "attack", "VERB", "ccomp" if subject else "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", attack),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_wished_of_another_party_is_not_done_nor_its_intent(coder: Coder) -> None:
    # lead20: "Mordor wants Gondor to attack Arnor." is Mordor's appeal to Gondor
    # (coding/wished_acts.py); the attack wished for is not coded as Gondor's act
    wished = code(coder, _wants("wants", "want", True), tags={1: PRESENT})
    assert [(dyad(e), e.modality) for e in wished] == [(("MDR", "REQUEST", "GND"), "asserted")]
    expected = _attack(code(coder, _wants("expects", "expect", True), tags={1: PRESENT}))
    assert expected.modality == "future"
    # "Mordor wants to attack Arnor." is Mordor's own intent, coded as such (not an assault)
    own = code(coder, _wants("wants", "want", False), tags={1: PRESENT})
    assert [(dyad(e), e.modality) for e in own] == [(("MDR", "THREATEN", "ARN"), "hypothetical")]
