"""What actor resolution returns, and what it remembers of an article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from detente.lexicons.actors import ActorLexicon, Match

# The rule of a remembered plural party that codes no country (ActorMemory.block).
UNCODED_GROUP_RULE = "uncoded-group"
# The rule of a person known only by name, of no country the words give (party_mentions.py).
UNKNOWN_PERSON_RULE = "named-person"
# Rules that code a person by name: the lexicon's people, a title with a name.
PERSON_RULES = frozenset({"person-role", "stated-role"})
# Rules that code a known person named again: by surname alone, or recalled from the article.
RECALLED_RULES = frozenset({"surname", "reference"})
# Rules that code a person the lexicon knows: by name, or by a surname only they bear.
KNOWN_RULES = frozenset({"person-role", "surname", "user"})


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorCode:
    """The codes of one actor and the evidence for them."""

    country: str | None  # ISO3, or IGO/NGO/MNC for organisations
    sector: str | None  # primary PLOVER sector
    name: str | None  # canonical name (country, person, organisation)
    matched: str  # the substring of the input that decided it
    rule: str  # country-name, demonym, seat-of-power, agent, person-role, stated-role, org, ...
    org: str | None = None  # specific organisation code (UNO, NATO, EUR, IAEA ...)
    other_sectors: tuple[str, ...] = ()
    blocks: bool = False  # a remembered plural party of no country (ActorMemory.block)


class ActorMemory:
    """Actors seen so far in one article, for later references ("the ministry", "Kim", "they")."""

    __slots__ = (
        "_centre", "_codes", "_contexts", "_group", "_introduced", "_marks", "_sentence", "_users",
        "home", "places", "press",
    )

    def __init__(
        self, places: frozenset[str] = frozenset(), home: str | None = None,
        press: str | None = None,
    ) -> None:
        # actors12: the countries of the article's places (an acronym's country may be one),
        # and the country its places make its home (its local bodies' and councillors')
        self.places = places
        self.home = home
        # actors21: the paper's own country, by its site or dateline (its "the Government")
        self.press = press
        self._users: list[ActorCode] = []  # actors of acts of force, in the article's order
        self._codes: list[ActorCode] = []
        # per code: its sentence, whether its subject, whether a party to an event
        self._marks: list[tuple[int, bool, bool]] = []
        self._sentence = 0
        self._contexts: dict[str, tuple[Match, ...]] = {}  # scans of context texts
        # actors13: the states a sentence's subject named together, with that sentence's index
        self._group: tuple[int, tuple[ActorCode, ...]] = (-1, ())
        # claims20: the coded party a sentence's plural subject named, with that sentence's index
        self._centre: tuple[int, tuple[ActorCode, ...]] = (-1, ())
        # actors14: parties introduced by a subject or a name, for a repeated noun ("the boxer")
        self._introduced: list[ActorCode] = []

    def remember(self, code: ActorCode, *, subject: bool = False, party: bool = False) -> None:
        """Add an actor the article has just named (``subject``: as its sentence's subject;
        ``party``: as a party to an event, not only a name in the sentence)."""
        if code.country or code.name:
            self._codes.append(code)
            self._marks.append((self._sentence, subject, party))
            if subject or is_person(code):
                self.introduce(code)

    def block(self, code: ActorCode) -> None:
        """Note a plural party the article named but could not place in a country ("Twenty
        countries", "Villagers"): a later "they" stands for it, as far as it is coded, not for a
        party named before it."""
        self._codes.append(replace(code, country=None, name=None, org=None, blocks=True))
        self._marks.append((self._sentence, False, False))

    def block_person(self, name: str) -> None:
        """mainev15: note a person the article named as a sentence's subject but could not
        place ("Tarmo Vask said …"): a later "he"/"she" stands for them, as far as they are
        coded, not for a person named before them."""
        # no name: a later mention of it is read by its own words, not recalled from here
        code = ActorCode(country=None, sector=None, name=None, matched=name,
                         rule=UNKNOWN_PERSON_RULE, blocks=True)  # fmt: skip
        self._codes.append(code)
        self._marks.append((self._sentence, True, False))

    def note_group(self, codes: tuple[ActorCode, ...]) -> None:
        """Note the states the current sentence's subject named together (actors13: "France
        and Germany condemned …"), for a "they" or "the countries" after it."""
        if codes:
            self._group = (self._sentence, codes)

    def group(self) -> tuple[ActorCode, ...]:
        """The states the subject of the latest sentence naming any party named together;
        empty when that sentence's subject was no such group."""
        sentence, codes = self._group
        latest = self._marks[-1][0] if self._marks else -1
        return codes if sentence >= latest else ()

    def note_plural_subject(self, codes: tuple[ActorCode, ...]) -> None:
        """Note the party the current sentence's plural subject named ("Orcish fighters
        attacked a patrol"), for a "they" after it (claims20)."""
        if codes:
            self._centre = (self._sentence, codes)

    def plural_subject(self) -> tuple[ActorCode, ...]:
        """The party the plural subject of the latest sentence naming any party named; empty
        when that sentence's subject was no such party."""
        sentence, codes = self._centre
        latest = self._marks[-1][0] if self._marks else -1
        return codes if sentence >= latest else ()

    def close_sentence(self) -> None:
        """End the sentence whose actors were just remembered."""
        self._sentence += 1

    def party_countries(self) -> list[str]:
        """Countries of the parties to the article's events, most recent first: "the two
        sides" after "Israel and Hamas agreed to a truce in Cairo" are not Egypt."""
        seen: list[str] = []
        for code, (_, _, party) in zip(reversed(self._codes), reversed(self._marks), strict=True):
            if party and code.country and code.country not in seen:
                seen.append(code.country)
        return seen

    def known_person(self, code: ActorCode) -> bool:
        """Whether a code is a person the lexicon knows, by name or surname, or one recalled
        from such a mention ("Mr Arafat" after "Yasser Arafat"); an unknown name under a title
        ("Governor John Hoeven") took its country from a guess."""
        if not is_person(code, recalled=True) or code.rule not in KNOWN_RULES | {"reference"}:
            return False
        return code.rule in KNOWN_RULES or any(
            c.name == code.name and c.rule in KNOWN_RULES for c in self._codes
        )

    def subject_person(self) -> ActorCode | None:
        """ "Sharon said Arafat must stop the attacks. He accused …": of the people the lexicon
        knows that the latest sentence naming any names, the one that was its subject, which a
        following "he"/"she" continues (the subject is the sentence's centre); None if none
        was, or if a person named after them as a subject is one no word places (mainev15:
        block_person). Unknown names ("Mayor Jesse Freelen") are left to the rules before."""
        latest: int | None = None
        marks = reversed(self._marks)
        for code, (sentence, subject, _) in zip(reversed(self._codes), marks, strict=True):
            if latest is not None and sentence != latest:
                break
            if latest is None and subject and stops_person(code):
                return None  # mainev15: the latest subject is a person of no known country
            if code.blocks or not self.known_person(code):
                continue
            latest = sentence
            if subject:
                return code
        return None

    def note_force(self, code: ActorCode) -> None:
        """Note the actor of an act of force the article has just told (actors12)."""
        if code.country:
            self._users.append(code)

    def force_user(self) -> ActorCode | None:
        """Who used force last in the article, whose "the warplanes" are (actors12)."""
        return self._users[-1] if self._users else None

    def recent(self) -> Iterator[ActorCode]:
        """The remembered actors, most recent first."""
        return reversed(self._codes)

    def introduce(self, code: ActorCode) -> None:
        """Note a party a sentence introduced as its subject or a person by name, ``matched``
        its whole phrase ("A Gondorian boxer"), for a later "the boxer" (actors14)."""
        self._introduced.append(code)

    def introduced(self) -> Iterator[ActorCode]:
        """The parties introduced so far, most recent first."""
        return reversed(self._introduced)

    def context_matches(self, lexicon: ActorLexicon, context: str) -> tuple[Match, ...]:
        """Names found in a context text, scanned once per article and context."""
        if context not in self._contexts:
            if len(self._contexts) > 8:  # contexts grow sentence by sentence; keep the latest
                self._contexts.clear()
            self._contexts[context] = lexicon.scan(context, keep=False)[1]
        return self._contexts[context]


def stops_person(code: ActorCode) -> bool:
    """Whether a remembered code is a person named but not placed (mainev15): a "he" or "she"
    after them is no person named before them."""
    return code.rule == UNKNOWN_PERSON_RULE


def is_person(code: ActorCode, *, recalled: bool = False) -> bool:
    """Whether a remembered actor is a person by name (not a body, state or group); with
    ``recalled``, also one the article recalled by surname ("Mr Arafat")."""
    if code.name is None:
        return False
    if code.rule in PERSON_RULES:
        return True
    # a user's own entry for a person, or one recalled: bodies carry an org, states no sector
    named = code.org is None and code.sector is not None
    return named and (code.rule == "user" or (recalled and code.rule in RECALLED_RULES))


def describe(code: ActorCode) -> dict[str, str | None]:
    """The JSON view of a code: country, sector, name, matched text and rule."""
    return {
        "country": code.country,
        "sector": code.sector,
        "name": code.name,
        "matched": code.matched,
        "rule": code.rule,
    }
