"""actors21: a state's institution a paper names as a proper noun with no country ("the
Government", "the Federal Government", "Parliament", "the Opposition") is the paper's own
country's (its site's or dateline's), not the country its story names most; a lower-case one,
one whose country the phrase or the text states, and one in a paper of no known country keep
their guess. "the government" is never a body of no state's."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.coding.events import Coder, code_article
from detente.coding.press_home import PRESS_RULE, press_home
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.lexicons.actors import ActorLexicon
from detente.records import Article, Dateline

from support import FIXTURES

# An Arnorian paper's story about troops sent to Mordor: it names Mordor most.
CONTEXT = "Arnor sent troops to Mordor. Mordor and the Orcs fought near Barad-dur in Mordor."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _mordor() -> ActorCode:
    return ActorCode(country="MDR", sector=None, name="Mordor", matched="Mordor",
                     rule="country-name")  # fmt: skip


def _arnorian_paper(press: str | None = "ARN") -> ActorMemory:
    memory = ActorMemory(places=frozenset({"MDR", "ARN"}), home="MDR", press=press)
    memory.remember(_mordor())  # the latest country named: where the troops went
    return memory


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the Government", "GOV"),
        ("The Federal Government", "GOV"),
        ("Parliament", "LEG"),
        ("the Opposition", "OPP"),
        ("the Treasury", "GOV"),
        ("the Cabinet", "GOV"),
        ("the National Assembly", "LEG"),
    ],
)
def test_a_capitalised_institution_is_the_papers_own(
    world: ActorLexicon, text: str, sector: str
) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnorian_paper())
    assert codes and (codes[0].country, codes[0].sector, codes[0].rule) == (
        "ARN", sector, PRESS_RULE)


@pytest.mark.parametrize("text", ["the government", "the opposition", "the Ministry"])
def test_a_lower_case_institution_or_another_organ_keeps_its_guess(
    world: ActorLexicon, text: str
) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnorian_paper())
    assert codes and codes[0].country == "MDR"


def test_in_a_paper_of_no_known_country_the_guess_stands(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "the Government", context=CONTEXT,
                           memory=_arnorian_paper(press=None))  # fmt: skip
    assert codes and codes[0].country == "MDR"


@pytest.mark.parametrize("text", ["Mordor's Parliament", "the Orcish Government"])
def test_a_country_the_phrase_states_stands(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnorian_paper())
    assert codes and codes[0].country == "MDR"


def test_an_institution_the_text_tied_to_another_country_keeps_it(world: ActorLexicon) -> None:
    memory = _arnorian_paper()
    memory.remember(ActorCode(country="MDR", sector="LEG", name=None,
                              matched="the Orcish parliament", rule="agent"))  # fmt: skip
    codes = resolve_actors(world, "Parliament", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "MDR"


def test_the_government_is_never_a_body_of_no_state(world: ActorLexicon) -> None:
    # "The White Council sent food ... the government had cut back": Gondor's, the story's home
    memory = ActorMemory(places=frozenset({"GND"}), home="GND")
    memory.remember(ActorCode(country="IGO", sector="GOV", name="White Council",
                              matched="The White Council", rule="org", org="WHITE"))  # fmt: skip
    context = "Farmers in Gondor lack seed. The White Council sent food to Gondor."
    codes = resolve_actors(world, "the government", context=context, memory=memory)
    assert codes and codes[0].country == "GND"


def _places(site: str | None, dateline: str | None) -> ArticlePlaces:
    town = Candidate(name="Fornost", country=dateline or "", admin1=None, lat=0.0, lon=0.0,
                     population=10_000, geonames_id=None, precision="city", primary=True)
    line = None if dateline is None else PlaceMention(
        text="Fornost", start=None, end=None, root=-1, candidates=(town,))
    return ArticlePlaces(mentions=(), countries=frozenset(), divisions=frozenset(),
                         dateline=line, site=site)  # fmt: skip


def test_the_papers_home_is_its_site_else_its_dateline() -> None:
    assert press_home(_places("GND", "ARN")) == "GND"
    assert press_home(_places(None, "ARN")) == "ARN"
    assert press_home(_places(None, None)) is None
    assert press_home(None) is None


@pytest.mark.model
def test_a_datelined_story_codes_its_parliament_at_home(nlp, coder: Coder) -> None:
    text = ("FORNOST - The Government has sent more troops to Mordor. Parliament condemned "
            "the Orcish attack on Mordor's border. The Orcs of Mordor attacked Mordor's towns.")
    article = Article(doc_id="t", origin="test", text=text, date=dt.date(2020, 6, 1),
                      dateline=Dateline(text="FORNOST -", place="Fornost"))  # fmt: skip
    events = code_article(coder, article, nlp(text))
    actors = {e.trigger.text: [m.country for m in e.actor] for e in events}
    assert actors.get("condemned") == ["ARN"]
    undated = Article(doc_id="t", origin="test", text=text, date=dt.date(2020, 6, 1))
    actors = {e.trigger.text: [m.country for m in e.actor]
              for e in code_article(coder, undated, nlp(text))}  # fmt: skip
    assert actors.get("condemned") != ["ARN"]  # no paper's home: the guess stands
