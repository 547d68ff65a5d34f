"""Pick each event's place: the one governing its trigger, else in its clause, else the dateline."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.attrs import DEP, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Candidate, Gazetteer
from detente.geo.namesakes import (
    hyphen_joined,
    possessive_joined,
    story_home,
    without_alias_villages,
)
from detente.geo.qualifiers import (
    abbreviated_state,
    in_region,
    region_after,
    region_itself,
    region_named,
    state_places,
)
from detente.geo.seats import SeatOf, seated
from detente.geo.sites import site_country
from detente.lexicons.english import english
from detente.records import Article, Place, PlaceRule

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Named-entity labels a locative object may carry when the parser missed that it is a place.
UNTAGGED_LABELS = frozenset({"", "FAC", "ORG"})
# The word lists of place finding (locative prepositions, settlement nouns, movement words,
# verbs whose object is a place) are in english.yaml.
# Dependencies through which an object phrase still names the same place.
SAME_PLACE_DEPS = frozenset({"compound", "appos", "conj", "nmod"})
# Objects and complements of the trigger whose own locative phrases place the event
# ("hosted a meeting in Pyongyang", "agreed to meet in Beijing", "met in a session in New York").
TRIGGER_PARTS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "xcomp", "prep"})
# Dependencies of a name that modifies a noun rather than naming it ("the U.S. base").
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Dependencies that start a new clause: a place inside one is not the outer event's place.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"})
# Disambiguation weights, in log10-population units: a state named elsewhere in the story
# outweighs a 100-fold population gap ("Paris" in a Texas story); a country named in the story
# or by an actor outweighs a 30-fold gap, not more ("U.S. diplomats in Paris" stays in France).
SAME_ADMIN1 = 2.0
SAME_COUNTRY = 1.5
OWN_NAME = 0.5  # the mention is the place's own name, not one of its alternates
# A division's name means the division ("Wyoming", not Wyoming, Michigan) unless a city this
# big shares it ("New York", "Washington").
MAJOR_CITY = 500_000
# ... but a city this big of the story's own country outweighs a major one abroad ("Victoria"
# in a Canadian story is British Columbia's capital, not Hong Kong's Victoria).
LOCAL_CITY = 100_000
# The settlement noun of a second-level division, which the gazetteer does not hold.
COUNTY = "county"
# The country whose counties news writes "<name> County" most (see _county_in).
COUNTY_COUNTRY = "USA"
# A town abroad this small, named in a paper of another country, is taken for a local place
# the gazetteer lacks ("Shankill", a Belfast district, is also an Irish town of 14,000).
SMALL_TOWN = 50_000
# How far into the text the dateline place is looked for (it opens the story when present).
DATELINE_SEARCH = 200


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMention:
    """A name in the article that the gazetteer knows, with every place it may mean."""

    text: str
    start: int | None  # character offsets in the article text; None if it is not there
    end: int | None
    root: int  # token index of the phrase head; -1 outside the parse (the dateline)
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticlePlaces:
    """The places an article names, and what they tell about its geography."""

    mentions: tuple[PlaceMention, ...]
    countries: frozenset[str]  # ISO3 codes the article names unambiguously, or its site's
    divisions: frozenset[tuple[str, str]]  # (ISO3, admin1) the article names unambiguously
    dateline: PlaceMention | None
    site: str | None = None  # ISO3 of the country the news site's domain names (geo.sites)


def _trim(span: Span) -> Span:
    """Drop "the" and a possessive "'s" so "the United States'" looks up as a name."""
    start, end = span.start, span.end
    while start < end and span.doc[start].pos_ == "DET":
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _is_name_part(token: Token) -> bool:
    return token.dep_ == "compound" and token.pos_ == "PROPN"


def _settlement_name(token: Token) -> bool:
    """ "the town of Samarra", "the mayor of Sligo": the object of "of" after a settlement
    noun, or after an office or the people of a place, names a place."""
    of = token.head
    words = english().words
    nouns = words.settlement_nouns | words.place_office_nouns
    return of.lower_ == "of" and of.dep_ == "prep" and of.head.lemma_.lower() in nouns


def _hyphen_places(doc: Doc) -> Iterator[Span]:
    """ "the Sligo-based group", "a Lagos-born doctor": a proper noun joined by a hyphen to a
    participle of where one is from or works names a place, whatever the tagger made of it."""
    participles = english().words.place_participles
    hyphen = doc.vocab.strings["-"]  # read from the word column, as in _proper_objects
    for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
        if orth != hyphen or i == 0 or i + 1 == len(doc):
            continue
        tok = doc[i - 1]
        if (doc[i + 1].lower_ in participles and tok.pos_ == "PROPN"
                and not tok.whitespace_ and not doc[i].whitespace_):
            start = tok.i
            while start > 0 and _is_name_part(doc[start - 1]):
                start -= 1
            yield doc[start : tok.i + 1]


def _name_spans(doc: Doc) -> Iterable[Span]:
    """Place-like entities, plus untagged proper nouns that a locative preposition governs."""
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            covered.update(range(ent.start, ent.end))
            yield ent
    person_surnames = _person_surnames(doc)
    for tok in _proper_objects(doc):
        if tok.i not in covered and (
            (tok.ent_type_ in UNTAGGED_LABELS and tok.head.lower_ in english().words.locative_preps)
            or _settlement_name(tok)
            or _person_tagged_town(tok, person_surnames)
        ):
            start = tok.i
            while start > 0 and _is_name_part(doc[start - 1]):
                start -= 1
            yield doc[start : tok.i + 1]
            covered.update(range(start, tok.i + 1))
    for span in _hyphen_places(doc):
        if span.start not in covered:
            yield span


def _person_surnames(doc: Doc) -> dict[str, frozenset[int]]:
    """Last words of the people the tagger found with a given name ("Hillary Clinton"), with
    where each such name starts."""
    found: dict[str, set[int]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            found.setdefault(ent[-1].text, set()).add(ent.start)
    return {word: frozenset(starts) for word, starts in found.items()}


def _person_tagged_town(tok: Token, person_surnames: dict[str, frozenset[int]]) -> bool:
    """ "Police in Ciudad Juarez", "a robbery in Newberry": a name the tagger took for a
    person's, after a preposition of being in a place (lead18). Only "in", "near" and the like
    (`person_tagged_place_preps`), never "at" ("at Adam Baber"); a name that ends a person's
    full name elsewhere in the story is that person ("faith in Clinton")."""
    preps = english().words.person_tagged_place_preps
    if tok.ent_type_ != "PERSON" or tok.head.lower_ not in preps:
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return not (person_surnames.get(tok.text, frozenset()) - {start})


def _dated_countries(gazetteer: Gazetteer, doc: Doc) -> list[tuple[PlaceMention, bool]]:
    """Countries the tagger took for a date ("arrested in Niger": DATE): a proper noun that the
    gazetteer reads as a country only, never a month or a day (lead17)."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not all(t.pos_ == "PROPN" for t in ent):
            continue
        candidates = gazetteer.lookup(ent.text)
        if candidates and all(c.precision == "country" for c in candidates):
            found.append((PlaceMention(text=ent.text, start=ent.start_char, end=ent.end_char,
                                       root=ent.root.i, candidates=candidates), False))
    return found


