"""Coder rules for misspelt names, own-object passives, placement, conjoined verbs, obligations,
acts named by nouns, participles and the sectors that travel.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index). The coder and its
small gazetteer come from tests/coding/conftest.py and tests/middle_earth.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from detente.coding.events import Coder
from detente.coding.means_clauses import hung_means
from detente.coding.object_relatives import described_object
from detente.coding.placement import homed
from detente.errors import LexiconError
from detente.lexicons.verbs import load_verbs
from detente.records import ActorMention

from middle_earth import by_pattern, code, dyad, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _attacked_arnor(word: str, pos: str = "PROPN") -> list:
    """ "<word> attacked Arnor." """
    return [
        (word, word, pos, "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (*PUNCT, 1),
    ]


# --- 1. Misspelt realms ---------------------------------------------------------------------


@pytest.mark.parametrize(("word", "country"), [("Mordoor", "MDR"), ("Ethopia", "ETH")])
def test_a_misspelt_country_name_in_a_party_is_read_as_the_country(
    coder: Coder, word: str, country: str
) -> None:
    [event] = code(coder, _attacked_arnor(word))
    assert dyad(event) == (country, "ASSAULT", "ARN")
    assert event.actor[0].text == word  # the mention still points at the words as written


@pytest.mark.parametrize(
    ("word", "pos", "ents"),
    [
        ("Mordoor", "PROPN", ((0, 1, "PERSON"),)),  # a person's name, however close
        ("mordoor", "PROPN", ()),  # not written as a name
        ("Mordoor", "NOUN", ()),  # not tagged as one
        ("Gondar", "PROPN", ()),  # a town the gazetteer knows, one letter from Gondor
    ],
    ids=["person", "lower-case", "common-noun", "gazetteer-place"],
)
def test_only_capitalised_proper_nouns_that_are_no_person_or_place_are_respelt(
    coder: Coder, word: str, pos: str, ents: tuple
) -> None:
    assert code(coder, _attacked_arnor(word, pos), ents=ents) == ()


# --- 2. Own-object passives -----------------------------------------------------------------


def _gondorians_were(noun: str, lemma: str, verb: str, verb_lemma: str) -> list:
    """ "Gondorian <noun> were <verb> from Arnor." (no agent)"""
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        (noun, lemma, "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        (verb, verb_lemma, "VERB", "ROOT", 3),
        ("from", "from", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 3),
    ]


@pytest.mark.parametrize(
    ("noun", "lemma", "verb", "verb_lemma", "pattern", "sector"),
    [
        ("troops", "troop", "withdrawn", "withdraw", "concede.withdraw-troops", "MIL"),
        ("peacekeepers", "peacekeeper", "withdrawn", "withdraw",
         "sanction.withdraw-peacekeepers", "MIL"),
        ("diplomats", "diplomat", "recalled", "recall", "sanction.recall", "GOV"),
    ],
    ids=["troops", "peacekeepers", "envoys"],
)
def test_an_agentless_withdrawal_of_own_forces_is_done_by_their_country(
    coder: Coder, noun: str, lemma: str, verb: str, verb_lemma: str, pattern: str, sector: str
) -> None:
    event = by_pattern(code(coder, _gondorians_were(noun, lemma, verb, verb_lemma)), pattern)
    assert parties(event.actor) == [("GND", sector, "user")]
    assert event.actor[0].text == f"Gondorian {noun}"
    assert [m.country for m in event.recipient] == ["ARN"]


@pytest.mark.parametrize(
    ("noun", "lemma"), [("peacekeepers", "peacekeeper"), ("diplomats", "diplomat")]
)
def test_people_expelled_without_an_agent_are_not_expelled_by_themselves(
    coder: Coder, noun: str, lemma: str
) -> None:
    # Expulsion patterns have no own object: the Gondorians did not expel themselves. The state
    # they were expelled from did (coding/patients.py, expelling_state).
    [event] = code(coder, _gondorians_were(noun, lemma, "expelled", "expel"))
    assert [m.country for m in event.actor] == ["ARN"]
    assert [m.country for m in event.recipient] == ["GND"]


def test_a_participle_withdrawal_is_done_by_the_country_of_the_noun_it_modifies(
    coder: Coder,
) -> None:
    # "Gondorian peacekeepers withdrawn from Arnor." (a headline's noun phrase)
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("peacekeepers", "peacekeeper", "NOUN", "ROOT", 1),
        ("withdrawn", "withdraw", "VERB", "acl", 1),
        ("from", "from", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    event = by_pattern(code(coder, rows, tags={2: "VBN"}), "sanction.withdraw-peacekeepers")
    assert dyad(event) == ("GND", "SANCTION", "ARN")


# --- 3. Symmetric events with an unknown party ----------------------------------------------


def test_a_verb_of_meeting_does_not_make_its_object_the_actor(coder: Coder) -> None:
    # "Bilbo will meet the Gondorian king.": Bilbo is unknown; the king did not meet himself.
    rows = [
        ("Bilbo", "Bilbo", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("meet", "meet", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 5),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("king", "king", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]
    assert code(coder, rows) == ()


def test_talks_with_a_named_party_have_that_party_as_actor(coder: Coder) -> None:
    # "Talks with Gondor began.": a nominal event may take its only party as actor.
    rows = [
        ("Talks", "talk", "NOUN", "nsubj", 3),
        ("with", "with", "ADP", "prep", 0),
        ("Gondor", "Gondor", "PROPN", "pobj", 1),
        ("began", "begin", "VERB", "ROOT", 3),
        (*PUNCT, 3),
    ]
    event = by_pattern(code(coder, rows), "consult.meeting-noun")
    assert parties(event.actor) == [("GND", None, "user")] and event.recipient == ()


# --- 4. Parties placed by their own phrase or by the article's places ------------------------


def test_police_of_a_named_place_are_of_its_country_wherever_they_act(coder: Coder) -> None:
    # "Police in Bree arrested 12 in Udun."
    rows = [
        ("Police", "police", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Bree", "Bree", "PROPN", "pobj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 3),
        ("12", "12", "NUM", "dobj", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Udun", "Udun", "PROPN", "pobj", 5),
        (*PUNCT, 3),
    ]
    [event] = code(coder, rows, ents=((2, 3, "GPE"), (6, 7, "GPE")))
    assert event.location is not None and event.location.name == "Udun"
    assert parties(event.actor) == [("ARN", "COP", "place")]
    assert event.actor[0].text == "Police in Bree"


def test_a_governor_of_a_province_is_of_its_country_not_the_articles(coder: Coder) -> None:
    # "Ithilien Governor Beregond accused Mordor.": Mordor is all the context names.
    rows = [
        ("Ithilien", "Ithilien", "PROPN", "compound", 2),
        ("Governor", "governor", "PROPN", "compound", 2),
        ("Beregond", "Beregond", "PROPN", "nsubj", 3),
        ("accused", "accuse", "VERB", "ROOT", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 3),
        (*PUNCT, 3),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "PERSON")))
    assert parties(event.actor) == [("GND", "GOV", "place")]
    assert dyad(event) == ("GND", "ACCUSE", "MDR")


def _officials_accused_mordor_after(*places: str) -> tuple[list, tuple]:
    """ "Storms struck <place>[, <place>] and <place>. Officials accused Mordor.", with the
    places tagged GPE."""
    rows: list = [("Storms", "storm", "NOUN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1)]
    ents = []
    for i, name in enumerate(places):
        if i == len(places) - 1:
            rows.append(("and", "and", "CCONJ", "cc", len(rows) - 1))
        elif i:
            rows.append((",", ",", "PUNCT", "punct", len(rows) - 1))
        ents.append((len(rows), len(rows) + 1, "GPE"))
        rows.append((name, name, "PROPN", "conj" if i else "dobj", len(rows) - 2 if i else 1))
    rows.append((*PUNCT, 1))
    n = len(rows)
    rows += [
        ("Officials", "official", "NOUN", "nsubj", n + 1),
        ("accused", "accuse", "VERB", "ROOT", n + 1),
        ("Mordor", "Mordor", "PROPN", "dobj", n + 1),
        (*PUNCT, n + 1),
    ]
    return rows, tuple(ents)


def test_a_bare_role_is_of_the_country_the_articles_places_lie_in(coder: Coder) -> None:
    # Three Arnorian towns outweigh Mordor, the only country the context names.
    rows, ents = _officials_accused_mordor_after("Bree", "Fornost", "Tharbad")
    [event] = code(coder, rows, ents=ents)
    assert event.location is None
    assert parties(event.actor) == [("ARN", "GOV", "places")]


def test_two_place_mentions_do_not_outweigh_the_context(coder: Coder) -> None:
    rows, ents = _officials_accused_mordor_after("Bree", "Fornost")
    [event] = code(coder, rows, ents=ents)
    assert parties(event.actor) == [("MDR", "GOV", "context")]


def _officials(country: str, rule: str) -> ActorMention:
    return ActorMention(text="officials", start=0, end=9, country=country, sector="GOV", rule=rule)


@pytest.mark.parametrize(
    ("counts", "country"),
    [
        ({"ARN": 3}, "ARN"),
        ({"ARN": 2}, "MDR"),  # too few mentions to call the article's home
        ({"ARN": 4, "MDR": 2}, "ARN"),  # twice the context country's
        ({"ARN": 3, "MDR": 2}, "MDR"),  # less than twice
        ({"ARN": 4, "GND": 4}, "MDR"),  # lead17: two countries as often, neither is home
    ],
    ids=["three", "two", "twice", "less-than-twice", "tie"],
)
def test_the_article_home_needs_three_places_and_twice_the_context_countrys(
    counts: dict[str, int], country: str
) -> None:
    [moved] = homed((_officials("MDR", "context"),), counts)
    assert moved.country == country
    assert moved.rule == ("places" if country == "ARN" else "context")


def test_a_country_read_in_the_phrase_is_not_moved_by_the_articles_places() -> None:
    named = _officials("MDR", "user")
    assert homed((named,), {"ARN": 9}) == (named,)


# --- 5. Conjoined verbs ---------------------------------------------------------------------


def test_conjoined_verbs_share_the_last_ones_object(coder: Coder) -> None:
    # "Orcs killed and wounded dozens of Gondorians.": the shared object reaches "killed"; the
    # two harms of one attack are one event (events._same_harm), told by the first verb
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("killed", "kill", "VERB", "ROOT", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("wounded", "wound", "VERB", "conj", 1),
        ("dozens", "dozen", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 4),
        ("Gondorians", "Gondorian", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows)
    assert [e.trigger.text for e in events] == ["killed"]
    assert dyad(events[0]) == ("MDR", "ASSAULT", "GND")
    assert events[0].recipient[0].text == "dozens of Gondorians"


def test_violence_against_a_thing_shared_by_conjoined_verbs_is_no_assault(coder: Coder) -> None:
    # "Orcs were slaughtering, burning and burying hogs."
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 2),
        ("were", "be", "AUX", "aux", 2),
        ("slaughtering", "slaughter", "VERB", "ROOT", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("burning", "burn", "VERB", "conj", 2),
        ("and", "and", "CCONJ", "cc", 4),
        ("burying", "bury", "VERB", "conj", 4),
        ("hogs", "hog", "NOUN", "dobj", 6),
        (*PUNCT, 2),
    ]
    assert code(coder, rows) == ()


# --- 6. Obligations -------------------------------------------------------------------------


def _arnor_must(verb: str, *rest: tuple[str, str, str, str, int]) -> list:
    """ "Arnor must <verb> <rest>." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 2),
        ("must", "must", "AUX", "aux", 2),
        (verb, verb, "VERB", "ROOT", 2),
        *rest,
        (*PUNCT, 2),
    ]


