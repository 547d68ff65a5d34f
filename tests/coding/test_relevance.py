"""The relevance stage on made-up articles: sport, markets, an outbreak, a parliament vote."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from detente.coding.actors import load_actor_lexicon
from detente.coding.events import Coder, code_article
from detente.coding.relevance import (
    article_subject,
    decide,
    domain_hits,
    find_discard,
    mark_relevance,
)
from detente.lexicons.ontology import load_ontology
from detente.lexicons.relevance import (
    DiscardPhrase,
    build_lexicon,
    read_relevance,
    relevance_lexicon,
    term_pattern,
)
from detente.lexicons.verbs import load_verbs
from detente.records import ActorMention, Article, Event, Span

from support import FIXTURES, build_doc

DISCARDS = (
    DiscardPhrase(phrase="world cup"),
    DiscardPhrase(phrase="goalkeeper", story=True),
    DiscardPhrase(phrase="group a", whole_word=True),
    DiscardPhrase(phrase="1945"),  # PETRARCH's year discards: ignored, the date stage handles them
    DiscardPhrase(phrase="years ago"),
)
ENDS = frozenset({"ago", "later"})

FOOTBALL = (
    "Rovers beat United 3-1 in Saturday's league match at a packed stadium. The striker scored "
    "twice before half-time, and the goalkeeper saved a penalty kick. United's coach said the "
    "squad would attack again in the next match, and the fans sang until the final whistle."
)
STOCKS = (
    "Shares of Acme Corp rose 4 percent on Wall Street after quarterly earnings beat analysts' "
    "forecasts. The chief executive said revenue grew on strong sales, and the board raised the "
    "dividend. Acme agreed to buy Widget Inc in a merger that investors welcomed."
)
FLU = (
    "A flu outbreak has infected hundreds of patients in the city, and doctors at the clinic say "
    "confirmed cases are rising. Nurses are urging vaccination as symptoms spread; the virus "
    "strain is a common influenza. The hospital asked residents to stay home if infected."
)
PARLIAMENT = (
    "Parliament voted on Tuesday to approve the government's budget after a long debate. The "
    "opposition party rejected the plan and accused the prime minister of cutting schools. "
    "Lawmakers from the coalition praised the minister."
)


@pytest.fixture(scope="module")
def lexicon():
    """The shipped vocabularies with a few made-up discard phrases."""
    return build_lexicon(read_relevance(), DISCARDS)


def _article(text: str, *, title: str | None = None, url: str | None = None) -> Article:
    return Article(doc_id="d1", origin="test", text=text, title=title, url=url,
                   date=dt.date(2024, 5, 1))  # fmt: skip


def _party(text: str, country: str | None, sector: str | None, rule: str = "") -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _event(article: Article, sentence: str, actor=(), recipient=(), index: int = 0) -> Event:
    start = article.text.index(sentence)
    return Event(
        doc_id=article.doc_id, event_id=f"e{index}", sentence_index=index, sentence=sentence,
        sentence_start=start, date=article.date, event_type="ASSAULT", mode=None, context=(),
        cameo="190", goldstein=-10.0, quad_class=4, actor=tuple(actor), recipient=tuple(recipient),
        trigger=Span(text="x", start=start, end=start + 1), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip


def test_football_match_events_are_irrelevant_even_between_named_countries(lexicon) -> None:
    article = _article(FOOTBALL, title="Rovers beat United")
    subject = article_subject(lexicon, article)
    assert subject.reason == "story-discard:goalkeeper"
    clubs = _event(article, FOOTBALL.split(". ")[0], [_party("Rovers", None, None)])
    teams = _event(article, "United's coach said the squad would attack again in the next match",
                   [_party("United", "GBR", None, "country-name")])  # fmt: skip
    assert decide(lexicon, clubs, subject).relevant is False
    decision = decide(lexicon, teams, subject)
    assert (decision.relevant, decision.reason) == (False, "sentence:sports")


def test_police_in_a_sports_story_stay_relevant(lexicon) -> None:
    text = FOOTBALL + " Police arrested twelve fans after the match."
    article = _article(text)
    arrest = _event(article, "Police arrested twelve fans after the match.",
                    [_party("Police", "GBR", "COP")], [_party("fans", None, "CVL")])  # fmt: skip
    assert decide(lexicon, arrest, article_subject(lexicon, article)).relevant is True


def test_stock_report_is_business_and_a_merger_between_companies_is_not_politics(lexicon) -> None:
    article = _article(STOCKS)
    subject = article_subject(lexicon, article)
    assert subject.reason == "article:business"
    merger = _event(article, "Acme agreed to buy Widget Inc in a merger that investors welcomed.",
                    [_party("Acme", "MNC", "BUS")], [_party("Widget Inc", "MNC", "BUS")])
    assert decide(lexicon, merger, subject).relevant is False


def test_business_section_in_the_url_decides_the_subject(lexicon) -> None:
    article = _article(PARLIAMENT, url="https://news.example/business/2024/05/01/budget-vote")
    assert article_subject(lexicon, article).reason == "section:business"
    assert article_subject(lexicon, _article(PARLIAMENT)).reason is None


def test_flu_outbreak_events_between_no_political_actors_are_health(lexicon) -> None:
    article = _article(FLU)
    subject = article_subject(lexicon, article)
    assert subject.reason == "article:health"
    ask = _event(article, "The hospital asked residents to stay home if infected.",
                 [_party("The hospital", None, "MED")], [_party("residents", None, "CVL")])
    assert decide(lexicon, ask, subject).relevant is False


def test_a_health_ministry_acting_in_an_outbreak_is_political(lexicon) -> None:
    text = FLU + " The health ministry ordered schools closed."
    article = _article(text)
    order = _event(article, "The health ministry ordered schools closed.",
                   [_party("The health ministry", "FRA", "GOV")])  # fmt: skip
    assert decide(lexicon, order, article_subject(lexicon, article)).relevant is True


def test_parliament_vote_is_relevant_throughout(lexicon) -> None:
    article = _article(PARLIAMENT)
    events = [
        _event(article, "Parliament voted on Tuesday to approve the government's budget after a "
               "long debate.", [_party("Parliament", None, "LEG")], index=0),
        _event(article, "The opposition party rejected the plan and accused the prime minister of "
               "cutting schools.", [_party("The opposition party", None, "PTY")],
               [_party("the prime minister", None, "GOV")], index=1),
        _event(article, "Lawmakers from the coalition praised the minister.",
               [_party("Lawmakers", None, "LEG")], index=2),
    ]  # fmt: skip
    marked = mark_relevance(lexicon, article, events)
    assert [(e.relevant, e.relevance) for e in marked] == [(True, None)] * 3


def test_a_state_named_in_an_off_topic_article_keeps_the_event_outside_sport(lexicon) -> None:
    text = STOCKS + " China accused Japan of dumping steel."
    article = _article(text)
    accuse = _event(article, "China accused Japan of dumping steel.",
                    [_party("China", "CHN", None, "country-name")],
                    [_party("Japan", "JPN", None, "country-name")])  # fmt: skip
    assert decide(lexicon, accuse, article_subject(lexicon, article)).relevant is True


def test_sentence_discard_phrase_and_whole_word_and_ignored_years(lexicon) -> None:
    assert find_discard(DISCARDS, "They met at the World  Cup final", story=False) == "world cup"
    assert find_discard(DISCARDS, "They were drawn in Group A.", story=False) == "group a"
    assert find_discard(DISCARDS, "the group announced", story=False) is None
    assert find_discard(DISCARDS, "Germany surrendered in 1945.", story=False) is None
    assert find_discard(DISCARDS, "It fell years ago.", story=False, ignored_ends=ENDS) is None
    assert find_discard(DISCARDS, "It fell years ago.", story=False) == "years ago"
    article = _article("Brazil and France met at the World Cup in Moscow.")
    event = _event(article, article.text, [_party("Brazil", "BRA", None, "country-name")],
                   [_party("France", "FRA", None, "country-name")])  # fmt: skip
    decision = decide(lexicon, event, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "discard:world cup")


def test_term_pattern_matches_whole_words_and_starred_endings() -> None:
    pattern = term_pattern(["goal", "footballer*", "s&p 500"])
    assert pattern.findall("footballers and goals, the goal, s&p 500 fell") == [
        "footballers", "goal", "s&p 500",
    ]  # fmt: skip


def test_shipped_lexicon_loads_and_names_its_version() -> None:
    lexicon = relevance_lexicon()
    assert lexicon.version.startswith(read_relevance().version)
    assert {"sports", "business", "entertainment", "health"} <= set(lexicon.domains)


ATTACK = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("Mordor", "Mordor", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://herald.example/world/2020/06/01/war", (True, None)),
        ("https://herald.example/sport/2020/06/01/derby", (False, "section:sports")),
    ],
)
def test_code_article_runs_the_stage_so_a_sports_attack_between_teams_is_set_aside(
    url: str, expected: tuple[bool, str | None]
) -> None:
    ontology = load_ontology()
    coder = Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)), ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
    )  # fmt: skip
    doc = build_doc(ATTACK)
    article = Article(doc_id="t1", origin="test", text=doc.text, url=url, date=dt.date(2020, 6, 1))
    [event] = code_article(coder, article, doc)
    assert (event.event_type, event.relevant, event.relevance) == ("ASSAULT", *expected)
    assert "+relevance:" in event.lexicon_version


def test_a_section_word_in_the_story_slug_is_no_section(lexicon) -> None:
    article = _article(PARLIAMENT, url="https://news.example/2024/05/01/sport-minister-resigns")
    assert article_subject(lexicon, article).reason is None


def test_a_state_of_emergency_over_an_outbreak_is_health_even_by_a_government(lexicon) -> None:
    text = "The governor declared a public health emergency over the flu outbreak."
    article = _article(PARLIAMENT + " " + text)
    subject = article_subject(lexicon, article)
    governor = [_party("The governor", "FRA", "GOV")]
    health = replace(_event(article, text, governor), cameo="1724", event_type="COERCE")
    decision = decide(lexicon, health, subject)
    assert (decision.relevant, decision.reason) == (False, "sense:health")
    curfew = "The governor declared a state of emergency after the riots."
    article = _article(PARLIAMENT + " " + curfew)
    unrest = replace(_event(article, curfew, governor), cameo="1724", event_type="COERCE")
    assert decide(lexicon, unrest, subject).relevant is True
    # the same outbreak sentence with another act of the governor stays political
    order = _event(_article(PARLIAMENT + " " + text), text, governor)
    assert decide(lexicon, order, subject).relevant is True


def test_a_cancer_screening_story_is_health(lexicon) -> None:
    text = ("The cancer society will hold screenings on Friday. Cervical cancer can be treated "
            "when a pap smear finds HPV early, and tumour clinics will open.")  # fmt: skip
    article = _article(text)
    assert article_subject(lexicon, article).reason == "article:health"
    society = _event(article, "The cancer society will hold screenings on Friday.",
                     [_party("The cancer society", "GND", "SOC")])  # fmt: skip
    assert decide(lexicon, society, article_subject(lexicon, article)).relevant is False


def test_a_sentence_dense_in_sport_is_sport_even_for_a_police_team(lexicon) -> None:
    text = "Police coach Ibrahim lauded his defence that held the strikers throughout the match."
    article = _article(PARLIAMENT + " " + text)
    team = _event(article, text, [_party("Police coach Ibrahim", "EGY", "COP")])
    decision = decide(lexicon, team, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "sentence:sports")


def test_health_advice_to_the_public_is_no_political_appeal(lexicon) -> None:
    text = PARLIAMENT + " The ministry urged residents to get a flu vaccine."
    article = _article(text)
    subject = article_subject(lexicon, article)
    ministry = [_party("The ministry", "FRA", "GOV")]
    sentence = "The ministry urged residents to get a flu vaccine."
    residents = [_party("residents", "FRA", "CVL")]
    advice = replace(_event(article, sentence, ministry, residents), cameo="020",
                     event_type="REQUEST")  # fmt: skip
    decision = decide(lexicon, advice, subject)
    assert (decision.relevant, decision.reason) == (False, "advice:health")
    # the same request to a state stays political news
    arnor = [_party("Arnor", "ARN", None, "country-name")]
    appeal = replace(_event(article, sentence, ministry, arnor), cameo="020", event_type="REQUEST")
    assert decide(lexicon, appeal, subject).relevant is True
    # and a request to the public about no health matter is no advice
    plain = "The ministry urged residents to vote."
    article = _article(PARLIAMENT + " " + plain)
    vote = replace(_event(article, plain, ministry, residents), cameo="020", event_type="REQUEST")
    assert decide(lexicon, vote, article_subject(lexicon, article)).relevant is True


def test_cases_alone_are_the_courts_word_too(lexicon) -> None:
    hits = domain_hits(lexicon, "The police asked for help with one of their coldest cases.")
    assert hits["health"] == 0
    assert domain_hits(lexicon, "Ten new cases were confirmed.")["health"] == 1


def test_a_companys_trip_abroad_is_decided_by_the_travellers_not_the_state_gone_to(
    lexicon,
) -> None:
    text = "Acme Airlines plans to fly to Gondor next year, its chief said."
    article = _article(text)
    subject = article_subject(lexicon, article)
    airline = _party("Acme Airlines", "ARN", "BUS", "agent")
    gondor = _party("Gondor", "GND", None, "country-name")
    trip = replace(_event(article, text, [airline], [gondor]), cameo="042", event_type="CONSULT")
    assert decide(lexicon, trip, subject).reason == "non-political-parties"
    # the same parties in a deal: the state is a party to it, the event stays political
    deal = replace(trip, cameo="057", event_type="AGREE")
    assert decide(lexicon, deal, subject).relevant
    # a trip to a government office meets that government
    ministry = _party("Gondor's ministry", "GND", "GOV", "agent")
    assert decide(lexicon, replace(trip, recipient=(ministry,)), subject).relevant


def test_food_poisoning_words_make_advice_to_consumers_health_advice(lexicon) -> None:
    sentence = "Officials urged consumers to throw out the spinach, which may carry bacteria."
    article = _article(PARLIAMENT + " " + sentence)
    officials = [_party("Officials", "ARN", "GOV")]
    consumers = [_party("consumers", "ARN", "CVL")]
    advice = replace(_event(article, sentence, officials, consumers), cameo="020",
                     event_type="REQUEST")  # fmt: skip
    decision = decide(lexicon, advice, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "advice:health")


def test_a_party_named_a_company_is_a_business_whatever_its_country(lexicon) -> None:
    sentence = "The Gondorian bank agreed to cooperate with the Arnorian insurer Acme."
    article = _article(PARLIAMENT + " " + sentence)
    subject = article_subject(lexicon, article)
    bank = _party("The Gondorian bank", "GND", "BUS", "agent")
    insurer = _party("the Arnorian insurer Acme", "ARN", None, "demonym")
    deal = replace(_event(article, sentence, [bank], [insurer]), cameo="031", event_type="AGREE")
    assert decide(lexicon, deal, subject).reason == "non-political-parties"
    # a state named by its adjective alone is no company: the deal stays political
    state = _party("Arnor", "ARN", None, "country-name")
    assert decide(lexicon, replace(deal, recipient=(state,)), subject).relevant
    # nor is a state named as such that an article calls a firm's home
    assert decide(lexicon, replace(deal, recipient=(state, insurer)), subject).relevant


RALLY = (
    "Loeb won the fourth stage of the Udun Rally on Tuesday, and the rally driver now leads the "
    "overall standings. His co-driver said the motorsport crowd had never seen such a stage win. "
    "The rally moves on to Barad-dur, where the motor racing season ends."
)


def test_a_rally_in_a_sports_story_is_a_race_whoever_its_parties_are(lexicon) -> None:
    article = _article(RALLY, title="Loeb wins in Udun")
    subject = article_subject(lexicon, article)
    assert subject.domain == "sports"
    sentence = "The rally moves on to Barad-dur, where the motor racing season ends."
    mordor = _party("Barad-dur", "MDR", "GOV", "seat-of-power")
    race = replace(_event(article, sentence, [mordor]), cameo="141", event_type="PROTEST")
    start = race.sentence_start + 4
    race = replace(race, trigger=Span(text="rally", start=start, end=start + 5))
    assert decide(lexicon, race, subject).reason == "article:sports:race"
    # the same words in a story that is not about sport: a demonstration by Mordor's rulers
    politics = _article(PARLIAMENT + " " + sentence)
    elsewhere = article_subject(lexicon, politics)
    assert decide(lexicon, replace(race, sentence_start=0), elsewhere).relevant


def test_a_protest_is_political_whoever_protests(lexicon) -> None:
    # lead17: "teachers rallying for higher pay in several states": a protest is made to those
    # who govern, even when the only parties read are the protesters
    text = "Teachers rallied for higher pay in Gondor."
    article = _article(PARLIAMENT + " " + text)
    subject = article_subject(lexicon, article)
    teachers = _party("Teachers", "GND", "EDU", "agent")
    rally = replace(_event(article, text, [teachers], []), cameo="141", event_type="PROTEST")
    assert decide(lexicon, rally, subject).relevant
    # the same teachers meeting one another stays no political event
    meeting = replace(rally, cameo="040", event_type="CONSULT")
    assert decide(lexicon, meeting, subject).reason == "non-political-parties"