def _hometown_spans(doc: Doc) -> Iterator[Span]:
    """ "A Gainesville man was charged", "Coral Gables police": a name set right before a person
    or a local force tells where they are from, even when the tagger took it for an
    organisation (proper nouns read from the Doc's columns, as in _proper_objects)."""
    compound = doc.vocab.strings["compound"]
    heads = english().senses.hometown_heads
    for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
        if pos != PROPN or dep != compound:
            continue
        tok = doc[i]
        named = tok.ent_type_ in UNTAGGED_LABELS and tok.head.i == i + 1
        if named and tok.head.lemma_.lower() in heads:
            start = i
            while start > 0 and _is_name_part(doc[start - 1]):
                start -= 1
            yield doc[start : i + 1]


def _hometowns(
    gazetteer: Gazetteer, doc: Doc, seat_of: SeatOf | None
) -> list[tuple[PlaceMention, bool]]:
    """Hometown names the gazetteer knows first as a town: a country or a state before
    "police" ("Lebanon Police" in Indiana) is left to the actor lexicon and the other rules."""
    found = (_mention(gazetteer, doc, span, seat_of) for span in _hometown_spans(doc))
    return [m for m in found if m and not m[1] and m[0].candidates[0].precision == "city"]


def _proper_objects(doc: Doc) -> Iterator[Token]:
    """Proper nouns that are prepositions' objects, in order.

    Read from the Doc's columns: a Token object is made for these few only, not for every word.
    """
    pobj = doc.vocab.strings["pobj"]
    for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
        if pos == PROPN and dep == pobj:
            yield doc[i]


