"""Whose a party is by what it is (actors12): a machine of force with no owner named is of the
state force that used force last in the story, or of no one known; a local office is of the
country the story's places make its home; "it" after an unknown body's name is that body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.coding.events import Coder
from detente.lexicons.actors import ActorLexicon

from middle_earth import code_text
from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _force(country: str, sector: str | None) -> ActorCode:
    return ActorCode(country=country, sector=sector, name=None, matched="x", rule="agent")


@pytest.mark.parametrize("text", ["The warplanes", "helicopters", "the tanks"])
def test_an_unowned_instrument_is_of_the_state_force_that_used_force_last(
    world: ActorLexicon, text: str
) -> None:
    memory = ActorMemory()
    memory.remember(_force("MDR", "CVL"))  # the people struck, named after the attackers
    memory.note_force(_force("GND", "MIL"))
    context = "Gondorian troops attacked Orcs near Osgiliath, Mordor said."
    [code] = resolve_actors(world, text, context=context, memory=memory)
    assert (code.country, code.sector) == ("GND", "MIL")


def test_an_unowned_instrument_with_no_user_told_is_of_no_country(world: ActorLexicon) -> None:
    # the story names Mordor most, but nothing says whose the helicopters are
    memory = ActorMemory()
    memory.remember(_force("MDR", "REB"))
    context = "Mordorian rebels attacked a Mordor village. Mordor mourned."
    codes = resolve_actors(world, "Helicopters", context=context, memory=memory)
    assert [c.country for c in codes] in ([], [None])


@pytest.mark.parametrize("text", ["Cllr Brandybuck", "the councillors", "the mayor"])
def test_a_local_office_is_of_the_storys_home(world: ActorLexicon, text: str) -> None:
    # the story names Gondor's government, but it is set in towns of Arnor
    memory = ActorMemory(places=frozenset({"ARN", "GND"}), home="ARN")
    memory.remember(_force("GND", "GOV"))
    context = "Gondor's government sent an envoy to Bree. Cllr Brandybuck met him in Bree."
    [code] = resolve_actors(world, text, context=context, memory=memory)
    assert (code.country, code.sector) == ("ARN", "GOV")


def test_a_local_prosecutor_is_of_the_storys_home(world: ActorLexicon) -> None:
    # "the Brooklyn District Attorney" in a story that named Canada last: a county's
    # prosecutor is of the country the story's places make its home
    memory = ActorMemory(places=frozenset({"ARN", "GND"}), home="ARN")
    memory.remember(_force("GND", "GOV"))
    context = "Gondor recalled the grafts. In Bree, the District Attorney indicted a trader."
    [code] = resolve_actors(world, "the District Attorney", context=context, memory=memory)
    assert (code.country, code.sector) == ("ARN", "JUD")


def test_it_after_an_unknown_bodys_name_is_that_body(nlp: Language, coder: Coder) -> None:
    text = (
        "Mordorian rebels attacked a police post in Osgiliath on Monday. "
        "Zorbex Inc. said it would send aid to Osgiliath."
    )
    events = code_text(nlp, coder, text)
    sent = [e for e in events if e.trigger.text.startswith("send")]
    # "it" is Zorbex Inc., whom no lexicon knows: never the rebels named before
    assert all(a.country != "MDR" for e in sent for a in e.actor)


def test_missiles_fired_by_a_force_earlier_in_the_sentence_are_its(
    nlp: Language, coder: Coder
) -> None:
    text = "The missiles fired by the Gondorian army struck an arms depot of the Mordorian army."
    events = code_text(nlp, coder, text)
    struck = [e for e in events if e.trigger.text.startswith("struck")]
    assert struck and all(a.country == "GND" for e in struck for a in e.actor)


def test_a_speakers_own_state_is_shown_by_the_speakers_words(nlp: Language, coder: Coder) -> None:
    text = "King Aragorn Elessar said his country will not lift the ban on Mordor."
    events = code_text(nlp, coder, text)
    assert events
    [actor] = events[0].actor
    # the state's code, told by the words that name it in the sentence: the speaker's
    assert actor.country == "GND" and actor.text == "King Aragorn Elessar"


def test_police_in_a_speakers_clause_stay_the_police(nlp: Language, coder: Coder) -> None:
    text = "King Aragorn Elessar said police arrested two Orcs in Osgiliath."
    events = code_text(nlp, coder, text)
    assert events and all(a.text == "police" for e in events for a in e.actor)


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        ("The spokesman of the government Frodo Underhill", True),  # speaks for it
        ("Opposition leader Frodo Underhill", False),  # speaks of it, not for it
    ],
)
def test_a_spokesman_of_the_government_speaks_for_it(
    nlp: Language, coder: Coder, speaker: str, shown: bool
) -> None:
    # actors13: an unknown name lent the story's country shows "the government" only when
    # the speaker's own title names that body
    text = f"Gondor banned the Orc party. {speaker} said that the government will not lift the ban."
    events = code_text(nlp, coder, text)
    lift = [e for e in events if "lift" in e.trigger.text]
    assert lift and all(a.country == "GND" for e in lift for a in e.actor)
    assert all((a.text == speaker) is shown for e in lift for a in e.actor)


def test_soldiers_in_a_clause_their_army_reports_are_its_own(nlp: Language, coder: Coder) -> None:
    # actors13: the event's place (Udun, in Mordor) must not make the army's soldiers Mordor's
    text = "The Gondorian army said soldiers shot two Orcs near Udun on Monday."
    events = code_text(nlp, coder, text)
    shot = [e for e in events if e.trigger.text.startswith("shot")]
    assert shot and all(a.country == "GND" and a.text == "soldiers" for e in shot for a in e.actor)


def test_rebels_in_a_clause_an_army_reports_keep_the_place(nlp: Language, coder: Coder) -> None:
    # another sector than the speaker's: not its own members, left to the usual placement
    text = "The Gondorian army said rebels attacked a checkpoint near Udun on Monday."
    events = code_text(nlp, coder, text)
    attacked = [e for e in events if e.trigger.text.startswith("attacked")]
    assert attacked and all(a.rule != "reference" for e in attacked for a in e.actor)
