"""Police and courts named without a country act in the article's home country.

Hand-built two-sentence parses of the made-up world: the first sentence names the article's
places, the second reports the act with no place of its own. Rows are (word, lemma, POS,
dependency, head index within its sentence).
"""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc, Span

from detente.coding.authorities import (
    article_home,
    divisions_read,
    home_country,
    site_home,
    sole_country,
)
from detente.coding.events import Coder, code_article
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.records import ActorMention, Article, Dateline, Event

from middle_earth import DATE, parties

PUNCT = (".", ".", "PUNCT", "punct")
HOME_TOKENS = 10  # the two sentences of _home(): places of Gondor only


def _rain_in(place: str) -> list:
    """ "Rain fell in <place>.": a sentence that only names one of the article's places."""
    return [
        ("Rain", "rain", "NOUN", "nsubj", 1),
        ("fell", "fall", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        (place, place, "PROPN", "pobj", 2),
        (*PUNCT, 1),
    ]


def _home() -> tuple[list, list]:
    """Two sentences naming places of Gondor (a city, a province): Gondor is the home."""
    return _rain_in("Osgiliath"), _rain_in("Ithilien")


def _code(
    coder: Coder,
    *sentences: list,
    dateline: str | None = None,
    ents: tuple[tuple[int, int, str], ...] = (),
) -> tuple[Event, ...]:
    """Code sentences of rows (heads counted within each sentence) as one article; ``ents``
    are (start, end, label) token ranges over the whole article."""
    rows, starts = [], []
    for sentence in sentences:
        offset = len(rows)
        starts += [True] + [False] * (len(sentence) - 1)
        rows += [(w, lemma, pos, dep, offset + head) for w, lemma, pos, dep, head in sentence]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][2] == "PUNCT") for i in range(len(rows))]
    doc = Doc(
        spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=spaces,
        lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows],
        heads=[r[4] for r in rows], sent_starts=starts,
    )  # fmt: skip
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    line = Dateline(text=f"{dateline.upper()}, June 1 --", place=dateline) if dateline else None
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE, dateline=line)
    return code_article(coder, article, doc)