def _dotted(doc: Doc) -> Iterator[Token]:
    """Tokens that end with a dot, in order (from the word column, as ``_proper_objects``).

    Each distinct word is read once from the string store: ``Doc.text`` would make a Token
    object for every word of the article.
    """
    strings = doc.vocab.strings
    dotted: dict[int, bool] = {}
    for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
        ends = dotted.get(orth)
        if ends is None:
            ends = dotted[orth] = strings[orth].endswith(".")
        if ends:
            yield doc[i]


def _unambiguous(mentions: Iterable[PlaceMention]) -> tuple[set[str], set[tuple[str, str]]]:
    countries: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    for mention in mentions:
        first = mention.candidates[0]
        if first.precision == "country" and _state_namesakes(mention.candidates):
            continue  # "Georgia": the country or a US state, read once the rest is known
        if first.precision == "country":
            countries.add(first.country)
        elif len({(c.country, c.admin1) for c in mention.candidates}) == 1:
            countries.add(first.country)
            if first.admin1:
                divisions.add((first.country, first.admin1))
    return countries, divisions


def _dateline(gazetteer: Gazetteer, article: Article) -> tuple[PlaceMention, ...]:
    """The dateline's place, then the region it names ("Paris, Texas" → Paris, then Texas)."""
    line = article.dateline.place if article.dateline else None
    parts = [part.strip() for part in (line or "").split(",")]
    mentions = []
    for i, name in enumerate(parts):
        candidates = gazetteer.lookup(name) if name else ()
        if not candidates:
            continue
        qualifier = region_named(parts[i + 1]) if i + 1 < len(parts) else None
        if qualifier is not None:
            candidates = in_region(gazetteer, candidates, qualifier)  # "LONDON, Ky."
        start = article.text.find(name, 0, DATELINE_SEARCH)
        found = start >= 0
        mentions.append(PlaceMention(text=name, start=start if found else None,
                                     end=start + len(name) if found else None, root=-1,
                                     candidates=candidates))
    return tuple(mentions)


def _is_lowercase_word(name: Span, candidates: tuple[Candidate, ...]) -> bool:
    """ "court", "tina": a word with no capital is no place name unless the place is spelt so."""
    text = name.text
    return text == text.lower() and not any(c.name == text for c in candidates)


def _mention(
    gazetteer: Gazetteer, doc: Doc, span: Span, seat_of: SeatOf | None = None
) -> tuple[PlaceMention, bool] | None:
    """The span as a place mention, and whether it names a county ("Hamilton County")."""
    name = _trim(span)
    if not len(name) or gazetteer.is_demonym(name.text):
        return None  # "Chinese" describes a country's people; it is not somewhere
    # "Lebanon, Mo.": the state's abbreviation names the state, not a namesake (Mo, Norway)
    joined = hyphen_joined(name)
    if joined is not None and gazetteer.lookup(joined.text):
        name = joined  # "Mazar-i-Sharif": the parser splits the name at its hyphens
    owned = possessive_joined(name)
    if owned is not None and gazetteer.lookup(owned.text):
        name = owned  # "St. John's" (Newfoundland), not "St. John" (lead17)
    candidates = region_itself(gazetteer, doc, name) or gazetteer.lookup(name.text)
    candidates = seated(name.text, candidates, seat_of, gazetteer.lookup)  # "the White House"
    county = False
    if not candidates and len(name) > 1 and name[-1].lower_ in english().words.settlement_nouns:
        county = name[-1].lower_ == COUNTY
        name = name[:-1]  # "Kandahar province", "Anbar governorate"
        candidates = gazetteer.lookup(name.text)
    if not candidates or _is_lowercase_word(name, candidates):
        return None
    qualifier = region_after(doc, span)
    if qualifier is not None:
        candidates = in_region(gazetteer, candidates, qualifier)  # "Paris, Texas", "London, Ky."
    return PlaceMention(text=name.text, start=name.start_char, end=name.end_char,
                        root=name.root.i, candidates=candidates), county


