"""Golden cases for the pattern lexicon, parsed by the real model.

The sentences are invented but name real countries, so the shipped actor lexicon codes them.
Each case pins the leading event of its sentence (type, actor country, recipient country); the
must-not cases pin ordinary-news senses of event verbs that must code nothing.
"""

from __future__ import annotations

import pytest

from detente.config import load_settings
from detente.lexicons.ontology import PLOVER_TYPES
from detente.pipeline import Pipeline, code_text, load_pipeline
from detente.records import Event

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline(load_settings())


def countries(mentions) -> set[str | None]:
    return {m.country for m in mentions}


# (sentence, PLOVER type, CAMEO code prefix, actor country, recipient country or None)
CASES = [
    # AGREE
    (
        "Chile and Peru agreed to hold joint naval exercises next month.",
        "AGREE",
        "031",
        "CHL",
        "PER",
    ),
    ("Norway pledged 20 million dollars in aid to Ethiopia.", "AGREE", "033", "NOR", "ETH"),
    ("Kenya is ready to send peacekeepers to Somalia.", "AGREE", "03", "KEN", "SOM"),
    ("Senegal agreed to extradite the former dictator to Belgium.", "AGREE", "031", "SEN", "BEL"),
    ("Ecuador said it would boycott the summit in Lima.", "THREATEN", "133", "ECU", "PER"),
    # CONSULT
    (
        "The Japanese prime minister met his Indian counterpart in Tokyo.",
        "CONSULT",
        "040",
        "JPN",
        "IND",
    ),
    ("Egypt's foreign minister visited Jordan on Tuesday.", "CONSULT", "042", "EGY", "JOR"),
    ("Qatar hosted talks between Sudan and Chad on Sunday.", "CONSULT", "044", "QAT", "SDN"),
    ("Portugal held talks with Angola on debt relief.", "CONSULT", "040", "PRT", "AGO"),
    ("The French president spoke with the German chancellor.", "CONSULT", "040", "FRA", "DEU"),
    # SUPPORT
    ("Canada praised Mexico's decision to release the prisoners.", "SUPPORT", "051", "CAN", "MEX"),
    ("Argentina and Uruguay signed a trade agreement on Friday.", "SUPPORT", "057", "ARG", "URY"),
    ("Spain restored diplomatic relations with Morocco.", "SUPPORT", "050", "ESP", "MAR"),
    ("Sweden apologized to Finland for the incident.", "SUPPORT", "055", "SWE", "FIN"),
    ("Australia struck a deal with Indonesia on fishing rights.", "SUPPORT", "057", "AUS", "IDN"),
    # COOPERATE
    ("Indonesia extradited two suspects to Australia.", "COOPERATE", "063", "IDN", "AUS"),
    # AID
    ("The United States sent food and medicine to Haiti.", "AID", "073", "USA", "HTI"),
    ("Italy granted asylum to three Libyan dissidents.", "AID", "075", "ITA", "LBY"),
    ("Britain delivered weapons to Ukraine.", "AID", "072", "GBR", "UKR"),
    # RETREAT and CONCEDE
    ("Israel released 50 Palestinian prisoners on Sunday.", "RETREAT", "0841", "ISR", "PSE"),
    ("Russia withdrew its troops from Georgia.", "RETREAT", "0874", "RUS", "GEO"),
    ("The European Union lifted sanctions on Belarus.", "RETREAT", "085", "IGO", "BLR"),
    ("Ethiopia declared a unilateral ceasefire.", "RETREAT", "0871", "ETH", None),
    ("Nepal's Maoist rebels laid down their arms.", "RETREAT", "0873", "NPL", None),
    ("Tunisia unfroze the assets of Libyan companies.", "RETREAT", "085", "TUN", "LBY"),
    ("The rebels in Mali backed down.", "CONCEDE", "080", "MLI", None),
    # REQUEST
    (
        "China urged Japan to withdraw its warships from the disputed waters.",
        "REQUEST",
        "025",
        "CHN",
        "JPN",
    ),
    ("Greece demanded the release of soldiers held by Turkey.", "REQUEST", "1053", "GRC", None),
    ("Thailand called on Cambodia to stop the fighting.", "REQUEST", "025", "THA", "KHM"),
    ("Uganda asked the United Nations for food aid.", "REQUEST", "02", "UGA", "IGO"),
    # ACCUSE
    ("Bolivia condemned Peru's decision to close the border.", "ACCUSE", "111", "BOL", "PER"),
    ("Iran accused Iraq of shelling border villages.", "ACCUSE", "112", "IRN", "IRQ"),
    (
        "Pakistan lodged a formal protest with India over the shooting.",
        "ACCUSE",
        "114",
        "PAK",
        "IND",
    ),
    ("Nigeria sued Cameroon at the International Court of Justice.", "ACCUSE", "115", "NGA", "CMR"),
    (
        "The Philippines filed a complaint against China over the reef.",
        "ACCUSE",
        "114",
        "PHL",
        "CHN",
    ),
    # REJECT
    ("Venezuela rejected Colombia's proposal for talks.", "REJECT", "127", "VEN", "COL"),
    ("Cuba refused to allow American observers into the country.", "REJECT", "124", "CUB", "USA"),
    ("Russia vetoed the resolution on Syria.", "REJECT", "129", "RUS", None),
    # THREATEN
    ("North Korea threatened to attack South Korea.", "THREATEN", "138", "PRK", "KOR"),
    ("Iran threatened to impose sanctions on Britain.", "THREATEN", "131", "IRN", "GBR"),
    # PROTEST
    (
        "Thousands of Kenyans demonstrated against the government in Nairobi.",
        "PROTEST",
        "141",
        "KEN",
        "KEN",
    ),
    ("Workers in France went on strike over pension reform.", "PROTEST", "143", "FRA", None),
    ("Protesters blocked roads in Bolivia.", "PROTEST", "144", "BOL", None),
    ("Palestinian youths rioted in Hebron.", "PROTEST", "145", "PSE", None),
    # MOBILIZE
    ("Austria sent 500 troops to Kosovo.", "MOBILIZE", "154", "AUT", "XKX"),
    ("Israel reinforced its troops in the Golan Heights.", "MOBILIZE", "154", "ISR", None),
    # SANCTION
    ("The United States imposed sanctions on Iran.", "SANCTION", "163", "USA", "IRN"),
    ("Canada expelled two Russian diplomats.", "SANCTION", "161", "CAN", "RUS"),
    ("Mali severed diplomatic ties with France.", "SANCTION", "161", "MLI", "FRA"),
    ("Japan suspended economic aid to Myanmar.", "SANCTION", "162", "JPN", "MMR"),
    ("Venezuela broke off talks with Colombia.", "SANCTION", "164", "VEN", "COL"),
    # COERCE
    ("Egyptian police arrested dozens of protesters in Cairo.", "COERCE", "173", "EGY", None),
    ("The Chinese government imposed a curfew in Urumqi.", "COERCE", "1723", "CHN", None),
    ("Turkey deported 40 Syrian refugees.", "COERCE", "174", "TUR", "SYR"),
    ("Israel closed the crossings into Gaza.", "COERCE", "191", "ISR", "PSE"),
    ("Burundi banned opposition rallies.", "COERCE", "1721", "BDI", None),
    ("Denmark seized a Russian ship in its waters.", "COERCE", "1711", "DNK", "RUS"),
    # ASSAULT
    ("Israeli jets bombed targets in Gaza.", "ASSAULT", "195", "ISR", "PSE"),
    ("Syrian forces shelled rebel positions near Aleppo.", "ASSAULT", "194", "SYR", None),
    ("Nigerian gunmen kidnapped two Italian aid workers.", "ASSAULT", "181", "NGA", "ITA"),
    ("Afghan insurgents assassinated the governor of Kandahar.", "ASSAULT", "186", "AFG", "AFG"),
    (
        "Indian and Pakistani troops exchanged fire across the border.",
        "ASSAULT",
        "190",
        "IND",
        "PAK",
    ),
    ("Sri Lanka's navy fired on Indian fishing boats.", "ASSAULT", "193", "LKA", "IND"),
    ("Ethiopia was attacked by Eritrea.", "ASSAULT", "19", "ERI", "ETH"),
    ("Hungarian police dispersed the protesters with tear gas.", "ASSAULT", "175", "HUN", None),
]

