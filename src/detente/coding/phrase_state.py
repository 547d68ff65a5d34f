"""The state of one actor phrase under resolution: its tokens, matches, entities and article."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from detente.coding.actor_state import ActorMemory
from detente.coding.phrase_acronyms import unread_in_context
from detente.coding.phrase_parts import ENTITY_KINDS, person_sector, role_on
from detente.coding.style_adjectives import style_adjective_starts
from detente.lexicons.actors import (
    KINDS,
    ActorLexicon,
    CountryEntry,
    Match,
    OrganisationEntry,
    PersonEntry,
    Token,
)
from detente.lexicons.english import EnglishWords


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """Where a country or sector came from."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    org: str | None = None
    rule: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # token ranges that decided it
    partial: bool = False


@dataclass(slots=True, kw_only=True)
class PhraseState:
    """One phrase under resolution, with its tokens, matches and the article state."""

    lexicon: ActorLexicon
    text: str
    tokens: tuple[Token, ...]
    matches: tuple[Match, ...]
    date: dt.date | None
    context: str | None
    memory: ActorMemory | None
    words: EnglishWords

    # ------------------------------------------------------------ finding the parts

    def _in(self, a: int, b: int) -> list[Match]:
        return [m for m in self.matches if a <= m.start and m.end <= b]

    def _head_end(self, a: int, b: int) -> int:
        covered = {i for m in self._in(a, b) for i in range(m.start, m.end)}
        for i in range(a + 1, b):
            if self.tokens[i].norm in self.words.boundary and i not in covered:
                before = self.tokens[i - 1].norm
                if self.tokens[i].norm == "to" and before in self.words.counting_to:
                    continue  # "up to 100 Albanians" counts them; it does not qualify "up"
                if self.tokens[i].norm == "than" and before in self.words.counting_than:
                    continue  # recip18: "more than 300 Arnorians" counts them as well
                return i
        return b

    def _entities(self, a: int, b: int) -> list[Match]:
        return [m for m in self._in(a, b) if m.term.kind in ENTITY_KINDS]

    def _entity_in(self, a: int, b: int) -> Found | None:
        """The first-named country, seat, organisation or demonym (people are handled apart)."""
        for m in self._entities(a, b):
            if m.term.kind != "person":
                return self._found_entity(m)
        return None

    def _found_entity(self, m: Match) -> Found:
        entry, span, user = m.term.entry, ((m.start, m.end),), m.term.user
        if isinstance(entry, CountryEntry):
            rule = {
                "country": "country-name",
                "adjective": "demonym",
                "people": "demonym",
                "seat": "seat-of-power",
            }[m.term.kind]
            sector = {"seat": "GOV", "people": "CVL"}.get(m.term.kind)
            return Found(
                country=entry.output,
                sector=sector,
                name=entry.name,
                spans=span,
                rule="user" if user else rule,
                partial=entry.partial,
            )
        assert isinstance(entry, OrganisationEntry)
        # with no date, the body's own sector ("Taliban": REB) over its latest dated role
        undated = self.date is None and entry.sector is not None
        role = None if undated else role_on(entry.roles, self.date)
        return Found(
            country=(role.country if role and role.country else entry.country),
            sector=role.sector if role else entry.sector,
            name=entry.name,
            org=entry.code,
            spans=span,
            rule="user" if user else "org",
        )

    def _found_person(self, person: PersonEntry, span: tuple[int, int], user: bool) -> Found:
        role, sector = person_sector(person, self.date)
        return Found(
            country=role.country,
            sector=sector,
            name=person.name,
            org=role.org,
            spans=(span,),
            rule="user" if user else "person-role",
        )

    # ------------------------------------------------------------ article state

    def _remembered_countries(self) -> list[str]:
        seen: list[str] = []
        for code in self.memory.recent() if self.memory else ():
            if code.country and code.country not in seen:
                seen.append(code.country)
        return seen

    def _context_matches(self) -> tuple[Match, ...]:
        if not self.context:
            return ()
        if self.memory is not None:
            return self.memory.context_matches(self.lexicon, self.context)
        return self.lexicon.scan(self.context, keep=False)[1]

    def _context_countries(self) -> list[str]:
        """Countries of the context, most mentioned first (ties: first mentioned)."""
        counts: Counter[str] = Counter()
        unread = (
            unread_in_context(self.lexicon, self.context, self.memory)
            | style_adjective_starts(self.lexicon, self.context)  # lead18: "Italian grocery"
            if self.context
            else frozenset()
        )
        for m in self._context_matches():
            if m.start in unread:
                continue  # actors12: "Nenagh MDC" in an Irish story lends it no Zimbabwe
            found = (
                self._found_person(m.term.entry, (0, 0), False)
                if m.term.kind == "person"
                else self._found_entity(m)
                if m.term.kind in ENTITY_KINDS
                else None
            )
            if found and found.country and found.country not in KINDS:
                counts[found.country] += 1
        return [c for c, _ in counts.most_common()]

    def _from_places(self) -> Found | None:
        """The home country of the article's places, for a local body named by a name of its
        own ("Mayo County Council", "the city of Dallas") or a local office ("Cllr Cawley"):
        local government is of the country the story is set in, whichever country it names
        most; None when its places make no country its home (actors12)."""
        home = self.memory.home if self.memory is not None else None
        return Found(country=home, rule="context") if home else None

    def _context_people(self) -> list[PersonEntry]:
        return [m.term.entry for m in self._context_matches() if m.term.kind == "person"]

    def _span_text(self, spans: Sequence[tuple[int, int]]) -> str:
        spans = [s for s in spans if s[1] > s[0]]
        if not spans:
            return self.text.strip()
        start = self.tokens[min(s[0] for s in spans)].start
        end = self.tokens[max(s[1] for s in spans) - 1].end
        return self.text[start:end]