def _county_in(mention: PlaceMention, countries: Iterable[str]) -> PlaceMention:
    """ "Hamilton County": a county shares its name with towns far away (Hamilton, Ontario).
    Its towns in a country the article names come first; else those of the United States,
    whose counties English news names this way ("Kiambu County" has no US namesake and stays)."""
    named = set(countries)
    inside = tuple(c for c in mention.candidates if c.country in named)
    inside = inside or tuple(c for c in mention.candidates if c.country == COUNTY_COUNTRY)
    return replace(mention, candidates=inside) if inside else mention


def _abbreviated_states(
    gazetteer: Gazetteer, doc: Doc, found: list[PlaceMention]
) -> Iterable[PlaceMention]:
    """US states written as AP abbreviations outside a town's name ("Sen. Graham, R-S.C.",
    "the S.C. Trial Lawyers Association"); after a town ("Columbia, S.C.") they qualify it."""
    taken = {m.start for m in found}
    towns_end = {m.end for m in found}
    for token in _dotted(doc):  # an abbreviation ends with its dot ("S.C.", "R-Tenn.")
        region = abbreviated_state(token)
        if region is None or token.idx in taken:
            continue
        comma = doc[token.i - 1] if token.i > 0 else None
        if comma is not None and comma.text == "," and comma.idx in towns_end:
            continue  # "Columbia, S.C.": the town's mention already reads it
        candidates = state_places(gazetteer, region)
        if candidates:
            yield PlaceMention(text=token.text, start=token.idx, end=token.idx + len(token),
                               root=token.i, candidates=candidates)


def _foreign_namesake(mention: PlaceMention, site: str) -> bool:
    """Whether the name can only be a small town outside the site's country."""
    return all(
        c.precision == "city" and c.country != site and c.population < SMALL_TOWN
        for c in mention.candidates
    )


def _without_foreign_namesakes(
    found: list[tuple[PlaceMention, bool]], dateline: Iterable[PlaceMention], site: str | None
) -> list[tuple[PlaceMention, bool]]:
    """ "the Shankill area" in a Belfast paper: a name the gazetteer knows only as a small town
    abroad, in a country nothing else in the article names, is more likely a local place it
    does not hold (a district, an estate) than a village across the border. ``site`` is the
    paper's country, or the one the article's own names tell (geo.namesakes.story_home)."""
    if site is None:
        return found
    kept = [(m, county) for m, county in found if county or not _foreign_namesake(m, site)]
    named = {c.country for m in (*(m for m, _ in kept), *dateline) for c in m.candidates[:1]}
    return [
        (m, county) for m, county in found
        if county or not _foreign_namesake(m, site) or m.candidates[0].country in named
    ]


def _county_countries(counties: Iterable[PlaceMention]) -> set[str]:
    """ "Henderson County": a county whose towns all lie in one country names that country
    (not its state: the towns that share a county's name lie in many states)."""
    found: set[str] = set()
    for mention in counties:
        if len({c.country for c in mention.candidates}) == 1:
            found.add(mention.candidates[0].country)
    return found


def extract_places(
    gazetteer: Gazetteer, doc: Doc, article: Article, seat_of: SeatOf | None = None
) -> ArticlePlaces:
    """Find every place name in a parsed article and what the article says about its region;
    ``seat_of`` tells the seats of power the actor lexicon knows (geo.seats)."""
    spans = _name_spans(doc)
    found = [m for m in (_mention(gazetteer, doc, span, seat_of) for span in spans) if m]
    found += _hometowns(gazetteer, doc, seat_of)
    found += _dated_countries(gazetteer, doc)
    found += [(m, False) for m in _abbreviated_states(gazetteer, doc, [m for m, _ in found])]
    dateline = _dateline(gazetteer, article)
    site = site_country(article.url)
    home = site or story_home([*(m for m, _ in found), *dateline], SMALL_TOWN)
    found = _without_foreign_namesakes(found, dateline, home)
    found = without_alias_villages(found, dateline)
    countries, divisions = _unambiguous([*(m for m, county in found if not county), *dateline])
    mentions = [m if not county else _county_in(m, countries) for m, county in found]
    mentions = _read_namesakes(mentions, countries, divisions)
    countries |= _county_countries(m for (_, county), m in zip(found, mentions, strict=True)
                                   if county)
    if site is not None:
        countries.add(site)  # "newsletter.co.uk": a paper's own country frames its places
    return ArticlePlaces(mentions=tuple(mentions), countries=frozenset(countries),
                         divisions=frozenset(divisions), dateline=dateline[0] if dateline else None,
                         site=site)