# Ordinary-news senses of event verbs: no event at all.
NO_EVENT = [
    "Mexico's exports hit a record high in March.",
    "The Brazilian government released a report on deforestation.",
    "Chile is fighting the outbreak of dengue fever.",
    "Peru's health ministry declined to comment on the case.",
    "French officials warned residents about the heat wave.",
    "Spain's health ministry is investigating a possible case of measles.",
    "Kenyan farmers slaughtered infected cattle.",
    "The Argentine government will host the football championship next year.",
    "Bolivia's president called early elections.",
    "Somalia's president denied the allegations of corruption.",
]

# (sentence, type that must not be coded): the specific sense wins over the generic one.
NOT_TYPE = [
    ("Chile's finance minister hit back at critics of the budget.", "ASSAULT"),
    ("Australia struck a deal with Indonesia on fishing rights.", "ASSAULT"),
    ("The German government welcomed the decision of the court.", "CONSULT"),
    ("Egypt met the demands of the striking workers.", "CONSULT"),
    ("Peru's foreign minister attacked the government's policy on refugees.", "ASSAULT"),
    ("Turkey deported 40 Syrian refugees.", "ASSAULT"),
]


def leading(events: tuple[Event, ...], text: str) -> Event:
    assert events, f"no event coded from {text!r}"
    return events[0]


@pytest.mark.parametrize(("text", "event_type", "cameo", "actor", "recipient"), CASES)
def test_sentence_codes_its_leading_event(
    pipeline: Pipeline,
    text: str,
    event_type: str,
    cameo: str,
    actor: str,
    recipient: str | None,
) -> None:
    event = leading(code_text(pipeline, text), text)
    assert (event.event_type, event.cameo[: len(cameo)]) == (event_type, cameo), event.pattern_id
    assert actor in countries(event.actor)
    if recipient is not None:
        assert recipient in countries(event.recipient)


@pytest.mark.parametrize("text", NO_EVENT)
def test_ordinary_news_senses_code_nothing(pipeline: Pipeline, text: str) -> None:
    events = code_text(pipeline, text)
    assert [(e.event_type, e.pattern_id) for e in events] == []


@pytest.mark.parametrize(("text", "forbidden"), NOT_TYPE)
def test_specific_sense_beats_the_generic_verb(
    pipeline: Pipeline, text: str, forbidden: str
) -> None:
    events = code_text(pipeline, text)
    assert forbidden not in {e.event_type for e in events}


def test_every_plover_type_has_a_golden_case() -> None:
    assert {case[1] for case in CASES} == set(PLOVER_TYPES)