# "The trader was arrested on Thursday."
ARRESTED = [
    ("The", "the", "DET", "det", 1),
    ("trader", "trader", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("arrested", "arrest", "VERB", "ROOT", 3),
    ("on", "on", "ADP", "prep", 3),
    ("Thursday", "Thursday", "PROPN", "pobj", 4),
    (*PUNCT, 3),
]

# "The trader was charged with theft."
CHARGED = [
    ("The", "the", "DET", "det", 1),
    ("trader", "trader", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("charged", "charge", "VERB", "ROOT", 3),
    ("with", "with", "ADP", "prep", 3),
    ("theft", "theft", "NOUN", "pobj", 4),
    (*PUNCT, 3),
]


def _by(noun: str, lemma: str) -> list:
    """ "<Police> charged the trader with theft." """
    return [
        (noun, lemma, "NOUN", "nsubj", 1),
        ("charged", "charge", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("trader", "trader", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("theft", "theft", "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_home_country_is_named_repeatedly_and_far_more_than_any_other() -> None:
    assert home_country({"GND": 3, "ARN": 1}) == "GND"
    assert home_country({"GND": 2, "ARN": 2}) is None  # a tie names no home
    assert home_country({"GND": 3, "ARN": 2}) is None  # not twice as often
    assert home_country({"GND": 1}) is None  # once may be a town named like one abroad
    assert home_country({}) is None
    assert home_country({"IGO": 5, "ARN": 2}) == "ARN"  # organisations are no home country


def test_an_agentless_arrest_with_no_place_is_by_the_home_police(coder: Coder) -> None:
    [event] = _code(coder, *_home(), ARRESTED)
    assert event.cameo == "173"
    assert parties(event.actor) == [("GND", "COP", "implied")]
    assert [m.country for m in event.recipient] == ["GND"]  # the police's own people


def test_an_agentless_criminal_charge_is_brought_by_the_home_courts(coder: Coder) -> None:
    [event] = _code(coder, _rain_in("Bree"), _rain_in("Fornost"), CHARGED)
    assert (event.event_type, event.cameo) == ("ACCUSE", "115")
    assert parties(event.actor) == [("ARN", "JUD", "implied")]


def test_police_named_without_a_country_are_the_home_police(coder: Coder) -> None:
    [event] = _code(coder, *_home(), _by("Police", "police"))
    assert parties(event.actor) == [("GND", "COP", "places")]


def test_a_tie_between_two_countries_names_no_home(coder: Coder) -> None:
    places = (_rain_in("Osgiliath"), _rain_in("Bree"))
    assert _code(coder, *places, ARRESTED) == ()
    assert _code(coder, *places, _by("Police", "police")) == ()
    arnor = (_rain_in("Bree"), _rain_in("Fornost"), _rain_in("Tharbad"))
    [event] = _code(coder, *arnor, _rain_in("Osgiliath"), ARRESTED)  # three in Arnor to one
    assert parties(event.actor) == [("ARN", "COP", "implied")]


def test_a_single_village_makes_no_home(coder: Coder) -> None:
    # Osgiliath is a town of 10,000 in this world: too small to stand for a home alone.
    assert _code(coder, _rain_in("Osgiliath"), ARRESTED) == ()


def test_the_dateline_is_no_home_for_an_unnamed_agent(coder: Coder) -> None:
    assert _code(coder, ARRESTED, dateline="Udun") == ()


def test_private_parties_of_no_country_take_no_home(coder: Coder) -> None:
    # "Merchants charged the trader with theft": anyone can be anywhere.
    assert _code(coder, *_home(), _by("Merchants", "merchant")) == ()


def test_an_agentless_sentence_is_by_the_courts_where_it_happened(coder: Coder) -> None:
    # "The trader was sentenced in Bree.": a court's act, not the police's.
    sentenced = [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("sentenced", "sentence", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        (*PUNCT, 3),
    ]
    [event] = _code(coder, sentenced)
    assert event.event_type == "COERCE"
    assert parties(event.actor) == [("ARN", "JUD", "implied")]


def _sentenced(*day: tuple) -> list:
    """ "The trader was sentenced <day>." with the day's rows (heads counted in the sentence)."""
    return [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("sentenced", "sentence", "VERB", "ROOT", 3),
        *day,
        (*PUNCT, 3),
    ]


def test_an_undated_agentless_sentence_with_no_place_takes_no_home(coder: Coder) -> None:
    # "The trader was sentenced.": mostly a person's record, told without its court or day.
    assert _code(coder, *_home(), _sentenced()) == ()


def test_a_sentence_passed_on_a_day_of_the_story_is_by_the_home_courts(coder: Coder) -> None:
    # "The trader was sentenced on Thursday.": the week's court news, not a record.
    on_thursday = (("on", "on", "ADP", "prep", 3), ("Thursday", "Thursday", "PROPN", "pobj", 4))
    [event] = _code(coder, *_home(), _sentenced(*on_thursday))
    assert event.event_type == "COERCE"
    assert parties(event.actor) == [("GND", "JUD", "implied")]


def test_yesterday_and_this_week_date_a_sentence_as_news(coder: Coder) -> None:
    yesterday = ("yesterday", "yesterday", "NOUN", "npadvmod", 3)
    this_week = (("this", "this", "DET", "det", 5), ("week", "week", "NOUN", "npadvmod", 3))
    for day in ((yesterday,), this_week):
        [event] = _code(coder, *_home(), _sentenced(*day))
        assert parties(event.actor) == [("GND", "JUD", "implied")]


def test_a_week_of_no_stated_time_does_not_date_a_sentence(coder: Coder) -> None:
    # "The trader was sentenced in a week." names no day of the story
    a_week = (("in", "in", "ADP", "prep", 3), ("a", "a", "DET", "det", 6),
              ("week", "week", "NOUN", "pobj", 4))  # fmt: skip
    assert _code(coder, *_home(), _sentenced(*a_week)) == ()


def test_home_authorities_act_only_in_told_acts(coder: Coder) -> None:
    # "The trader was not arrested on Thursday.": a denied act of no one named is no event.
    negated = [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("not", "not", "PART", "neg", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        ("on", "on", "ADP", "prep", 4),
        ("Thursday", "Thursday", "PROPN", "pobj", 5),
        (*PUNCT, 4),
    ]
    assert _code(coder, *_home(), negated) == ()


def test_a_place_locked_down_is_no_arrest(coder: Coder) -> None:
    # "Dale was locked down." (a place the gazetteer lacks): only people are arrested.
    rows = [
        ("Dale", "Dale", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("locked", "lock", "VERB", "ROOT", 2),
        ("down", "down", "ADP", "prt", 2),
        (*PUNCT, 2),
    ]
    dale = ((HOME_TOKENS, HOME_TOKENS + 1, "GPE"),)
    assert all(e.cameo != "173" for e in _code(coder, *_home(), rows, ents=dale))


def test_things_locked_are_no_arrest(coder: Coder) -> None:
    # "All doors were locked.": a common noun that codes no party is no one arrested.
    rows = [
        ("All", "all", "DET", "det", 1),
        ("doors", "door", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("locked", "lock", "VERB", "ROOT", 3),
        (*PUNCT, 3),
    ]
    assert _code(coder, *_home(), rows) == ()


def _place(country: str, population: int, precision: str = "city") -> Candidate:
    return Candidate(
        name="x", country=country, admin1=None, lat=0.0, lon=0.0, population=population,
        geonames_id=None, precision=precision, primary=True,  # type: ignore[arg-type]
    )


def _places(*mentions: tuple[Candidate, ...]) -> ArticlePlaces:
    return ArticlePlaces(
        mentions=tuple(
            PlaceMention(text="x", start=i, end=i + 1, root=i, candidates=c)
            for i, c in enumerate(mentions)
        ),
        countries=frozenset(), divisions=frozenset(), dateline=None,
    )


def test_a_name_only_one_country_has_is_the_home_even_once() -> None:
    assert sole_country(_places((_place("GND", 400_000),))) == "GND"
    assert sole_country(_places((_place("GND", 0, "admin1"),), (_place("GND", 50_000),))) == "GND"


def test_a_name_shared_with_a_town_abroad_names_no_sole_home() -> None:
    # A big city abroad and a small town at home ("London" in a story from London, Kentucky).
    assert sole_country(_places((_place("ARN", 9_000_000), _place("GND", 8_000)))) is None
    # Two countries named: no sole home.
    assert sole_country(_places((_place("GND", 400_000),), (_place("ARN", 400_000),))) is None


def test_a_name_that_can_only_be_a_village_names_no_home() -> None:
    # "Court" read as a Swiss village of 1,400: more likely a word than the story's home.
    assert sole_country(_places((_place("MDR", 1_400),))) is None
    assert sole_country(_places((_place("MDR", 1_400),), (_place("GND", 50_000),))) == "GND"


def test_a_province_named_once_is_home_to_an_agentless_arrest(coder: Coder) -> None:
    # "Rain fell in Ithilien. The trader was arrested on Thursday.": Ithilien is only Gondor's.
    [event] = _code(coder, _rain_in("Ithilien"), ARRESTED)
    assert parties(event.actor) == [("GND", "COP", "implied")]



def _sited(site: str | None, *mentions: tuple[Candidate, ...]) -> ArticlePlaces:
    return replace(_places(*mentions), site=site)


def test_a_papers_own_country_is_home_when_its_places_name_no_other() -> None:
    # A Gondor paper (its domain Gondor's) about a street the gazetteer does not know.
    assert site_home(_sited("GND")) == "GND"
    assert site_home(_sited("GND", (_place("GND", 8_000),))) == "GND"


def test_a_papers_country_is_no_home_for_a_story_placed_abroad() -> None:
    assert site_home(_sited("GND", (_place("ARN", 400_000),))) is None
    assert site_home(_sited(None)) is None
    assert site_home(None) is None


def _named(text: str, country: str, rule: str = "agent") -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector="GOV",
                        rule=rule)


def _read_as(*candidates: Candidate, text: str = "Ithilien") -> ArticlePlaces:
    return ArticlePlaces(
        mentions=(PlaceMention(text=text, start=0, end=len(text), root=0, candidates=candidates),),
        countries=frozenset(), divisions=frozenset(), dateline=None,
    )


def test_a_realms_name_the_places_read_as_a_province_abroad_is_that_province() -> None:
    # "Ithilien authorities" where the article's places read Ithilien as Arnor's province.
    province = _read_as(_place("ARN", 0, "admin1"))
    [m] = divisions_read((_named("Ithilien authorities", "ITH"),), province)
    assert (m.country, m.rule) == ("ARN", "place")
    [m] = divisions_read((_named("Ithilien", "ITH", "country-name"),), province)
    assert m.country == "ARN"


def test_a_realms_name_read_as_the_realm_stays() -> None:
    # Read as the country (or a town), or not opening the phrase: nothing changes.
    party = _named("Ithilien authorities", "ITH")
    assert divisions_read((party,), _read_as(_place("ITH", 0, "country"))) == (party,)
    assert divisions_read((party,), _read_as(_place("ARN", 9_000))) == (party,)
    envoys = _named("envoys of Ithilien", "ITH")
    assert divisions_read((envoys,), _read_as(_place("ARN", 0, "admin1"))) == (envoys,)
    located = _named("Ithilien authorities", "ITH", "location")
    assert divisions_read((located,), _read_as(_place("ARN", 0, "admin1"))) == (located,)


def _in_court(verb: str, lemma: str, *day: tuple) -> list:
    """ "The trader was <verb> <day>." (arraigned, indicted) with the day's rows."""
    rows = _sentenced(*day)
    rows[3] = (verb, lemma, "VERB", "ROOT", 3)
    return rows


TUESDAY_MORNING = (
    ("Tuesday", "Tuesday", "PROPN", "compound", 5),
    ("morning", "morning", "NOUN", "npadvmod", 3),
)


def test_an_arraignment_on_a_day_of_the_story_is_by_the_home_courts(coder: Coder) -> None:
    # "The trader was arraigned Tuesday morning.": only a court arraigns
    [event] = _code(coder, *_home(), _in_court("arraigned", "arraign", *TUESDAY_MORNING))
    assert event.event_type == "ACCUSE"
    assert parties(event.actor) == [("GND", "JUD", "implied")]


def test_an_undated_indictment_is_a_record_and_takes_no_home(coder: Coder) -> None:
    # "The trader was indicted.": told without its court or day, mostly a person's record
    assert _code(coder, *_home(), _in_court("indicted", "indict")) == ()


def test_a_part_of_a_day_dates_a_sentence_by_its_day(coder: Coder) -> None:
    # "The trader was sentenced Tuesday morning."
    [event] = _code(coder, *_home(), _sentenced(*TUESDAY_MORNING))
    assert parties(event.actor) == [("GND", "JUD", "implied")]


def _praise_by(noun: str, lemma: str) -> list:
    """ "<Officials> praised the trader." """
    return [
        (noun, lemma, "NOUN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("trader", "trader", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]


def test_courts_and_officials_who_charge_someone_are_the_homes(coder: Coder) -> None:
    # Only a state's own organs charge, arrest or sentence: they do so at home.
    [event] = _code(coder, *_home(), _by("Prosecutors", "prosecutor"))
    assert parties(event.actor) == [("GND", "JUD", "places")]
    [event] = _code(coder, *_home(), _by("Officials", "official"))
    assert parties(event.actor) == [("GND", "GOV", "places")]


def test_officials_of_no_country_doing_other_acts_take_no_home(coder: Coder) -> None:
    # "Officials praised the trader": officials of any country may praise anyone.
    assert _code(coder, *_home(), _praise_by("Officials", "official")) == ()


def test_a_story_told_in_us_institutions_is_set_in_the_us_town_of_a_shared_name() -> None:
    # "Paris" (a capital abroad, and a US town) three times in a story of felony charges.
    paris = (_place("ARN", 2_000_000), _place("USA", 9_000))
    places = _places(paris, paris, paris)
    assert article_home("Doe is charged with a Class 4 felony.", places) == "USA"
    assert article_home("Doe is charged with theft.", places) == "ARN"  # no US institution


def test_a_place_that_can_only_be_abroad_keeps_the_home_abroad() -> None:
    # The realm itself is named besides the shared town: the story is set there.
    paris = (_place("ARN", 2_000_000), _place("USA", 9_000))
    places = _places(paris, paris, (_place("ARN", 0, "country"),))
    assert article_home("Doe is charged with a Class 4 felony.", places) == "ARN"


def test_names_of_us_towns_read_abroad_do_not_outweigh_us_institutions() -> None:
    # mainev7: "Paris" (a capital abroad, and a US town) three times and a US-only town twice,
    # in a story of felony charges: no country is named twice as often as any other, and
    # every name read abroad also names a US town.
    paris = (_place("ARN", 2_000_000), _place("USA", 9_000))
    town = (_place("USA", 30_000),)
    shared = _places(paris, paris, paris, town, town)
    assert article_home("Doe is charged with a felony.", shared) == "USA"
    assert article_home("Doe is charged with theft.", shared) is None  # no US institution
    # a place that can only be abroad still outweighs the institutions
    abroad = (_place("ARN", 2_000_000),)
    only_abroad = _places(abroad, abroad, abroad, town, town)
    assert article_home("Doe is charged with a felony.", only_abroad) is None


def test_an_undated_sentence_in_the_articles_first_sentence_is_the_news(coder: Coder) -> None:
    # mainev7: "The trader was sentenced." as the headline or lead, then the story's places:
    # the first sentence tells the story's own news, not a person's record
    [event] = _code(coder, _sentenced(), *_home())
    assert event.cameo == "173"
    assert parties(event.actor) == [("GND", "JUD", "implied")]


def test_a_papers_own_country_named_as_often_as_any_other_is_home() -> None:
    # A Gondor paper's story naming Gondor's towns three times and Arnor's twice: set at home,
    # although neither country is named twice as often as the other.
    gondor = ((_place("GND", 400_000),),) * 3
    arnor = ((_place("ARN", 400_000),),) * 2
    assert home_country({"GND": 3, "ARN": 2}) is None
    assert article_home("", _sited("GND", *gondor, *arnor)) == "GND"
    # Named less often than the foreign country, or with no site, the paper's country is not.
    assert article_home("", _sited("GND", *arnor, *arnor, gondor[0])) == "ARN"
    assert article_home("", _sited(None, *gondor, *arnor)) is None