def _score(
    candidate: Candidate, countries: frozenset[str], divisions: frozenset[tuple[str, str]]
) -> float:
    score = math.log10(candidate.population + 1)
    if (candidate.country, candidate.admin1) in divisions:
        score += SAME_ADMIN1
    if candidate.country in countries:
        score += SAME_COUNTRY
    if candidate.primary:
        score += OWN_NAME
    return score


def _state_namesakes(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The first-level divisions of other countries that share a country's name ("Georgia")."""
    first = candidates[0]
    return tuple(c for c in candidates if c.precision == "admin1" and c.country != first.country)


def _towns_states(
    mentions: Iterable[PlaceMention], divisions: Iterable[tuple[str, str]]
) -> set[tuple[str, str | None]]:
    """The divisions the article names outright, or through a town every namesake of which
    lies in one country, taken as its biggest ("Atlanta": Georgia, USA)."""
    found: set[tuple[str, str | None]] = set(divisions)
    for mention in mentions:
        first = mention.candidates[0]
        if first.precision == "city" and len({c.country for c in mention.candidates}) == 1:
            found.add((first.country, first.admin1))
    return found


def _read_namesakes(
    mentions: list[PlaceMention], countries: set[str], divisions: set[tuple[str, str]]
) -> list[PlaceMention]:
    """ "Georgia" beside Atlanta or Savannah is the US state; beside Tbilisi, or alone, the
    country: a division one of whose towns the article names, unless the country of that
    name is named otherwise."""
    evidence = _towns_states(mentions, divisions)
    read = []
    for mention in mentions:
        first = mention.candidates[0]
        states = _state_namesakes(mention.candidates) if first.precision == "country" else ()
        state = next((c for c in states if (c.country, c.admin1) in evidence), None)
        if state is not None and first.country not in countries:
            mention = replace(mention, candidates=(state,))
            countries.add(state.country)
            if state.admin1:
                divisions.add((state.country, state.admin1))
        elif states:
            countries.add(first.country)
        read.append(mention)
    return read


def resolve_place(
    candidates: tuple[Candidate, ...],
    *,
    countries: frozenset[str] = frozenset(),
    divisions: frozenset[tuple[str, str]] = frozenset(),
) -> Candidate | None:
    """Pick the place a name means: a country if it names one, else by context and population."""
    if not candidates:
        return None
    if candidates[0].precision == "country":
        candidates = tuple(c for c in candidates if c.precision == "country")
    elif candidates[0].precision == "admin1":
        candidates = _division_or_city(candidates, countries)
    return max(candidates, key=lambda c: _score(c, countries, divisions))


def _division_or_city(
    candidates: tuple[Candidate, ...], countries: frozenset[str]
) -> tuple[Candidate, ...]:
    """A division's name means the division unless a major city shares it; but the story's own
    country decides first: "Victoria" in an Australian story is the state, in a Canadian one the
    city, whatever the size of Hong Kong's Victoria."""
    states = tuple(c for c in candidates if c.precision == "admin1")
    cities = tuple(c for c in candidates if c.precision == "city")
    major = tuple(c for c in cities if c.population >= MAJOR_CITY)
    if not major or any(c.country in countries for c in major):
        return major or states
    if any(c.country in countries for c in states):
        return states
    local = tuple(
        c for c in cities if c.country in countries and c.primary and c.population >= LOCAL_CITY
    )
    return local or major


def _locative_prep(token: Token) -> Token | None:
    """The locative preposition whose object phrase holds the token ("near the city of Dandong")."""
    current = token
    for _ in range(8):  # deep enough for "near the outskirts of the border city of Dandong"
        if current.dep_ == "pobj":
            prep = current.head
            word = prep.lower_
            if word == "to" and prep.head.lemma_.lower() in english().words.movement_words:
                return prep
            if word in english().words.locative_preps:
                return prep
            if word == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
                current = prep.head
                continue
            # "outside of Basra"
            if word == "of" and prep.head.lower_ in english().words.locative_preps:
                return prep.head
            return None
        if current.dep_ in SAME_PLACE_DEPS and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def clause_head(token: Token) -> Token:
    """The verb (or root) heading the clause the token belongs to; conjoined verbs share one."""
    current = token
    while current.dep_ not in CLAUSE_DEPS and current.head.i != current.i:
        current = current.head
    return current


def _governed(trigger: Token) -> set[int]:
    """The trigger and the parts of it whose locative phrases place the event."""
    parts = [c for c in trigger.children if c.dep_ in TRIGGER_PARTS]
    objects = [o for c in parts if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return {trigger.i} | {t.i for t in (*parts, *objects)}


def _is_place_object(mention: PlaceMention, trigger: Token) -> bool:
    """ "visited Pyongyang", "captured the port city of Kherson": the object is the place."""
    if trigger.lemma_.lower() not in english().words.place_object_verbs:
        return False
    token = trigger.doc[mention.root]
    for _ in range(6):  # "the outskirts of the port city of Kherson"
        if token.dep_ == "dobj":
            return token.head.i == trigger.i
        if token.dep_ in SAME_PLACE_DEPS:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        else:
            return False
    return False


def _owner(mention: PlaceMention, token: Token) -> bool:
    """ "attacked the U.S. embassy": a country's name modifying the object says whose the
    object is, not where it stands."""
    return token.dep_ in MODIFIER_DEPS and mention.candidates[0].precision == "country"


def _same_time(inner: Token, clause: Token) -> bool:
    """ "killed 23 people when they blew themselves up in Tel Aviv": a "when" clause on the
    event's clause tells the same moment, so its place is the event's place."""
    return (
        inner.dep_ == "advcl"
        and clause_head(inner.head) == clause
        and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in english().words.time_markers
            for c in inner.children
        )
    )


def _result_of(clause: Token, outer: Token) -> bool:
    """ "bombed a market in Tel Aviv, killing four people": a bare present participle after
    the clause it hangs on tells what that act did, there and then, so it happened where the
    act did (the participle has no subject, marker or place of its own)."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.i > outer.i
        and clause_head(clause.head) == outer
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in clause.children)
    )


def _choose(places: ArticlePlaces, trigger: Token) -> tuple[PlaceMention, PlaceRule] | None:
    sent = trigger.sent
    governed = _governed(trigger)
    clause = clause_head(trigger)
    best: tuple[int, bool, int, PlaceMention, PlaceRule] | None = None
    rule: PlaceRule
    for mention in places.mentions:
        if not sent.start <= mention.root < sent.end:
            continue
        token = trigger.doc[mention.root]
        prep = _locative_prep(token)
        if (prep is not None and prep.head.i in governed) or (
            _is_place_object(mention, trigger) and not _owner(mention, token)
        ):
            rank, rule = 0, "governing"
        elif prep is not None and clause_head(prep.head) == clause:
            rank, rule = 1, "clause"
        elif prep is not None and (
            _same_time(clause_head(prep.head), clause)
            or _result_of(clause, clause_head(prep.head))
        ):
            rank, rule = 2, "clause"
        else:
            continue
        # "attacked the U.S. base at Bagram": a name modifying the object tells whose it is;
        # a locative phrase on the same object, where it is.
        modifier = prep is None and token.dep_ in MODIFIER_DEPS
        key = (rank, modifier, abs(mention.root - trigger.i))
        if best is None or key < best[:3]:
            best = (*key, mention, rule)
    if best is not None:
        return best[3], best[4]
    if places.dateline is not None:
        return places.dateline, "dateline"
    return None


def locate_event(
    places: ArticlePlaces, trigger: Token, *, actor_countries: Iterable[str | None] = ()
) -> Place | None:
    """The event's place: governing its trigger, else in its clause, else the dateline, or None."""
    chosen = _choose(places, trigger)
    if chosen is None:
        return None
    mention, rule = chosen
    countries = places.countries | {c for c in actor_countries if c}
    place = resolve_place(mention.candidates, countries=countries, divisions=places.divisions)
    if place is None:
        return None
    return Place(
        name=place.name,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
        precision=place.precision,
        rule=rule,
        text=mention.text,
        start=mention.start,
        end=mention.end,
    )
