"""Police and courts an article names without a country, placed in the article's home country.

Local news says "police charged her" or "he was arrested Thursday" without naming a country:
the authorities that act are those where the story happens. When neither the words nor the
event's place give a country, the country the article's places name most (and alone most)
stands in for it, or the one country every place it names can only lie in; its dateline does
not count. Only state organs that act at home take it
(police, the agents implied by an agentless arrest or criminal charge, and courts and officials
whose act is an arrest, a charge or a sentence: no state does those abroad); a person or group
of no known country does not, since anyone can be anywhere. Only acts told as done or
announced are placed so (placement.UNPLACED_MODALITIES): a denied or background arrest of no
one named tells too little. A sentence told without its court is mostly a person's record, so
it is placed only by a place of its own, when a day of the story's week dates it ("was
sentenced Friday", "yesterday", "this week"), or in the article's first sentence (its headline
or lead): that is the week's court news.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.court_appearances import APPEARANCE_PATTERN
from detente.coding.custody import CUSTODY_PATTERN
from detente.coding.held_releases import held_release_sector
from detente.coding.match import Match
from detente.coding.syntax import child, is_passive
from detente.coding.torture_deaths import (
    JAILER_SECTOR,
    TORTURE_DEATH_PATTERN,
    place_of_detention,
)
from detente.geo.gazetteer import Candidate
from detente.geo.locate import PLACE_LABELS, ArticlePlaces, PlaceMention, resolve_place
from detente.lexicons.english import english
from detente.records import ActorMention


def body_counts(places: ArticlePlaces | None) -> Mapping[str, int]:
    """How often the places of the article's text (not its dateline) lie in each country: a
    dateline says where the reporter was, not where an unnamed agent acted."""
    counts: Counter[str] = Counter()
    if places is None:
        return counts
    for mention in places.mentions:
        found = resolve_place(
            mention.candidates, countries=places.countries, divisions=places.divisions
        )
        if found is not None:
            counts[found.country] += 1
    return counts


# Courts named without a place in a court appearance ("appeared in court charged with theft")
# are the home's: police alone are placed so otherwise (a court of no country may be anywhere).
COURT_SECTOR = "JUD"
# A home country is named at least this often, and this many times as often as any other: one
# mention may be a town named like a foreign one ("Paris, Texas", "London, Ky.").
HOME_MIN_MENTIONS = 2
HOME_RATIO = 2


def home_country(
    counts: Mapping[str, int], sovereigns: Mapping[str, str] | None = None
) -> str | None:
    """The country the article's places name repeatedly and far more than any other; a
    self-governing territory named more often than its sovereign state is home even so
    (actors14: a Hong Kong story names China as its neighbour, not as another home)."""
    kinds = english().codes.org_kinds
    ranked = sorted(
        ((n, c) for c, n in counts.items() if len(c) == 3 and c not in kinds), reverse=True
    )
    if not ranked or ranked[0][0] < HOME_MIN_MENTIONS:
        return None
    sovereign = (sovereigns or {}).get(ranked[0][1])
    rivals = [n for n, c in ranked[1:] if c != sovereign or n >= ranked[0][0]]
    if rivals and ranked[0][0] < HOME_RATIO * rivals[0]:
        return None
    return ranked[0][1]


def sole_country(places: ArticlePlaces | None) -> str | None:
    """The one country every place of the article's text can only lie in: a name that is also
    a town abroad ("London" in a Kentucky story, "Paris" in a Tennessee one) is not counted on,
    so a single mention of an unambiguous name ("Miami-Dade") is enough to name a home."""
    if places is None:
        return None
    kinds = english().codes.org_kinds
    found = {
        c.country
        for m in places.mentions
        if any(_sizeable(c) for c in m.candidates)
        for c in m.candidates
        if c.country not in kinds
    }
    return found.pop() if len(found) == 1 else None


# A name that can only be a village ("Court" in "Feltham Magistrates' Court" is a Swiss
# village of 1,400) is more likely a word the parser took for a place than the story's home.
SOLE_MIN_POPULATION = 20_000


def _sizeable(place: Candidate) -> bool:
    return place.precision in ("country", "admin1") or place.population >= SOLE_MIN_POPULATION


def site_first(counts: Mapping[str, int], places: ArticlePlaces | None) -> str | None:
    """The paper's own country ("independent.ie") when the article names it repeatedly and no
    other country more often: a story set at home that names a foreign country as often (a
    deportation to Nigeria told by an Irish paper) is still set at home."""
    site = places.site if places is not None else None
    if site is None or counts.get(site, 0) < HOME_MIN_MENTIONS:
        return None
    return site if counts[site] >= max(counts.values()) else None


def site_home(places: ArticlePlaces | None) -> str | None:
    """The country of the paper's own domain ("newsletter.co.uk"), when the article's places
    name no other country: the police of a local story it cannot place are its paper's."""
    if places is None or places.site is None:
        return None
    resolved = (resolve_place(m.candidates, countries=places.countries) for m in places.mentions)
    if any(p is not None and p.country != places.site for p in resolved):
        return None
    return places.site