def test_what_a_party_must_do_has_not_happened(coder: Coder) -> None:
    [event] = code(coder, _arnor_must("attack", ("Mordor", "Mordor", "PROPN", "dobj", 2)))
    assert dyad(event) == ("ARN", "ASSAULT", "MDR") and event.modality == "hypothetical"


def test_an_obligation_to_cooperate_is_not_a_promise_to(coder: Coder) -> None:
    # "Arnor must cooperate with Gondor." ("will cooperate" would be an intent, AGREE 031)
    rows = _arnor_must(
        "cooperate", ("with", "with", "ADP", "prep", 2), ("Gondor", "Gondor", "PROPN", "pobj", 3)
    )
    [event] = code(coder, rows)
    assert (event.event_type, event.cameo) == ("COOPERATE", "060")
    assert dyad(event) == ("ARN", "COOPERATE", "GND")


def test_a_reminder_that_a_party_must_act_is_a_request_to_the_party_reminded(
    coder: Coder,
) -> None:
    # "Mordor massed troops. Gondor issued a reminder to Arnor that it must withdraw."
    # The "to" phrase names the addressee; "it" alone would be read as Mordor, the last actor.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("massed", "mass", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        (*PUNCT, 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", 5),
        ("issued", "issue", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        ("reminder", "reminder", "NOUN", "dobj", 5),
        ("to", "to", "ADP", "dative", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        ("that", "that", "SCONJ", "mark", 13),
        ("it", "it", "PRON", "nsubj", 13),
        ("must", "must", "AUX", "aux", 13),
        ("withdraw", "withdraw", "VERB", "acl", 7),
        (*PUNCT, 5),
    ]
    event = by_pattern(code(coder, rows), "obligation+concede.withdraw")
    assert dyad(event) == ("GND", "REQUEST", "ARN") and event.modality == "asserted"
    assert event.recipient[0].text == "Arnor"


def _said_must(subject: tuple[str, str, str], verb: tuple[str, str]) -> list:
    """ "<subject> must <verb>, Gondor said." """
    return [
        (*subject, "nsubj", 2),
        ("must", "must", "AUX", "aux", 2),
        (verb[0], verb[1], "VERB", "ccomp", 5),
        (",", ",", "PUNCT", "punct", 5),
        ("Gondor", "Gondor", "PROPN", "nsubj", 5),
        ("said", "say", "VERB", "ROOT", 5),
        (*PUNCT, 5),
    ]


def test_a_duty_of_no_known_act_told_to_a_party_is_a_request(coder: Coder) -> None:
    # "Arnor must act, Gondor said."
    [event] = code(coder, _said_must(("Arnor", "Arnor", "PROPN"), ("act", "act")))
    assert dyad(event) == ("GND", "REQUEST", "ARN") and event.pattern_id == "obligation"


def test_a_duty_of_no_known_act_told_of_things_asks_no_one(coder: Coder) -> None:
    # lead23: "Peace must prevail, Gondor said", "Both must go together": an opinion on how
    # things should be, with no party told to act and no act the lexicon knows, is no demand
    assert not code(coder, _said_must(("Peace", "peace", "NOUN"), ("prevail", "prevail")))
    assert not code(coder, _said_must(("Both", "both", "PRON"), ("go", "go")))


# --- 7. Acts named by nouns -----------------------------------------------------------------


def _gondor_announced(verb: str, lemma: str, noun: str, *of: tuple) -> list:
    """ "Gondor <verb> the <noun> of <of>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        (noun, noun, "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        *of,
        (*PUNCT, 1),
    ]


def test_an_announced_suspension_is_coded_as_suspending(coder: Coder) -> None:
    # "Gondor announced the suspension of air links with Mordor."
    rows = _gondor_announced(
        "announced", "announce", "suspension",
        ("air", "air", "NOUN", "compound", 6),
        ("links", "link", "NOUN", "pobj", 4),
        ("with", "with", "ADP", "prep", 6),
        ("Mordor", "Mordor", "PROPN", "pobj", 7),
    )
    [event] = code(coder, rows)
    assert (event.pattern_id, event.cameo) == ("sanction.suspend-links", "163")
    assert dyad(event) == ("GND", "SANCTION", "MDR")
    assert event.trigger.text == "announced the suspension"


def test_an_ordered_expulsion_of_diplomats_is_coded_as_expelling_them(coder: Coder) -> None:
    # "Gondor ordered the expulsion of Mordorian diplomats."
    rows = _gondor_announced(
        "ordered", "order", "expulsion",
        ("Mordorian", "Mordorian", "ADJ", "amod", 6),
        ("diplomats", "diplomat", "NOUN", "pobj", 4),
    )
    [event] = code(coder, rows)
    assert (event.pattern_id, event.cameo) == ("sanction.expel-diplomats", "161")
    assert dyad(event) == ("GND", "SANCTION", "MDR")


def test_a_nominalisation_of_a_verb_no_pattern_has_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verbs.yaml"
    verbs = {
        "version": "1",
        "patterns": [{"id": "test.expel", "verbs": ["expel"], "cameo": "166"}],
        "nominalisations": {"expulsion": "expel", "banishment": "banish"},
    }
    path.write_text(yaml.safe_dump(verbs), "utf-8")
    with pytest.raises(LexiconError, match=r"nominalisations name verbs no pattern has.*banish"):
        load_verbs(path)


# --- 8. Participles that modify their patient -----------------------------------------------


def test_a_participle_with_an_agent_is_a_passive(coder: Coder) -> None:
    # "Arnorian protesters killed by Mordorian police."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("protesters", "protester", "NOUN", "ROOT", 1),
        ("killed", "kill", "VERB", "acl", 1),
        ("by", "by", "ADP", "agent", 2),
        ("Mordorian", "Mordorian", "ADJ", "amod", 5),
        ("police", "police", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={2: "VBN"})
    assert parties(event.actor) == [("MDR", "COP", "user")]
    assert parties(event.recipient) == [("ARN", "CVL", "user")]
    assert event.recipient[0].text == "Arnorian protesters"


def test_a_participle_arrest_without_an_agent_is_by_the_authorities_of_the_place(
    coder: Coder,
) -> None:
    # "A Gondorian journalist imprisoned in Udun."
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("journalist", "journalist", "NOUN", "ROOT", 2),
        ("imprisoned", "imprison", "VERB", "acl", 2),
        ("in", "in", "ADP", "prep", 3),
        ("Udun", "Udun", "PROPN", "pobj", 4),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, tags={3: "VBN"})
    assert event.cameo == "173"
    assert parties(event.actor) == [("MDR", "COP", "implied")]
    assert parties(event.recipient) == [("GND", "JRN", "user")]


# --- 9. Forces that act abroad --------------------------------------------------------------


def _killed_12_in_udun(*subject: tuple[str, str, str, str, int]) -> list:
    """ "<subject> killed 12 in Udun." """
    verb = len(subject)
    return [
        *subject,
        ("killed", "kill", "VERB", "ROOT", verb),
        ("12", "12", "NUM", "dobj", verb),
        ("in", "in", "ADP", "prep", verb),
        ("Udun", "Udun", "PROPN", "pobj", verb + 2),
        (*PUNCT, verb),
    ]


@pytest.mark.parametrize(("noun", "lemma"), [("Troops", "troop"), ("Soldiers", "soldier")])
def test_troops_of_no_country_are_not_placed_where_they_fight(
    coder: Coder, noun: str, lemma: str
) -> None:
    assert code(coder, _killed_12_in_udun((noun, lemma, "NOUN", "nsubj", 1))) == ()


def test_the_army_is_placed_where_it_fights(coder: Coder) -> None:
    rows = _killed_12_in_udun(("The", "the", "DET", "det", 1), ("army", "army", "NOUN", "nsubj", 2))
    [event] = code(coder, rows)
    assert parties(event.actor) == [("MDR", "MIL", "location")]


# --- 10. People nouns as objects ------------------------------------------------------------


@pytest.mark.parametrize(("noun", "lemma"), [("officers", "officer"), ("staff", "staff")])
def test_a_people_noun_keeps_the_sector_of_the_words_before_it(
    coder: Coder, noun: str, lemma: str
) -> None:
    # "Orcs attacked South Korean army officers.": "officers" alone is nobody, but the phrase
    # is a country's soldiers, not a thing of the army's ("South Korean army bases").
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("South", "South", "PROPN", "compound", 3),
        ("Korean", "Korean", "ADJ", "amod", 5),
        ("army", "army", "NOUN", "compound", 5),
        (noun, lemma, "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert parties(event.recipient) == [("KOR", "MIL", "agent")]


# --- 13. Frames carried by nouns --------------------------------------------------------------


def _realm_noun_to_withdraw(noun: str, lemma: str) -> list:
    """ "Arnor welcomed Gondor's <noun> to withdraw its troops." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        (noun, lemma, "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 6),
        ("withdraw", "withdraw", "VERB", "acl", 4),
        ("its", "its", "PRON", "poss", 8),
        ("troops", "troop", "NOUN", "dobj", 6),
        (*PUNCT, 1),
    ]


def test_a_promise_noun_composes_its_infinitive_into_an_intent(coder: Coder) -> None:
    events = code(coder, _realm_noun_to_withdraw("pledge", "pledge"))
    pledge = by_pattern(events, "frame.commit+concede.withdraw-troops")
    assert (pledge.event_type, pledge.cameo) == ("AGREE", "035")
    assert parties(pledge.actor) == [("GND", None, "user")]
    # the withdrawal itself is promised, not reported as done
    assert not any(e.pattern_id == "concede.withdraw-troops" for e in events)


def test_a_request_noun_is_not_a_frame(coder: Coder) -> None:
    # "a call to withdraw" may be a telephone call: request frames stay with verbs
    events = code(coder, _realm_noun_to_withdraw("call", "call"))
    assert not any(e.pattern_id.startswith("frame.request") for e in events)


# --- 14. What an accusation alleges -----------------------------------------------------------


def test_the_act_an_accusation_alleges_is_not_coded_as_done(coder: Coder) -> None:
    # "Gondor accused Mordor of attacking Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 2),
        ("attacking", "attack", "VERB", "pcomp", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "ACCUSE", "MDR")


def test_a_thing_said_stands_for_its_owner_as_recipient(coder: Coder) -> None:
    # "Mordor condemned the Gondorian minister's remarks": the minister is the recipient.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("Gondorian", "Gondorian", "ADJ", "amod", 4),
        ("minister", "minister", "NOUN", "poss", 6),
        ("'s", "'s", "PART", "case", 4),
        ("remarks", "remark", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    [recipient] = event.recipient
    assert (recipient.country, recipient.sector) == ("GND", "GOV")
    assert recipient.text == "the Gondorian minister"


def test_a_person_named_without_a_role_is_a_private_citizen_of_where_it_happened(
    coder: Coder,
) -> None:
    # "Gondorian police arrested Bilbo Baggins in Osgiliath": he is a Gondorian civilian.
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Bilbo", "Bilbo", "PROPN", "compound", 4),
        ("Baggins", "Baggins", "PROPN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, ents=((3, 5, "PERSON"), (6, 7, "GPE")))
    [recipient] = event.recipient
    assert (recipient.country, recipient.sector, recipient.name) == ("GND", "CVL", "Bilbo Baggins")
    assert recipient.rule == "location" and recipient.text == "Bilbo Baggins"


def test_a_name_that_is_no_person_entity_is_no_party(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Baggins", "Baggins", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    events = code(coder, rows)  # no PERSON entity: the parser did not see a person
    assert all(m.rule != "named-person" for e in events for m in e.recipient)


def _accused_arnor_of_escalating_by_killing(hung: bool) -> list:
    """ "Gondor accused Arnor of escalating the war by killing three Rohirrim." with "by"
    hung on the gerund "escalating" or (``hung``) on "accused", as the parser does both."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("escalating", "escalate", "VERB", "pcomp", 3),
        ("the", "the", "DET", "det", 6),
        ("war", "war", "NOUN", "dobj", 4),
        ("by", "by", "ADP", "prep", 1 if hung else 4),
        ("killing", "kill", "VERB", "pcomp", 7),
        ("three", "three", "NUM", "nummod", 10),
        ("Rohirrim", "Rohirrim", "PROPN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


@pytest.mark.parametrize("hung", [False, True])
def test_how_an_alleged_act_was_done_is_alleged_too(coder: Coder, hung: bool) -> None:
    rows = _accused_arnor_of_escalating_by_killing(hung)
    events = code(coder, rows, tags={4: "VBG", 8: "VBG"})
    # one accusation of Arnor; the killing is what is alleged, never Gondor's deed
    assert [dyad(e) for e in events] == [("GND", "ACCUSE", "ARN")]


def test_a_means_before_the_allegation_is_no_part_of_it() -> None:
    """ "by" hung on the accusing verb before its "of" tells how the accusing was done."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("by", "by", "ADP", "prep", 1),
        ("writing", "write", "VERB", "pcomp", 3),
        ("of", "of", "ADP", "prep", 1),
        ("treason", "treason", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={4: "VBG"})
    assert hung_means(doc[1]) == set()
    rows[3], rows[5] = ("of", "of", "ADP", "prep", 1), ("by", "by", "ADP", "prep", 1)
    rows[4] = ("treason", "treason", "NOUN", "pobj", 3)
    rows[6] = ("writing", "write", "VERB", "pcomp", 5)
    doc = build_doc(rows, tags={6: "VBG"})
    assert hung_means(doc[1]) == {6}


def test_how_a_requested_act_is_to_be_done_is_asked_too(coder: Coder) -> None:
    # "Gondor urged Arnor to end the war by withdrawing its troops from Rohan."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("end", "end", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 6),
        ("war", "war", "NOUN", "dobj", 4),
        ("by", "by", "ADP", "prep", 4),
        ("withdrawing", "withdraw", "VERB", "pcomp", 7),
        ("its", "its", "PRON", "poss", 10),
        ("troops", "troop", "NOUN", "dobj", 8),
        ("from", "from", "ADP", "prep", 8),
        ("Rohan", "Rohan", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={8: "VBG", 4: "VB"})
    assert [dyad(e)[1] for e in events] == ["REQUEST"]
    assert dyad(events[0]) == ("GND", "REQUEST", "ARN")


def _wants(subject_rows: list, *, negated: bool = False, own: bool = False) -> tuple[list, dict]:
    """ "Gondor [does not] want(s) [Arnor] to withdraw its troops." as the parser attaches it:
    the one wished of is the infinitive's subject (a ccomp); with ``own`` no one else is named."""
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 0)]
    if negated:
        rows += [("does", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3)]
    want = len(rows)
    rows[0] = ("Gondor", "Gondor", "PROPN", "nsubj", want)
    rows.append(("want" if negated else "wants", "want", "VERB", "ROOT", want))
    verb = want + (2 if own else 3)
    if not own:
        rows.append((*subject_rows[0][:4], verb))
    rows += [
        ("to", "to", "PART", "aux", verb),
        ("withdraw", "withdraw", "VERB", "xcomp" if own else "ccomp", want),
        ("its", "its", "PRON", "poss", verb + 2),
        ("troops", "troop", "NOUN", "dobj", verb),
        (".", ".", "PUNCT", "punct", want),
    ]
    return rows, {verb: "VB", want: "VBZ"}


def test_what_a_party_wants_another_to_do_is_an_appeal_to_it(coder: Coder) -> None:
    rows, tags = _wants([("Arnor", "Arnor", "PROPN", "nsubj")])
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("GND", "REQUEST", "ARN")
    assert event.cameo == "025"  # an appeal to yield (withdraw), not the withdrawal
    assert event.modality == "asserted"
    rows, tags = _wants([("Arnor", "Arnor", "PROPN", "nsubj")], negated=True)
    [event] = code(coder, rows, tags=tags)
    assert (dyad(event), event.modality) == (("GND", "REQUEST", "ARN"), "negated")


def test_wanting_to_act_oneself_is_no_appeal(coder: Coder) -> None:
    rows, tags = _wants([], own=True)
    [event] = code(coder, rows, tags=tags)
    # Gondor's own withdrawal, intended: no appeal to anyone
    assert (event.event_type, event.modality) == ("AGREE", "hypothetical")
    assert event.recipient == ()


def _orcs_arnor_arrested(relative: tuple | None = None) -> list:
    """ "Gondor freed the Orcs [<relative>] Arnor arrested." as the parser attaches it."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("freed", "free", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Orcs", "Orc", "PROPN", "dobj", 1),
    ]
    verb = 5 if relative is None else 6
    if relative is not None:
        rows.append((*relative, verb))
    rows += [
        ("Arnor", "Arnor", "PROPN", "nsubj", verb),
        ("arrested", "arrest", "VERB", "relcl", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows


def test_a_bare_object_relative_acts_on_the_noun_it_describes(coder: Coder) -> None:
    rows = _orcs_arnor_arrested()
    arrest = next(e for e in code(coder, rows, tags={5: "VBD"}) if e.event_type == "COERCE")
    assert dyad(arrest) == ("ARN", "COERCE", "MDR")
    # with "whom" the relative word is the object: the same reading
    rows = _orcs_arnor_arrested(("whom", "whom", "PRON", "dobj"))
    events = code(coder, rows, tags={4: "WP", 6: "VBD"})
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert dyad(arrest) == ("ARN", "COERCE", "MDR")


def test_a_relative_with_a_relative_adverb_does_not_act_on_its_noun() -> None:
    rows = _orcs_arnor_arrested()
    assert described_object(build_doc(rows, tags={5: "VBD"})[5]) is not None
    rows = _orcs_arnor_arrested(("where", "where", "ADV", "advmod"))
    assert described_object(build_doc(rows, tags={4: "WRB", 6: "VBD"})[6]) is None
