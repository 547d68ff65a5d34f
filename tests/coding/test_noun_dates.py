"""An event noun's own date dates the act told with it when the noun is the pattern's own act
("staged the 2014 protests"), the act's occasion ("during the 2015 crackdown") or a violent
event doing what the verb tells ("the 1999 bombing killed"); an event noun that is only another
act's object ("condemned the 2016 attack") or a person dated by a year does not date the act,
nor does "since" on a perfect, which runs to the telling (made-up world, parsed by the real
model; coding/noun_dates.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import DATE, code_text, only_typed


def test_protests_a_party_led_in_2014_are_background(nlp, coder: Coder) -> None:
    text = (
        "The Arnorian party that led the 2014 protests against Gondor won the election on "
        "Sunday."
    )
    event = only_typed(nlp, coder, text, "PROTEST")
    assert event.modality == "historical" and event.date is not None and event.date.year == 2014


def test_protests_staged_this_week_stay_news(nlp, coder: Coder) -> None:
    text = "Arnorian students staged Monday's protests against Gondor."
    assert only_typed(nlp, coder, text, "PROTEST").modality == "asserted"


def test_condemning_an_earlier_attack_is_the_storys_news(nlp, coder: Coder) -> None:
    text = "Arnorian lawmakers condemned the 2016 attack by Mordor on Gondor."
    assert only_typed(nlp, coder, text, "ACCUSE").modality == "asserted"


def test_pressure_stepped_up_since_an_old_war_stays_news(nlp, coder: Coder) -> None:
    # lead26: a perfect with "since" runs from then to the telling: the story's own news
    text = "The Gondorian opposition has stepped up pressure on the king since the 2015 war."
    assert only_typed(nlp, coder, text, "REQUEST").modality == "asserted"


def test_arrests_since_monday_stay_news(nlp, coder: Coder) -> None:
    text = "Since Monday, Gondorian police have arrested hundreds of Arnorian activists."
    assert only_typed(nlp, coder, text, "COERCE").modality == "asserted"


def test_a_first_meeting_since_an_old_war_stays_news(nlp, coder: Coder) -> None:
    text = "Gondor has met Arnor for the first time since the 2015 war."
    assert only_typed(nlp, coder, text, "CONSULT").modality == "asserted"


def test_what_a_bombing_in_1999_did_is_background(nlp, coder: Coder) -> None:
    text = "The 1999 bombing by Mordorian militants killed 30 Gondorian soldiers."
    events = [e for e in code_text(nlp, coder, text) if e.trigger.text == "killed"]
    assert [e.modality for e in events] == ["historical"]


def test_what_last_weeks_bombing_did_stays_news(nlp, coder: Coder) -> None:
    text = "Last week's bombing by Mordorian militants killed 30 Gondorian soldiers."
    events = [e for e in code_text(nlp, coder, text) if e.trigger.text == "killed"]
    assert [e.modality for e in events] == ["asserted"]


def test_a_person_dated_by_last_year_does_not_date_his_act(nlp, coder: Coder) -> None:
    text = "Last year's winner, an Arnorian general, accused Gondor of spying."
    assert only_typed(nlp, coder, text, "ACCUSE").modality == "asserted"


def test_a_bare_month_on_a_planned_act_does_not_date_it_back(nlp, coder: Coder) -> None:
    # lead26: "April rallies" planned in June may be next April's; no year, no past period
    text = "The Gondorian opposition parties planning April rallies said they distrust the king."
    event = only_typed(nlp, coder, text, "PROTEST")
    assert event.date is None or event.date >= DATE


def test_a_month_and_day_still_date_a_planned_act_back(nlp, coder: Coder) -> None:
    # lead26: "the September 11 attacks" are that day's, whatever is said of them later
    text = "Mordor admitted planning the February 11 attacks on Gondor in a tape released today."
    event = only_typed(nlp, coder, text, "ASSAULT")
    assert event.date is not None and event.date < DATE