def agentless_sector(match: Match) -> str | None:
    """The sector of the authorities an agentless passive implies ("was arrested": police;
    "was sentenced", "was charged with", "was arraigned": courts and prosecutors), or None when
    the act needs a named agent."""
    if match.actor is not None or match.frame is not None:
        return None
    if match.pattern_id == CUSTODY_PATTERN:  # "is in custody": arrested by the police
        return english().codes.authority_codes.get(match.cameo)
    if match.pattern_id == TORTURE_DEATH_PATTERN:  # mainev12: "died after torture in prison"
        return JAILER_SECTOR
    if not is_passive(match.head):
        return None
    moved = child(match.head, "nsubjpass")
    if moved is not None and moved.ent_type_ in PLACE_LABELS:
        return None  # "Randwick has been locked down": people are arrested, places are not
    codes = english().codes
    if match.cameo in codes.authority_codes and match.head.lemma_.lower() in codes.judicial_acts:
        return "JUD"
    if match.head.lemma_.lower() in english().senses.court_charging_verbs:
        return COURT_SECTOR  # "was arraigned", "was indicted": only a court or grand jury does it
    found = codes.authority_codes.get(match.cameo) or codes.agentless_charges.get(match.pattern_id)
    return found or criminal_charge(match) or held_release_sector(match)  # mainev12


# CAMEO root of accusations: a criminal charge is one (CAMEO 112, 115).
ACCUSATION_ROOT = "11"


def criminal_charge(match: Match) -> str | None:
    """The courts, for a person charged in or for a crime with no one named who charged them
    ("Area funeral director charged in robberies", "were charged for violation of the Act"),
    unless the charge only describes someone the sentence tells of ("a man charged in the
    death of a woman has been declared incompetent": his record, not the news)."""
    verb = match.head
    if verb.lemma_.lower() not in english().senses.criminal_charge_verbs:
        return None
    if match.cameo[:2] != ACCUSATION_ROOT:
        return None
    if verb.dep_ == "acl" and verb.head.dep_ != "ROOT":
        return None  # a participle describing a party of another act
    return COURT_SECTOR


def home_authorities(
    match: Match, actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...],
    ctx: ArticleState,
) -> tuple[ActorMention, ...]:
    """The actor as the home country's authorities: police named without a country ("Police
    charged Sun"), or those an agentless arrest or charge of someone implies."""
    home = ctx.home
    if home is None:
        return ()
    if actor:
        sectors = english().codes.home_authority_sectors
        if match.pattern_id == APPEARANCE_PATTERN or _authority_act(match):
            sectors = sectors | STATE_ORGAN_SECTORS  # one's own courts and officials act so
        if all(m.country is None and m.sector in sectors for m in actor):
            return tuple(replace(m, country=home, rule="places") for m in actor)
        return ()
    sector = agentless_sector(match)
    if sector is None or not (recipient or _names_someone(match)):
        return ()
    court_acts = english().codes.judicial_acts | english().senses.court_charging_verbs
    if match.head.lemma_.lower() in court_acts and not (
        _told_day(match.head) or _opening(match.head)
    ):
        return ()  # "was sentenced to six years", "were indicted in 2006": a person's record
    text, start = match.head.text, match.head.idx  # the words that tell the act: "arrested"
    if match.pattern_id == CUSTODY_PATTERN:
        words = match.head.doc[slice(*match.trigger)]  # "in custody", beside a bare "is"
        text, start = words.text, words.start_char
    held = place_of_detention(match)  # actors16: the keepers told by where they held him
    if held is not None:
        text, start = held.text, held.start_char
    mention = ActorMention(
        text=text,
        start=start,
        end=start + len(text),
        country=home,
        sector=sector,
        rule="implied",
    )
    return (mention,)


