"""Events between private parties only: no politics, whatever the verb's sense (made-up world)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente.coding.private_parties import private_only
from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

# A local story with nothing off-topic in its words: only the parties can tell.
STORY = (
    "The Took family let a traveller sleep on their couch in Hobbiton. Fans of the bard met her "
    "outside the inn. A Bree man sued his neighbour over a fence. Ten villagers filed a lawsuit. "
    "The city of Michel Delving is in talks with the Brandybuck company. Charged with careless "
    "riding, the man was released. A Bree man shot his neighbour. The Shire council agreed. "
    "The family asked for donations. The Gondorians will not negotiate. House Minority Leader "
    "Bolger met the hobbits. Hobbit tourists visited Gondor. The Bree County Foundation agreed to "
    "fund the trees. Six healers of Rohan were sentenced to death."
)


def _party(text: str, country: str | None, sector: str | None, rule: str = "agent") -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _event(
    sentence_start: str, kind: str, cameo: str, trigger: str, actor=(), recipient=()
) -> Event:
    at = STORY.index(sentence_start)
    sentence = STORY[at : STORY.index(".", at) + 1]
    where = at + sentence.index(trigger)
    return Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=kind, mode=None, context=(), cameo=cameo,
        goldstein=0.0, quad_class=1, actor=tuple(actor), recipient=tuple(recipient),
        trigger=Span(text=trigger, start=where, end=where + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip


def _decide(lexicon, event: Event) -> tuple[bool, str | None]:
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_a_concession_between_private_people_is_no_political_event(lexicon) -> None:
    family = _party("The Took family", "SHR", "CVL")
    traveller = _party("a traveller", "SHR", "CVL")
    couch = _event("The Took family", "CONCEDE", "08", "let", [family], [traveller])
    assert _decide(lexicon, couch) == (False, "private-parties")


def test_a_meeting_of_fans_with_an_entertainer_is_private_even_without_a_recipient(lexicon) -> None:
    fans = _party("Fans of the bard", "SHR", "CVL")
    alone = _event("Fans of the bard", "CONSULT", "040", "met", [fans])
    assert _decide(lexicon, alone) == (False, "private-parties")
    # the press and civil-society groups are private partners in a meeting, not in an accusation
    bard = _party("her", "SHR", "JRN")
    assert _decide(lexicon, replace(alone, recipient=(bard,))) == (False, "private-parties")
    press = replace(alone, event_type="ACCUSE", cameo="111", actor=(bard,), recipient=(fans,))
    assert _decide(lexicon, press) == (True, None)


def test_a_lawsuit_against_a_private_party_is_private_but_one_against_no_one_named_stays(
    lexicon,
) -> None:
    man = _party("A Bree man", "BRE", "CVL")
    neighbour = _party("his neighbour", "BRE", "CVL")
    suit = _event("A Bree man sued", "ACCUSE", "115", "sued", [man], [neighbour])
    assert _decide(lexicon, suit) == (False, "private-parties")
    # "ten villagers filed a lawsuit": the defendant may be the authorities
    villagers = _party("Ten villagers", "SHR", "CVL")
    filed = _event("Ten villagers", "ACCUSE", "115", "filed", [villagers])
    assert _decide(lexicon, filed) == (True, None)


def test_private_people_investigating_a_thing_is_no_inquiry_but_the_police_doing_it_is(
    lexicon,
) -> None:
    # "Ten villagers investigated the fireball" (CAMEO 090 with no one investigated)
    villagers = _party("Ten villagers", "SHR", "CVL")
    looked = _event("Ten villagers", "ACCUSE", "090", "filed", [villagers])
    assert _decide(lexicon, looked) == (False, "private-parties")
    police = _party("Ten villagers", "SHR", "COP")
    assert _decide(lexicon, replace(looked, actor=(police,))) == (True, None)


def test_a_public_body_coded_as_civilians_is_still_political_by_its_words(lexicon) -> None:
    city = _party("The city of Michel Delving", "SHR", "CVL")
    firm = _party("the Brandybuck company", "SHR", "BUS")
    talks = _event("The city of", "CONSULT", "040", "talks", [city], [firm])
    assert _decide(lexicon, talks) == (True, None)
    council = _party("The Shire council", "SHR", "CVL")
    agreed = _event("The Shire council", "AGREE", "030", "agreed", [council])
    assert private_only(lexicon, agreed) is None


def test_a_charge_told_without_the_police_is_the_states_act(lexicon) -> None:
    man = _party("the man", "SHR", "CVL")
    rider = _party("careless riding", "SHR", "CVL")
    charged = _event("Charged with", "ACCUSE", "115", "Charged", [man], [rider])
    assert _decide(lexicon, charged) == (True, None)


def test_violence_between_private_people_stays_news(lexicon) -> None:
    # senses16: a victim named by a tie of private life ("his neighbour") makes it a private
    # quarrel (test_private_quarrels.py); a stranger shot stays crime news.
    man = _party("A Bree man", "BRE", "CVL")
    shopkeeper = _party("a shopkeeper", "BRE", "CVL")
    shot = _event("A Bree man shot", "ASSAULT", "180", "shot", [man], [shopkeeper])
    assert _decide(lexicon, shot) == (True, None)
    neighbour = _party("his neighbour", "BRE", "CVL")
    quarrel = replace(shot, recipient=(neighbour,))
    assert _decide(lexicon, quarrel) == (False, "private-quarrel")


def test_a_state_or_a_political_party_among_the_parties_keeps_the_event(lexicon) -> None:
    fans = _party("Fans of the bard", "SHR", "CVL")
    meeting = _event("Fans of the bard", "CONSULT", "040", "met", [fans])
    shire = _party("the Shire", "SHR", None, "country-name")
    mayor = _party("the Thain", "SHR", "GOV")
    elves = _party("the Elvenking's envoys", "IGO", None, "org")
    for party in (shire, mayor, elves):
        assert _decide(lexicon, replace(meeting, recipient=(party,))) == (True, None)
    # an unknown party with a country may be a state: never taken as private
    people = _party("they", "SHR", None, "reference")
    assert private_only(lexicon, replace(meeting, recipient=(people,))) is None


def test_a_private_appeal_to_no_one_named_is_private_but_the_press_demanding_stays(lexicon) -> None:
    family = _party("The family", "SHR", "CVL")
    ask = _event("The family asked", "REQUEST", "020", "asked", [family])
    assert _decide(lexicon, ask) == (False, "private-parties")
    press = _party("The Bree Chronicle", "BRE", "JRN")
    assert _decide(lexicon, replace(ask, actor=(press,))) == (True, None)


def test_a_people_named_by_its_nationality_may_stand_for_its_state(lexicon) -> None:
    gondorians = _party("The Gondorians", "GON", "CVL", "demonym")
    talks = _event("The Gondorians", "CONSULT", "040", "negotiate", [gondorians])
    assert _decide(lexicon, talks) == (True, None)


def test_a_legislators_title_makes_the_party_political_whatever_its_sector(lexicon) -> None:
    leader = _party("House Minority Leader Bolger", "SHR", "CVL")
    hobbits = _party("the hobbits", "SHR", "CVL")
    meeting = _event("House Minority Leader", "CONSULT", "040", "met", [leader], [hobbits])
    assert _decide(lexicon, meeting) == (True, None)


def test_an_investigation_of_an_outbreak_is_health_work_but_one_into_a_party_stays(
    lexicon,
) -> None:
    sentence = "The Shire health department launched an investigation into the flu outbreak."
    text = STORY + " " + sentence
    article = Article(doc_id="d1", origin="test", text=text, date=dt.date(2024, 5, 1))
    department = _party("The Shire health department", "SHR", "GOV")
    at = text.index(sentence)
    inquiry = Event(
        doc_id="d1", event_id="e9", sentence_index=9, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type="ACCUSE", mode="investigate", context=(),
        cameo="090", goldstein=-2.0, quad_class=3, actor=(department,), recipient=(),
        trigger=Span(text="launched", start=at + 28, end=at + 36), confidence=0.9,
        lexicon_version="test", pattern_id="accuse.open-inquiry",
    )  # fmt: skip
    subject = article_subject(lexicon, article)
    decision = decide(lexicon, inquiry, subject)
    assert (decision.relevant, decision.reason) == (False, "sense:health")
    # an inquiry into a party (the infirmary's handling of the patients) names whom it looks into
    infirmary = _party("the Bree infirmary", "BRE", "MED")
    assert decide(lexicon, replace(inquiry, recipient=(infirmary,)), subject).relevant
    # an investigation into a shooting is the police's work, not health
    police = "The Shire police launched an investigation into the shooting."
    shooting = replace(inquiry, sentence=police)
    assert decide(lexicon, shooting, subject).relevant


def test_private_travellers_visiting_a_state_make_no_political_visit(lexicon) -> None:
    # "Hobbit tourists visited Gondor": the state gone to is a place, the trip private travel
    tourists = _party("Hobbit tourists", "SHR", "CVL")
    gondor = _party("Gondor", "GND", None, "country-name")
    event = _event("Hobbit tourists", "CONSULT", "042", "visited", [tourists], [gondor])
    assert _decide(lexicon, event) == (False, "private-parties")
    # the king of Arnor visiting Gondor is a state visit
    king = _party("The king of Arnor", "ARN", "GOV", "person-role")
    assert _decide(lexicon, replace(event, actor=(king,))) == (True, None)
    # a meeting of private people with a state named as its partner is decided by all parties
    met = _event("Hobbit tourists", "CONSULT", "040", "visited", [tourists], [gondor])
    assert _decide(lexicon, met) == (True, None)


def test_a_charity_named_after_its_county_is_a_private_body(lexicon) -> None:
    # "The Bree County Foundation agreed to fund the trees": a charity, whatever place it names
    foundation = _party("The Bree County Foundation", "SHR", "CVL")
    agreed = _event("The Bree County Foundation", "AGREE", "030", "agreed", [foundation])
    assert _decide(lexicon, agreed) == (False, "private-parties")
    # "The Bree County council agreed": the county's own body
    council = _party("The Bree County council", "SHR", "CVL")
    assert _decide(lexicon, replace(agreed, actor=(council,))) == (True, None)


def test_a_legal_act_stays_the_authorities_whoever_was_coded_as_its_party(lexicon) -> None:
    # "Six healers of Rohan were sentenced to death": a court's act, though the healers were coded
    healers = _party("Six healers of Rohan", "ROH", "MED")
    sentenced = _event("Six healers", "COERCE", "173", "sentenced", [healers])
    assert _decide(lexicon, sentenced) == (True, None)
    # the same healers giving aid among themselves are no political party
    helped = _event("Six healers", "AID", "070", "sentenced", [healers], [healers])
    helped = replace(helped, trigger=Span(text="helped", start=0, end=6))
    assert _decide(lexicon, helped) == (False, "non-political-parties")
