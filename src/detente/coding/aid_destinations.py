"""Aid sent from abroad to a stricken country: "Malaysia has decided to contribute US$1 million
for relief efforts", "Oxfam has sent specialists to set up sanitation" in a story of floods in
Pakistan or of cholera in Haiti.

PLOVER's AID needs a party that receives it, and world news often leaves it unnamed: the aid
goes where the story is. An aid act (CAMEO 07, or a pledge of it, 033) told as done or for the
future, with no recipient in its words, by a party read from its own name (a state, its
officials, an international body, an aid agency; not a firm, a private person, refugees or a
bare role taken from context) of another country than the story's, is given to the country
where it is delivered: the place the sentence names, or else the article's home.
Aid only allowed, asked or meant ("allow aid workers to deliver aid") is given by no one yet.
An actor of that country itself gives nothing from abroad ("the Kenyan government allocated
KSh38 million": its own budget), and a donor's country never receives its own aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.syntax import is_to_infinitive
from detente.geo.locate import ArticlePlaces, PlaceMention, resolve_place
from detente.lexicons.english import english
from detente.records import ActorMention, ActorRule, Modality, Place

# Aid given or pledged ("will provide supplies"); planned, hoped or denied aid names no one.
GIVEN_MODALITIES: frozenset[Modality] = frozenset({"asserted", "future"})


def _donors(actor: tuple[ActorMention, ...]) -> set[str] | None:
    """The donors' countries, when every actor is read from its own words as a giver of aid
    from abroad: a state, its officials, an international body or an aid agency; not a firm, a
    private person, refugees or criminals."""
    senses = english().senses
    if not actor:
        return None
    for m in actor:
        if m.country is None or m.rule not in senses.donor_rules:
            return None
        if m.sector in senses.private_donor_sectors:
            return None
    return {m.country for m in actor if m.country is not None}


def _only_meant(trigger: Token) -> bool:
    """Aid named by an infinitive is what someone allows, asks or means to give ("allow aid
    workers to deliver aid"), unless the infinitive is what a donor decided or went on to do
    ("has decided to contribute US$1 million", "continues to provide relief")."""
    if not is_to_infinitive(trigger):
        return False
    deciding = english().senses.aid_deciding_verbs
    return not (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in deciding)


def _destination(location: Place | None, ctx: ArticleState) -> tuple[str, Place | None] | None:
    """The country the aid goes to: the sentence's own place, or else the article's home."""
    places = ctx.places
    named = location is not None and places is not None and location.country in places.countries
    if location is not None and named and location.rule != "dateline":
        return location.country, location
    home = ctx.home
    return (home, None) if home is not None else None


def _named_in_sentence(
    country: str, trigger: Token, places: ArticlePlaces | None
) -> PlaceMention | None:
    """A place of that country the trigger's sentence names ("saved lives in Haiti"), to stand
    for the country in the event's words; None when the sentence names none."""
    if places is None:
        return None
    sent = trigger.sent
    for mention in places.mentions:
        if mention.start is None or not sent.start_char <= mention.start < sent.end_char:
            continue
        found = resolve_place(mention.candidates, countries=places.countries,
                              divisions=places.divisions)  # fmt: skip
        if found is not None and found.country == country:
            return mention
    return None


def _words(
    country: str, place: Place | None, trigger: Token, places: ArticlePlaces | None
) -> tuple[str, int, int, ActorRule]:
    """The words that stand for the receiving country: the event's place, a place of that
    country in the sentence, or else the act's own word (the article's home)."""
    if place is not None and place.start is not None and place.end is not None and place.text:
        return place.text, place.start, place.end, "place"
    named = _named_in_sentence(country, trigger, places)
    if named is not None and named.start is not None and named.end is not None:
        return named.text, named.start, named.end, "place"
    return trigger.text, trigger.idx, trigger.idx + len(trigger), "places"


def aid_destination(
    cameo: str,
    trigger: Token,
    actor: tuple[ActorMention, ...],
    location: Place | None,
    ctx: ArticleState,
    modality: Modality,
) -> tuple[ActorMention, ...]:
    """The stricken country as the recipient of aid from abroad that names none (no sector)."""
    aid = any(cameo.startswith(code) for code in english().senses.aid_codes)
    if not aid or modality not in GIVEN_MODALITIES or _only_meant(trigger):
        return ()
    donors = _donors(actor)
    found = _destination(location, ctx) if donors else None
    if donors is None or found is None:
        return ()
    country, place = found
    kinds = english().codes.org_kinds
    if country in donors or country in kinds or len(country) != 3:
        return ()  # its own budget, or no state to receive it
    text, start, end, rule = _words(country, place, trigger, ctx.places)
    mention = ActorMention(text=text, start=start, end=end, country=country, sector=None,
                           rule=rule)  # fmt: skip
    return (mention,)
