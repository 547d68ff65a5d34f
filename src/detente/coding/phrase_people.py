"""Person and title resolution of an actor phrase: known people, surnames, unknown names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from detente.coding.phrase_offices import military_rank
from detente.coding.phrase_parts import given_name_fits, leads, role_on, title_fits
from detente.coding.phrase_roles import local_place
from detente.coding.phrase_state import Found, PhraseState
from detente.coding.spelt_names import spelt_alike
from detente.lexicons.actors import (
    AgentGroup,
    Match,
    PersonEntry,
    RoleEntry,
    surname_keys,
    tokenise,
)
from detente.lexicons.english import english

# Words a surname may have on its own: "Kim", "El Abdi", "bin Salman" (particle and name).
SURNAME_WORDS = 2
# Sectors of posts held by military rank: armed forces, and armed groups' commanders.
RANKED_SECTORS = frozenset({"MIL", "REB"})


def _calls(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``words`` call a person of this full name: one word of it ("Kim" for Kim Jong
    Un), or its last words ("El Abdi" for Rachid El Abdi), never the whole name again."""
    if len(words) == 1:
        return words[0] in name
    return len(name) > len(words) and name[-len(words) :] == words


class PhrasePeople(PhraseState):
    """The people a phrase names, by full name, by surname under a title, or by memory."""

    __slots__ = ()

    def _person_in(self, a: int, b: int) -> Found | None:
        """A known person: by full name, or by surname after a stated title ("President Bush")."""
        for m in self._in(a, b):
            if m.term.kind == "person":
                return self._found_person(m.term.entry, (m.start, m.end), m.term.user)
        run = self._name_run(a, b)
        if run is None:
            return None
        if run[1] - run[0] > 1 and self.tokens[run[0]].norm in self.words.honorifics:
            run = (run[0] + 1, run[1])  # "Mr Obama", "Mrs May": the surname is the name
        before = next((m for m in self.matches if m.end == run[0]), None)
        words = tuple(t.norm for t in self.tokens[run[0] : run[1]])
        if before is not None and before.term.kind in {"agent", "country", "adjective"}:
            # "President Bush", "Russia's Putin": a title or a country vouches for a surname.
            country = None if before.term.kind == "agent" else before.term.entry.output
            for key in (words[-2:], words[-1:]):
                # "Secretary Napolitano" after "Janet Napolitano": the article's own bearer
                # of the surname first, then anyone in the lexicon who bears it
                bearers = self._named_in_article(key) or self.lexicon.surnames.get(key, ())
                people = [
                    p
                    for p in bearers
                    if (country is None or any(r.country == country for r in p.roles))
                    and given_name_fits(p, words, key)
                    and (self._title_fits(p, before) or self._rank_fits(p, before))
                ]
                if people:
                    person = self._pick(people, a, b)
                    return self._found_person(person, run, id(person) in self.lexicon.user_entries)
            if before.term.kind == "agent":
                # actors17: "Foreign Minister Dmytro Kouleba": a known holder spelt another way
                alike = spelt_alike(
                    self.lexicon.surnames, words, lambda p: self._holds_titled(p, before),
                    self.lexicon.skeletons,
                )
                if alike is not None:
                    return self._found_person(alike, run, id(alike) in self.lexicon.user_entries)
        recalled = self._recalled(words, run) if len(words) <= SURNAME_WORDS else None
        return recalled or (self._leader(words, run) if before is None else None)

    def _named_in_article(self, key: tuple[str, ...]) -> list[PersonEntry]:
        """Known people the article names in full whose surname is ``key``, or, for a title
        before one name, one of whose names it is ("Crown Prince Mohammed" after "Mohammed bin
        Salman": royals and many Arab leaders are titled by a given name)."""
        return [
            p
            for p in self._context_people()
            if key in set(surname_keys(p))
            or (len(key) == 1 and key[0] in {t.norm for t in tokenise(p.name)})
        ]

    def _title_fits(self, person: PersonEntry, before: Match) -> bool:
        """Whether the word before a surname, when a title, names an office the person held."""
        group = before.term.entry
        if not isinstance(group, AgentGroup):
            return True  # "Russia's Putin": a country vouches by the person's roles
        title = [t.norm for t in self.tokens[before.start : before.end]]
        return title_fits(person, title, group, self._names_office)

    def _holds_titled(self, person: PersonEntry, before: Match) -> bool:
        """Whether the person held an office the title before the name names (not a generic
        or status word: "leader", "former"), in office on the phrase's date when it has one."""
        group = before.term.entry
        if not isinstance(group, AgentGroup) or group.rank in ("generic", "status"):
            return False
        if self.date is not None and not any(r.holds_on(self.date) for r in person.roles):
            return False
        return self._title_fits(person, before)

    def _rank_fits(self, person: PersonEntry, before: Match) -> bool:
        """ "General Zinni" as an envoy, "General Dostum" as vice president: a military rank is
        kept beyond any office, so it fits a bearer who held a military post, whatever the
        title of the office held on the date."""
        if not military_rank(self.tokens, before.start, before.end, english().senses):
            return False
        return any(r.sector in RANKED_SECTORS for r in person.roles)

    def _names_office(self, title: str) -> bool:
        """Whether a role's title opens with one of our office titles ("Prime Minister",
        "Chancellor of the Exchequer"; not "Chief of Army Staff", a post held by rank): only
        then must a title in the text share its words."""
        _, matches = self.lexicon.scan(title)
        return any(
            m.start == 0 and isinstance(m.term.entry, AgentGroup) and m.term.entry.rank == "head"
            for m in matches
        )

    def _leader(self, words: tuple[str, ...], run: tuple[int, int]) -> Found | None:
        """ "Maduro closed the border": news names heads of state and government by surname
        alone (PETRARCH lists "+PUTIN_", "+ERDOGAN_"). Only a surname borne by people of one
        country, nobody's given name ("Henry said" is anyone), of a leader in office on the
        date (any leader, undated)."""
        for key in (words[-2:], words[-1:]):
            if len(key) == 1 and key[0] in self.lexicon.given_names:
                continue
            bearers = self.lexicon.surnames.get(key, ())
            people = [p for p in bearers if given_name_fits(p, words, key)]
            if len({r.country for p in people for r in p.roles}) != 1:
                continue
            leaders = [p for p in people if any(self._leads_on(r) for r in p.roles)]
            if leaders:
                person = self._pick(leaders, *run)
                found = self._found_person(person, run, id(person) in self.lexicon.user_entries)
                return found if found.rule == "user" else replace(found, rule="surname")
        return None

    def _leads_on(self, role: RoleEntry) -> bool:
        """Whether a role heads a state or government on the phrase's date (ever, undated)."""
        held = self.date is None or role.holds_on(self.date)
        return held and leads(role.title, self.words)

    def _pick(self, people: Sequence[PersonEntry], a: int, b: int) -> PersonEntry:
        """Among people sharing a surname, the one the stated title and date fit best."""
        titles = {
            self.tokens[i].norm
            for m in self._in(a, b)
            if m.term.kind == "agent"
            for i in range(m.start, m.end)
        }
        stated = self._entity_in(a, b)

        def fit(person: PersonEntry) -> tuple[int, int, int, dt.date]:
            role = role_on(person.roles, self.date)
            named = any(w in titles for w in (role.title.lower().split() if role else ()))
            same = bool(stated and role and role.country == stated.country)
            last = max(r.end or dt.date.max for r in person.roles)
            return (role is not None, same, named, last)

        return max(people, key=fit)

    def _recalled(self, words: tuple[str, ...], run: tuple[int, int]) -> Found | None:
        """A surname alone ("Kim", "El Abdi") is someone the article named before."""
        if self.memory is not None:
            for code in self.memory.recent():
                if code.name and _calls(words, tuple(t.norm for t in tokenise(code.name))):
                    return Found(
                        country=code.country,
                        sector=code.sector,
                        name=code.name,
                        org=code.org,
                        spans=(run,),
                        rule="reference",
                    )
        for person in self._context_people():
            if words in set(surname_keys(person)):
                found = self._found_person(person, run, False)
                return replace(found, rule="reference")
        return None

    def _name_run(self, a: int, b: int) -> tuple[int, int] | None:
        """The last run of capitalised words that no lexicon entry claims."""
        covered = {i for m in self._in(a, b) for i in range(m.start, m.end)}
        run: tuple[int, int] | None = None
        i = a
        while i < b:
            if self._name_word(i, covered):
                j = i + 1
                while j < b and (
                    self._name_word(j, covered)
                    or (
                        self.tokens[j].norm in self.words.name_particles
                        and j + 1 < b
                        and self._name_word(j + 1, covered)
                    )
                ):
                    j += 1
                starts = {m.start for m in self.matches}
                if j >= b or j not in starts:  # "Medical School": a word that a noun follows
                    run = (i, j)
                i = j
            else:
                i += 1
        return run

    def _name_word(self, i: int, covered: set[int]) -> bool:
        token = self.tokens[i]
        return (
            i not in covered
            and token.case != "lower"
            and token.norm not in self.words.all_determiners
            and token.norm not in self.words.boundary
            and token.norm not in self.words.conjunctions
            and token.norm.isalpha()
        )

    def _unknown_name(self, a: int, b: int) -> Found | None:
        run = self._name_run(a, b)
        if run is None:
            return None
        return Found(name=self._span_text([run]), spans=(run,))

    def _surname_owner(self, a: int, h: int) -> Found | None:
        """ "the Bush administration", "the Netanyahu government": the country of the people
        the surname names, when they all held office in one country."""
        head = next((m for m in self._in(a, h) if m.term.kind == "agent"), None)
        if head is None or local_place(self.tokens, ((head.start, head.end),)):
            return None  # "Douglas County", "Jackson City": places named after people
        covered = {i for m in self._in(a, h) for i in range(m.start, m.end)}
        start = head.start
        while start > a and self._name_word(start - 1, covered):
            start -= 1
        if start == head.start:
            return None
        run = (start, head.start)
        words = tuple(t.norm for t in self.tokens[start : head.start])
        for key in (words[-2:], words[-1:]):
            people = self.lexicon.surnames.get(key, ())
            countries = {r.country for p in people for r in p.roles if leads(r.title, self.words)}
            if len(countries) == 1:
                return Found(country=countries.pop(), spans=(run,), rule="surname")
        return None
