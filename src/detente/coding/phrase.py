"""Resolution of one actor phrase: its head, sector, country, person and references."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.phrase_parts import (
    ENTITY_KINDS,
    abstract_head,
    given_name_fits,
    leads,
    person_sector,
    refers,
    role_on,
    split_at,
    title_fits,
)
from detente.lexicons.actors import (
    KINDS,
    ActorLexicon,
    AgentGroup,
    CountryEntry,
    Match,
    OrganisationEntry,
    PersonEntry,
    RoleEntry,
    Token,
    surname_keys,
    tokenise,
)
from detente.lexicons.english import EnglishWords, english


@dataclass(frozen=True, slots=True, kw_only=True)
class _Found:
    """Where a country or sector came from."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    org: str | None = None
    rule: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # token ranges that decided it
    partial: bool = False


@dataclass(slots=True, kw_only=True)
class Phrase:
    """One phrase under resolution, with its tokens, matches and the article state."""

    lexicon: ActorLexicon
    text: str
    tokens: tuple[Token, ...]
    matches: tuple[Match, ...]
    date: dt.date | None
    context: str | None
    memory: ActorMemory | None
    words: EnglishWords

    # ------------------------------------------------------------ references

    def pair(self) -> list[ActorCode]:
        """ "both sides", "the two countries": the last two distinct countries of the article."""
        ref = next((m for m in self.matches if refers(m) == "pair"), None)
        if ref is None:
            return []
        countries = [c for c in self._remembered_countries() if c]
        if len(countries) < 2:
            countries += [c for c in self._context_countries() if c not in countries]
        if len(countries) < 2:
            return []
        head = self._sector_in(0, self._head_end(0, len(self.tokens)), skip=(ref,))
        sector = ref.term.entry.sector or head.sector
        matched = self._span_text([(0, len(self.tokens))])
        return [
            ActorCode(country=c, sector=sector, name=None, matched=matched, rule="reference")
            for c in countries[:2]
        ]

    def pronoun(self) -> list[ActorCode]:
        """A bare pronoun ("they", "its") is the most recent fitting actor."""
        content = [m for m in self.matches if not refers(m)]
        # "the country", "his country" are the whole phrase; "sellers across the country" not
        country = [m for m in self.matches
                   if self._country_ref(m) and m.start <= 1 and m.end == len(self.tokens)]
        refs = [m for m in self.matches if refers(m) in {"person", "thing", "any"}] + country
        if content or not refs:
            return []
        if country:  # the state itself
            found = self._country_referent()
            if found is None or found.country is None:
                return []
            matched = self._span_text([(0, len(self.tokens))])
            return [ActorCode(country=found.country, sector=None, name=None, matched=matched,
                              rule=found.rule)]  # fmt: skip
        code = self._antecedent(refers(refs[0]))
        if code is None:
            return []
        return [
            replace(code, matched=self._span_text([(refs[0].start, refs[0].end)]), rule="reference")
        ]

    def _antecedent(self, want: str | None) -> ActorCode | None:
        """The most recent remembered actor a pronoun can stand for."""
        for code in self.memory.recent() if self.memory else ():
            is_person = code.rule in {"person-role", "stated-role"} and code.name is not None
            if want == "any" or (want == "person") == is_person:
                return code
        return None

    def cannot_act(self) -> bool:
        """ "Its main purpose", "the news", "the rejection of X's offer": an abstract head noun
        with no name before it is no actor; a pronoun or the article's memory cannot make it one."""
        end = self._head_end(0, len(self.tokens))
        if not abstract_head(self.tokens, self.matches, end, self.words):
            return False
        return not self._entities(0, end) and self._person_in(0, end) is None

    # ------------------------------------------------------------ the phrase proper

    def resolve(self) -> list[ActorCode]:
        """Split on apposition and conjunctions, then code each part."""
        segments = split_at(self.tokens, self.matches, self.words.apposition_separators)
        if len(segments) == 2:
            merged = self._apposition(*segments)
            if merged:
                return merged
        n = len(self.tokens)
        end = self._head_end(0, n)
        conjuncts = split_at(self.tokens, self.matches, self.words.conjunctions, 0, end)
        if self._several(conjuncts):
            return self._compound(conjuncts)
        tail = next(iter(self._tail_segments(end, n)), None)
        if tail and not self._entities(0, end):  # "leaders of Russia and China"
            parts = split_at(self.tokens, self.matches, self.words.conjunctions, *tail)
            shared = self._sector_in(0, end)
            if self._several(parts):
                share = shared if shared.sector else None
                return [c for a, b in parts if (c := self._code(a, b, shared=share))]
        code = self._code(0, n)
        return [code] if code else []

    def _several(self, parts: list[tuple[int, int]]) -> bool:
        # "Trump and Putin": people known by surname alone are entities as much as names are
        return sum(1 for a, b in parts if self._entities(a, b) or self._person_in(a, b)) > 1

    def _apposition(self, first: tuple[int, int], second: tuple[int, int]) -> list[ActorCode]:
        """ "Ri Gil Song, deputy foreign minister": a bare name and a stated role."""
        for name_part, role_part in ((first, second), (second, first)):
            has_role = self._sector_in(*role_part).sector is not None
            name_only = not any(m.term.kind == "agent" for m in self._in(*name_part))
            named = self._person_in(*name_part) or self._unknown_name(*name_part)
            if has_role and name_only and named:
                code = self._code(*role_part, name_part=name_part)
                return [code] if code else []
        return []

    def _compound(self, conjuncts: list[tuple[int, int]]) -> list[ActorCode]:
        """ "Senior Hungarian and Romanian officials" → one code per country, shared head noun."""
        codes: list[ActorCode] = []
        shared = self._sector_in(*conjuncts[-1])
        previous: ActorCode | None = None
        for a, b in conjuncts:
            last = (a, b) == conjuncts[-1]
            share = None if last or shared.sector is None else shared
            code = self._code(a, len(self.tokens) if last else b, shared=share)
            if code and code.country is None and previous is not None:
                code = replace(code, country=previous.country)
            if code:
                codes.append(code)
                previous = code
        return codes

    def _code(
        self,
        a: int,
        b: int,
        *,
        shared: _Found | None = None,
        name_part: tuple[int, int] | None = None,
    ) -> ActorCode | None:
        """Code tokens [a, b): head country and sector, falling back on tail, memory, context."""
        h = self._head_end(a, b)
        person = self._person_in(*(name_part or (a, h)))
        name = person or self._unknown_name(*(name_part or (a, h)))
        stated = self._sector_in(a, h)
        if stated.sector is None and shared is not None:
            stated = shared
        entity = self._entity_in(a, h)
        where = entity or person or self._tail_entity(h, b) or self._kind_of(a, h)
        if where is None:
            where = self._referent(a, h, stated)
        sector = self._choose_sector(stated, entity, person, a, h, b)
        if where is None and sector.sector is None and person is None:
            return None  # an unknown capitalised word alone is not evidence of an actor
        own = () if sector is shared else sector.spans  # a shared head noun is not this part's
        spans = (*(where.spans if where else ()), *own, *(name.spans if name else ()))
        others = tuple(
            dict.fromkeys(
                s
                for s in (*self._all_sectors(a, h), *(["PRE"] if where and where.partial else []))
                if s and s != sector.sector
            )
        )
        return ActorCode(
            country=where.country if where else None,
            sector=sector.sector or ("PRE" if where and where.partial else None),
            name=_name(
                name,
                where,
                shared is not None or any(m.term.kind == "agent" for m in self._in(a, h)),
            ),
            matched=self._span_text(spans) if spans else self.text.strip(),
            rule=_rule(where, sector, person, name, self),
            org=where.org if where else None,
            other_sectors=others,
        )

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
                return i
        return b

    def _entities(self, a: int, b: int) -> list[Match]:
        return [m for m in self._in(a, b) if m.term.kind in ENTITY_KINDS]

    def _entity_in(self, a: int, b: int) -> _Found | None:
        """The first-named country, seat, organisation or demonym (people are handled apart)."""
        for m in self._entities(a, b):
            if m.term.kind != "person":
                return self._found_entity(m)
        return None

    def _found_entity(self, m: Match) -> _Found:
        entry, span, user = m.term.entry, ((m.start, m.end),), m.term.user
        if isinstance(entry, CountryEntry):
            rule = {
                "country": "country-name",
                "adjective": "demonym",
                "people": "demonym",
                "seat": "seat-of-power",
            }[m.term.kind]
            sector = {"seat": "GOV", "people": "CVL"}.get(m.term.kind)
            return _Found(
                country=entry.output,
                sector=sector,
                name=entry.name,
                spans=span,
                rule="user" if user else rule,
                partial=entry.partial,
            )
        assert isinstance(entry, OrganisationEntry)
        role = role_on(entry.roles, self.date)
        return _Found(
            country=(role.country if role and role.country else entry.country),
            sector=role.sector if role else entry.sector,
            name=entry.name,
            org=entry.code,
            spans=span,
            rule="user" if user else "org",
        )

    def _person_in(self, a: int, b: int) -> _Found | None:
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
                people = [
                    p
                    for p in self.lexicon.surnames.get(key, ())
                    if (country is None or any(r.country == country for r in p.roles))
                    and given_name_fits(p, words, key)
                    and self._title_fits(p, before)
                ]
                if people:
                    person = self._pick(people, a, b)
                    return self._found_person(person, run, id(person) in self.lexicon.user_entries)
        recalled = self._recalled(words, run) if len(words) == 1 else None
        return recalled or (self._leader(words, run) if before is None else None)

    def _title_fits(self, person: PersonEntry, before: Match) -> bool:
        """Whether the word before a surname, when a title, names an office the person held."""
        group = before.term.entry
        if not isinstance(group, AgentGroup):
            return True  # "Russia's Putin": a country vouches by the person's roles
        title = [t.norm for t in self.tokens[before.start : before.end]]
        return title_fits(person, title, group, self._names_office)

    def _names_office(self, title: str) -> bool:
        """Whether a role's title opens with one of our office titles ("Prime Minister",
        "Chancellor of the Exchequer"; not "Chief of Army Staff", a post held by rank): only
        then must a title in the text share its words."""
        _, matches = self.lexicon.scan(title)
        return any(
            m.start == 0 and isinstance(m.term.entry, AgentGroup) and m.term.entry.rank == "head"
            for m in matches
        )

    def _leader(self, words: tuple[str, ...], run: tuple[int, int]) -> _Found | None:
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

    def _found_person(self, person: PersonEntry, span: tuple[int, int], user: bool) -> _Found:
        role, sector = person_sector(person, self.date)
        return _Found(
            country=role.country,
            sector=sector,
            name=person.name,
            org=role.org,
            spans=(span,),
            rule="user" if user else "person-role",
        )

    def _recalled(self, words: tuple[str, ...], run: tuple[int, int]) -> _Found | None:
        """A surname alone ("Kim") is someone the article named before."""
        if self.memory is not None:
            for code in self.memory.recent():
                if code.name and set(words) <= {t.norm for t in tokenise(code.name)}:
                    return _Found(
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

    def _unknown_name(self, a: int, b: int) -> _Found | None:
        run = self._name_run(a, b)
        if run is None:
            return None
        return _Found(name=self._span_text([run]), spans=(run,))

    def _tail_segments(self, h: int, b: int) -> Iterator[tuple[int, int]]:
        """Qualifying phrases after the head that can name the actor's country."""
        i = h
        while i < b:
            j = self._head_end(i, b)
            leaning = i > 0 and self.tokens[i - 1].norm in self.words.leaning
            if self.tokens[i].norm not in self.words.foreign or leaning:
                yield i, j
            i = j

    def _tail_entity(self, h: int, b: int) -> _Found | None:
        """A country in a qualifying phrase ("refugees fleeing the war in Liberia")."""
        for i, j in self._tail_segments(h, b):
            found = self._entity_in(i, j) or self._person_in(i, j)
            if found:
                return found
        return None

    def _kind_of(self, a: int, b: int) -> _Found | None:
        for m in self._in(a, b):
            if isinstance(m.term.entry, AgentGroup) and m.term.entry.kind:
                return _Found(country=m.term.entry.kind, spans=((m.start, m.end),), rule="agent")
        return None

    def _referent(self, a: int, h: int, stated: _Found) -> _Found | None:
        """No country: "the ministry" looks back in the article, a bare role at the context."""
        refs = [m for m in self._in(a, h) if refers(m) not in (None, "country")]
        if stated.sector and any(self._country_ref(m) for m in self._in(a, h)):
            return self._country_referent()  # "the country's army"; not "suppliers across it"
        if refs:  # "its ministry", "their leaders": the pronoun's antecedent
            code = self._antecedent(refers(refs[0]))
            if code is None:  # "his government" named before him, at the article's start
                return self._from_context() if self._organ_of_state(stated.sector) else None
            return _Found(country=code.country, org=code.org, rule="reference")
        if stated.sector is None:
            return None
        owner = self._surname_owner(a, h)
        if owner is not None:
            return owner
        if self.tokens[a].norm in self.words.definite:
            return self._from_memory(stated.sector) or self._from_context()
        return self._from_context() or self._from_memory(stated.sector)

    def _surname_owner(self, a: int, h: int) -> _Found | None:
        """ "the Bush administration", "the Netanyahu government": the country of the people
        the surname names, when they all held office in one country."""
        head = next((m for m in self._in(a, h) if m.term.kind == "agent"), None)
        if head is None:
            return None
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
                return _Found(country=countries.pop(), spans=(run,), rule="surname")
        return None

    def _from_memory(self, sector: str | None) -> _Found | None:
        """The latest remembered actor with a country, preferring one of the same sector."""
        codes = [c for c in self.memory.recent() if c.country] if self.memory else []
        best = next((c for c in codes if c.sector == sector), codes[0] if codes else None)
        return _Found(country=best.country, org=best.org, rule="reference") if best else None

    def _organ_of_state(self, sector: str | None) -> bool:
        """Whether a sector is a state's own (government, police, courts, forces): "his
        government" is his country's, "his family" or "his home town" may be anyone's."""
        codes = english().codes
        return sector in codes.domestic_sectors or sector in codes.travelling_sectors

    def _country_ref(self, m: Match) -> bool:
        """ "the country", "his nation": a definite mention; "a country" is any country."""
        return refers(m) == "country" and m.start > 0 and (
            self.tokens[m.start - 1].norm in self.words.definite)

    def _country_referent(self) -> _Found | None:
        """ "the country": the latest state the article named, else the context's first."""
        codes = self.memory.recent() if self.memory else iter(())
        latest = next((c for c in codes if c.country and c.country not in KINDS), None)
        if latest is not None:
            return _Found(country=latest.country, rule="reference")
        return self._from_context()

    def _from_context(self) -> _Found | None:
        countries = self._context_countries()
        return _Found(country=countries[0], rule="context") if countries else None

    # ------------------------------------------------------------ sectors

    def _sector_in(self, a: int, b: int, skip: Sequence[Match] = ()) -> _Found:
        """The sector the words of [a, b) state, by rank; generic nouns only if nothing else."""
        agents = [
            m
            for m in self._in(a, b)
            if m.term.kind == "agent" and m not in skip and not refers(m) and m.term.entry.sector
            and not self._surname(m)
        ]
        for rank in ("status", "affiliation", "head", "generic"):
            ranked = [m for m in agents if m.term.entry.rank == rank]
            if ranked:
                pick = ranked[0] if rank in {"status", "affiliation"} else ranked[-1]
                return _Found(
                    sector=pick.term.entry.sector,
                    spans=((pick.start, pick.end),),
                    rule="generic" if rank == "generic" else "agent",
                )
        return _Found()

    def _surname(self, match: Match) -> bool:
        """ "Jaime King", "Mr King": a one-word title after a capitalised word that names nothing
        (a given name), with no name after it, is a surname; a title goes before the name."""
        i = match.start
        if match.end != i + 1 or i == 0 or self.tokens[i].case != "title":
            return False
        if self.tokens[i].norm not in english().senses.title_surnames:
            return False  # "Clinton Administration", "Africa Union": a body's name
        before = self.tokens[i - 1]
        if before.case != "title" or before.norm in self.words.all_determiners:
            return False
        if any(m.start <= i - 1 < m.end for m in self.matches):
            return False  # "Saudi King", "Prime Minister": a country or a title before it
        return match.end == len(self.tokens) or self.tokens[match.end].case != "title"

    def _all_sectors(self, a: int, b: int) -> list[str]:
        return [
            m.term.entry.sector
            for m in self._in(a, b)
            if m.term.kind == "agent" and m.term.entry.sector and m.term.entry.rank != "generic"
        ]

    def _choose_sector(
        self, stated: _Found, entity: _Found | None, person: _Found | None, a: int, h: int, b: int
    ) -> _Found:
        """Stated head noun, then the named body's own sector, then the qualifier, then generics."""
        if stated.sector and stated.rule == "agent":
            return self._body_headed(stated, entity, a, h, b) or stated
        for found in (person, entity):
            if found and found.sector and (found is person or found.rule != "demonym"):
                return _Found(sector=found.sector, spans=found.spans, rule=found.rule)
        tail = self._sector_in(h, b)
        if tail.sector and tail.rule == "agent":
            return tail
        if stated.sector:
            return stated
        if entity is None and not self._in(a, h):  # "thousands of Nigerians"
            entity = self._tail_entity(h, b)
        if entity and entity.sector and (entity.rule == "demonym" or self._in(a, h)):
            return _Found(sector=entity.sector, spans=entity.spans, rule=entity.rule)
        return _Found()

    def _body_headed(
        self, title: _Found, entity: _Found | None, a: int, h: int, b: int
    ) -> _Found | None:
        """The sector of the body a title heads ("the university president", "Microsoft
        President", "president of the union"), when that body is no part of government."""
        [(start, end)] = title.spans or ((0, 0),)
        if " ".join(t.norm for t in self.tokens[start:end]) not in self.words.body_titles:
            return None
        before = [
            m for m in self._in(a, h)
            if m.term.kind == "agent" and m.end <= start and m.term.entry.sector
            and m.term.entry.rank == "head" and not refers(m)
        ]  # fmt: skip
        body = [
            _Found(sector=m.term.entry.sector, spans=((m.start, m.end),), rule="agent")
            for m in before[-1:]
        ]
        body += [found for found in (entity, self._sector_in(h, b)) if found is not None]
        for found in body:
            if found.sector and found.sector != title.sector and found.rule != "demonym":
                return _Found(sector=found.sector, spans=found.spans, rule="agent")
        return None

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
        for m in self._context_matches():
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

    def _context_people(self) -> list[PersonEntry]:
        return [m.term.entry for m in self._context_matches() if m.term.kind == "person"]

    def _span_text(self, spans: Sequence[tuple[int, int]]) -> str:
        spans = [s for s in spans if s[1] > s[0]]
        if not spans:
            return self.text.strip()
        start = self.tokens[min(s[0] for s in spans)].start
        end = self.tokens[max(s[1] for s in spans) - 1].end
        return self.text[start:end]


# ---------------------------------------------------------------- helpers


def _name(name: _Found | None, where: _Found | None, has_noun: bool) -> str | None:
    """A person's or organisation's name; a country's name only when it acts by itself."""
    if name is not None:
        return name.name
    if where is not None and (where.org or (where.name and not has_noun)):
        return where.name
    return None


def _rule(
    where: _Found | None,
    sector: _Found,
    person: _Found | None,
    name: _Found | None,
    phrase: Phrase,
) -> str:
    """Name the rule that decided the code, most specific evidence first."""
    if person is not None:
        if person.rule in {"user", "reference", "surname"}:
            return person.rule
        stated = sector.rule == "agent" and sector.sector != person.sector
        return "stated-role" if stated else "person-role"
    if where is not None and where.rule in {"reference", "context"}:
        return where.rule  # an unknown name does not vouch for a country guessed from context
    if name is not None and sector.rule in {"agent", "generic"}:
        return "stated-role"
    if where is not None and where.rule in {"org", "user", "surname"}:
        return where.rule
    if sector.rule in {"agent", "generic"}:
        return "agent"
    return where.rule if where is not None else "agent"