# Sectors of a state's own organs, courts and officials ("Authorities have charged a man",
# "Judge Coker sentenced him"): they arrest, charge and sentence only within their own state.
STATE_ORGAN_SECTORS = frozenset({COURT_SECTOR, "GOV"})


def _authority_act(match: Match) -> bool:
    """Whether the act is one only a state's own organs perform on someone: an arrest or
    detention (CAMEO 173/174), a criminal charge, an indictment or a sentence."""
    codes = english().codes
    lemma = match.head.lemma_.lower()
    return (
        match.cameo in codes.authority_codes
        or match.pattern_id in codes.agentless_charges
        or lemma in english().senses.court_charging_verbs
    )


def article_home(
    text: str, places: ArticlePlaces | None, sovereigns: Mapping[str, str] | None = None
) -> str | None:
    """The country where the article's unnamed authorities act: its places' home, unless the
    text is told in another country's institutions and every place counted for that home
    also names a town there ("Paris" five times in a story of Class 4 felonies: Paris,
    Illinois, not France)."""
    counts = body_counts(places)
    home = home_country(counts, sovereigns) or site_first(counts, places) or sole_country(
        places) or site_home(places)
    told_in = institutions_named(text)
    if home is not None and told_in not in (None, home) and _namesakes_in(places, home, told_in):
        return told_in
    return home or institution_home(text, counts, places)


def _namesakes_in(places: ArticlePlaces | None, home: str, other: str | None) -> bool:
    """Whether every place of the text read in ``home`` may also be a place in ``other``. A
    name read only by one of a place's alternate spellings ("Talla" for Tallaght, a room's
    name in an Ohio story) tells no home; "Dublin City" beside "Dublin" is the same town's
    name, as in "Dublin City Council" (lead17)."""
    if places is None or other is None:
        return False
    by_text = {m.text: m.candidates for m in places.mentions}
    read = []
    for mention in places.mentions:
        found = resolve_place(
            mention.candidates, countries=places.countries, divisions=places.divisions
        )
        if found is None or found.country != home:
            continue
        if found.precision == "city" and not found.primary:
            continue  # a town's variant spelling; a country's ("Palestine") is its name
        read.append(_town_readings(mention, by_text))
    return bool(read) and all(any(c.country == other for c in found) for found in read)


def _town_readings(
    mention: PlaceMention, by_text: Mapping[str, tuple[Candidate, ...]]
) -> tuple[Candidate, ...]:
    """The readings of a mention, and for "<Town> City" those of "<Town>" when the article
    names the town alone too."""
    stem = mention.text.removesuffix(CITY_SUFFIX)
    if stem != mention.text and stem in by_text:
        return (*mention.candidates, *by_text[stem])
    return mention.candidates


def institutions_named(text: str) -> str | None:
    """The one country whose own institutions the text names, or None."""
    plain = text.replace("\u2019", "'")
    found = {
        country
        for country, names in english().senses.institution_homes.items()
        if _names_pattern(names).search(plain)
    }
    return found.pop() if len(found) == 1 else None


def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """One pattern for any of ``names`` as whole words, any case (the re module keeps it
    compiled)."""
    alternatives = "|".join(re.escape(name) for name in sorted(names))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def institution_home(
    text: str, counts: Mapping[str, int], places: ArticlePlaces | None = None
) -> str | None:
    """The one country whose own institutions the text names ("the Pointe Coupee Sheriff's
    Office", "the district attorney", "a state trooper"), when its places name no other
    country more often: a local story of a town the gazetteer does not know is still told
    in that country's institutions. A country read only from names that are also towns of
    the institutions' country ("A Paris man was arrested on five counts" in a story of a
    sheriff's office: Paris, Tennessee) does not outweigh it."""
    home = institutions_named(text)
    if home is None:
        return None
    rivals = (
        n for country, n in counts.items()
        if country != home and not _namesakes_in(places, country, home)
    )
    # a rival named once ("Trail", a word the gazetteer knows as a Canadian town) does not
    # outweigh a story told in one country's institutions (lead17)
    if any(n > counts.get(home, 0) and n >= HOME_MIN_MENTIONS for n in rivals):
        return None  # "a Paris court" in a story set in France that names a sheriff's office
    return home


# "Dublin City Council": the town's name and the word for its municipality.
CITY_SUFFIX = " City"


# Dependencies by which a day phrase dates a verb: "sentenced Friday", "sentenced on Monday".
DAY_DEPS = frozenset({"npadvmod", "tmod", "advmod"})
# How a day names the part of it a phrase dates ("Tuesday morning", "Friday night").
DAY_PART_DEPS = frozenset({"compound", "nmod", "amod"})


def _told_day(verb: Token) -> bool:
    """Whether the act is dated by a day of the story's week ("was sentenced Friday", "on
    Monday", "Tuesday morning", "yesterday", "this week"): a court's act of the news, not a
    person's record."""
    words = english().words
    days = {*words.weekdays, *words.day_words}
    dated = [c for c in verb.children if c.dep_ in DAY_DEPS]
    dated += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for word in dated:
        named = [word, *(c for c in word.children if c.dep_ in DAY_PART_DEPS)]
        if any(w.lower_ in days for w in named):  # "Tuesday morning": the day names the part
            return True
        marks = english().senses.story_week_marks
        if word.lower_ == "week" and any(c.lower_ in marks for c in word.children):
            return True
    return False


def _opening(verb: Token) -> bool:
    """Whether the act is told in the article's first sentence (its headline, or its lead
    where it has none): "Area woman sentenced for mortgage fraud" is the story's news, not
    a person's record."""
    first = next(iter(verb.doc.sents), None)
    return first is not None and first.start == verb.sent.start


def _names_someone(match: Match) -> bool:
    """Whether the one acted on is named by a pronoun or a name ("He was charged", "Nuiry was
    arrested"), not by a common noun that codes no party ("all doors were locked")."""
    moved = child(match.head, "nsubjpass")
    return moved is not None and moved.pos_ in ("PRON", "PROPN")


# Rules by which a party took a country from its own name ("Georgia", "Georgia authorities").
NAMED_COUNTRY_RULES = frozenset({"country-name", "agent"})


def divisions_read(
    mentions: tuple[ActorMention, ...], places: ArticlePlaces | None
) -> tuple[ActorMention, ...]:
    """ "Georgia authorities", "Georgia's law" in a story the article's places set in the US
    state (geo.locate reads "Georgia" beside Atlanta as the state): the party is of the
    country the name was read in, not of the country of that name."""
    if places is None:
        return mentions
    read = []
    for m in mentions:
        if m.rule in NAMED_COUNTRY_RULES and m.country is not None:
            state = _division_opening(m, places)
            if state is not None and state != m.country:
                m = replace(m, country=state, rule="place")
        read.append(m)
    return tuple(read)


def _division_opening(mention: ActorMention, places: ArticlePlaces) -> str | None:
    """The country of a division whose name opens the party's phrase ("Georgia authorities")."""
    text = mention.text.removeprefix("the ").removeprefix("The ")
    for place in places.mentions:
        inside = place.start is not None and mention.start <= place.start < mention.end
        states = {c.country for c in place.candidates if c.precision == "admin1"}
        if inside and text.startswith(place.text) and len(states) == 1 and all(
            c.precision == "admin1" for c in place.candidates
        ):
            return states.pop()
    return None
