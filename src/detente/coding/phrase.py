"""Resolution of one actor phrase: its structure, references, sectors and final code."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from detente.coding.actor_state import ActorCode, is_person, stops_person
from detente.coding.body_references import body_referent, referred_sector
from detente.coding.civil_titles import (
    armed_group_rank,
    chief_adjective,
    civil_title,
    national_team_title,
)
from detente.coding.home_parties import home_party
from detente.coding.machines import machine_words
from detente.coding.multinational_forces import multinational_force
from detente.coding.named_owners import named_owner
from detente.coding.phrase_home_bodies import home_body
from detente.coding.phrase_locals import placed_party
from detente.coding.phrase_offices import national_office
from detente.coding.phrase_parts import abstract_head, refers, split_at
from detente.coding.phrase_people import PhrasePeople
from detente.coding.phrase_roles import (
    body_noun,
    demonym_person,
    local_place,
    name_fragment,
    place_modifier,
    private_status,
    sheriffs_deputy,
    some_place,
    without_collective,
)
from detente.coding.phrase_state import Found
from detente.coding.phrase_territories import territory_home
from detente.coding.plural_antecedents import states_reference
from detente.coding.press_home import PRESS_RULE, press_institution
from detente.coding.state_groups import (
    MULTINATIONAL,
    MULTINATIONAL_SECTOR,
    STATES_RULE,
    STATES_SECTOR,
    several_states,
    states_head,
)
from detente.lexicons.actors import KINDS, AgentGroup, Match, Token, tokenise
from detente.lexicons.english import english

# The sector of a private person named by a past status ("a former dentist"), and of the
# people of some place ("a city in the north").
PRIVATE_SECTOR = "CVL"
# The sector of a sheriff's deputies (police).
SHERIFF_SECTOR = "COP"


class Phrase(PhrasePeople):
    """One phrase under resolution: split it, follow its references and code each part."""

    __slots__ = ()

    # ------------------------------------------------------------ references

    def pair(self) -> list[ActorCode]:
        """ "both sides", "the two countries": the last two distinct countries of the article."""
        ref = next((m for m in self.matches if refers(m) == "pair"), None)
        if ref is None:
            return []
        # the latest two parties to events, in the order the article named them; else any
        # state named, then the context
        countries = self.memory.party_countries()[1::-1] if self.memory else []
        if len(countries) < 2:
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
        group = self._group(refs[0]) or self._plural_centre(refs[0])
        if group:
            return group
        code = self._centre(refs[0]) or self._antecedent(refers(refs[0]))
        if code is None:
            return []
        # a group of states stays one ("They" after "Twenty countries"): no place lends a country
        rule = STATES_RULE if code.rule == STATES_RULE else "reference"
        matched = self._span_text([(refs[0].start, refs[0].end)])
        return [replace(code, matched=matched, rule=rule, blocks=False)]

    def _group(self, ref: Match) -> list[ActorCode]:
        """actors13: a bare "they" continues the several states the latest sentence's subject
        named together ("France and Germany …. They …"), each of them."""
        pronouns = english().senses.plural_subject_pronouns
        if self.memory is None or self.text.strip().lower() not in pronouns:
            return []
        matched = self._span_text([(ref.start, ref.end)])
        return [replace(c, matched=matched, rule="reference") for c in self.memory.group()]

    def _plural_centre(self, ref: Match) -> list[ActorCode]:
        """claims20: a bare "they" continues the party the latest sentence's plural subject
        named ("Orcish fighters attacked a patrol. They …"), not the party named last."""
        pronouns = english().senses.plural_subject_pronouns
        if self.memory is None or self.text.strip().lower() not in pronouns:
            return []
        matched = self._span_text([(ref.start, ref.end)])
        return [replace(c, matched=matched, rule="reference") for c in self.memory.plural_subject()]

    def states_named(self) -> list[ActorCode]:
        """actors13: "the countries", "these three nations" after a sentence whose subject named
        several states are those states."""
        if self.memory is None or not states_reference(self.tokens):
            return []
        matched = self._span_text([(0, len(self.tokens))])
        return [replace(c, matched=matched, rule="reference") for c in self.memory.group()]

    def _centre(self, ref: Match) -> ActorCode | None:
        """A subject "he"/"she" continues the person who was the subject of the latest
        sentence naming people, before a person named after it there."""
        pronouns = english().senses.subject_pronouns
        if self.memory is None or self.text.strip().lower() not in pronouns:
            return None
        return self.memory.subject_person()

    def _antecedent(self, want: str | None) -> ActorCode | None:
        """The most recent remembered actor a pronoun can stand for; for "he"/"she", none
        past a person named but not placed (mainev15)."""
        for code in self.memory.recent() if self.memory else ():
            if stops_person(code):  # mainev15: "Tarmo Vask said …. He": no one before Vask
                if want == "person":
                    return None
                continue  # "they", "its": not a person's
            if code.blocks:  # "Twenty countries expelled … They": not a party before them
                if want == "any":
                    return code if code.sector else None
                continue
            if want == "any" or (want == "person") == is_person(code):
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
            merged = self._coordinated_apposition(*segments) or self._apposition(*segments)
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

    def _coordinated_apposition(
        self, first: tuple[int, int], second: tuple[int, int]
    ) -> list[ActorCode]:
        """ "Sharon and the Palestinian leader, Yasser Arafat": a name after a coordination of
        parties stands beside its last conjunct only; the others are parties of their own."""
        parts = split_at(self.tokens, self.matches, self.words.conjunctions, *first)
        if len(parts) < 2 or not self._several(parts):
            return []
        *lead, last = parts
        tail = self._apposition(last, second)
        if not tail:
            return []
        return [*(c for a, b in lead if (c := self._code(a, b))), *tail]

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
            if code and code.country is None and previous is not None and (
                    code.rule != STATES_RULE):  # "Russia and other countries"
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
        shared: Found | None = None,
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
        entity = named_owner(entity, self.tokens, self.matches, h, b) or entity  # actors21
        where = (entity or person or self._tail_entity(h, b) or self._kind_of(a, h)
                 or self._multinational(stated, a, h, b))
        several = where is None and several_states(self.tokens, self.matches, a, b)
        if stated.sector is None and several:
            stated = _states_sector(self.tokens, a, h)
        if where is None and not several:  # no one state's context fits several states
            referent = (body_referent(self.tokens, a, h, self.memory, self.context)  # actors19
                        or self._referent(a, h, stated, b))
            where = self._at_home(referent, stated, a, h, b)
            if where is not None and where.rule == "context" and self._royal(stated) and (
                    where.country not in english().codes.monarchies):
                where = None  # "Crown Prince Mohammed" in a story about Washington
        chosen = self._choose_sector(stated, entity, person, a, h, b)
        sector = referred_sector(where, stated, chosen)  # actors19: "the group" is the body's
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
            country=where.country if where else _states_country(several, sector),
            sector=sector.sector or ("PRE" if where and where.partial else None),
            name=None if several and person is None else _name(
                name,
                where,
                shared is not None or any(m.term.kind == "agent" for m in self._in(a, h)),
            ),  # "Twenty countries": a capitalised number names no one
            matched=self._span_text(spans) if spans else self.text.strip(),
            rule=STATES_RULE if several else _rule(where, sector, person, name, self),
            org=where.org if where else None,
            other_sectors=others,
        )

    def _multinational(self, stated: Found, a: int, h: int, b: int) -> Found | None:
        """ "international forces", "soldiers of the multinational force": a force of several
        states named by a word before its head, in the phrase or in a qualifying phrase."""
        found = multinational_force(self.tokens, self.matches, stated.sector, a, h)
        for i, j in self._tail_segments(h, b):
            if found is not None:
                break
            found = multinational_force(self.tokens, self.matches, self._sector_in(i, j).sector,
                                        i, j)  # fmt: skip
        return found

    def _royal(self, stated: Found) -> bool:
        """Whether the stated title is a monarch's or an heir's ("King", "Crown Prince"): its
        bearer is of a monarchy, so a republic named in the story cannot be lent to them."""
        if not stated.spans:
            return False
        [(start, end)] = stated.spans[:1]
        if " ".join(t.norm for t in self.tokens[start:end]) not in self.words.royal_titles:
            return False
        # a title goes before a name ("King Salman") or after "the" ("the Saudi king");
        # "Williams and King", "King's son" are a family's name
        named = end < len(self.tokens) and self.tokens[end].case != "lower"
        owner = re.match(r"['’]s\b", self.text[self.tokens[end - 1].end :]) is not None
        determined = any(t.norm in self.words.all_determiners for t in self.tokens[:start])
        return (named and not owner) or determined

    def _tail_segments(self, h: int, b: int) -> Iterator[tuple[int, int]]:
        """Qualifying phrases after the head that can name the actor's country."""
        i = h
        while i < b:
            j = self._head_end(i, b)
            leaning = i > 0 and self.tokens[i - 1].norm in self.words.leaning
            if self.tokens[i].norm not in self.words.foreign or leaning:
                yield i, j
            i = j

    def _tail_entity(self, h: int, b: int) -> Found | None:
        """A country in a qualifying phrase ("refugees fleeing the war in Liberia")."""
        for i, j in self._tail_segments(h, b):
            found = self._entity_in(i, j) or self._person_in(i, j)
            if found:
                return found
        return None

    def _kind_of(self, a: int, b: int) -> Found | None:
        for m in self._in(a, b):
            if isinstance(m.term.entry, AgentGroup) and m.term.entry.kind:
                return Found(country=m.term.entry.kind, spans=((m.start, m.end),), rule="agent")
        return None

    def _referent(self, a: int, h: int, stated: Found, b: int | None = None) -> Found | None:
        """No country: "the ministry" looks back in the article, a bare role at the context."""
        refs = [m for m in self._in(a, h) if refers(m) not in (None, "country")]
        if stated.sector and any(self._country_ref(m) for m in self._in(a, h)):
            return self._country_referent()  # "the country's army"; not "suppliers across it"
        if refs:  # "its ministry", "their leaders": the pronoun's antecedent
            code = self._antecedent(refers(refs[0]))
            if code is not None and code.blocks:
                return None  # "their leaders" after "Twenty countries …": no one state's
            if code is None:  # "his government" named before him, at the article's start
                return self._from_context() if self._organ_of_state(stated.sector) else None
            return Found(country=code.country, org=code.org, rule="reference")
        if stated.sector is None:
            return None
        if self._named_body(a, h, b if b is not None else h, stated):
            return self._from_context()  # "the city of Dallas": a new party, not one before
        owner = self._surname_owner(a, h)  # after it: "Douglas County" is no Douglas's
        if owner is not None:
            return owner
        decided, found = self._body_named_before(stated)
        if decided:
            return found
        office = national_office(self.tokens, stated, english().senses)
        if office is not None:  # "the Secretary of State": not the story's country
            return office
        decided, found = self._own_party(stated)  # actors12
        if decided:
            return found
        if self.tokens[a].norm in self.words.definite:
            return self._from_memory(stated) or self._from_context()
        return self._from_context() or self._from_memory(stated)

    def _body_named_before(self, stated: Found) -> tuple[bool, Found | None]:
        """ "the commission": one named before with that noun, or unknown; "the force"
        (actors20): one named before with that noun ("the X Force"), else the usual guess."""
        if body_noun(self.tokens, stated.spans[0], specific=True):
            return True, self._same_body(stated)
        if self._stated_in(stated, english().senses.named_force_heads):
            named = self._same_body(stated)
            return named is not None, named
        return False, None

    def _own_party(self, stated: Found) -> tuple[bool, Found | None]:
        """Whose a role is by what it is (actors12): a machine of force ("the warplanes") is
        of the state force that used force last, or of no one known (never the context's
        country, which may be the side it strikes)."""
        if self._instrument(stated):
            user = self.memory.force_user() if self.memory else None
            found = Found(country=user.country, org=user.org, rule="reference") if user else None
            return True, found
        return False, None

    def _at_home(self, where: Found | None, stated: Found, a: int, h: int, b: int
                 ) -> Found | None:  # fmt: skip
        """A local office ("Cllr Cawley", "the mayor") or a local body with a name of its own
        ("Mayo County Council") that the story's context or memory placed in some country is
        of the country the story's places make its home instead: local government is that
        of the place reported on, whatever country the story names most (actors12). Only a
        guessed country is moved; where nothing placed the party, nothing is guessed."""
        if where is None or where.rule not in ("context", "reference"):
            return where
        story = self.memory.home if self.memory else None  # actors14: a territory's own organs
        own = territory_home(where, stated, self.tokens[a:h], story, self.lexicon.sovereigns)
        if own is None and stated.rule == "agent" and stated.spans:  # actors21: "Parliament"
            own = self._press_institution(where, stated, story)
        if own is None:  # actors20: "Labor", "the Opposition leader"
            places = self.memory.places if self.memory else ()
            own = home_party(where, self.matches, a, h, story, places)
        if own is None and stated.rule == "agent" and stated.spans:  # actors15: "the central bank"
            [(start, end)] = stated.spans[:1]
            body = " ".join(t.norm for t in self.tokens[start:end])
            own = home_body(where, body, self.memory.recent() if self.memory else (), story)
        if own is not None:
            return own
        placed, found = placed_party(self, where, stated, a, h)  # actors16: "local commanders"
        if placed:
            return found
        local = self._stated_in(stated, english().senses.local_titles) or self._named_body(
            a, h, b, stated)
        home = self._from_places() if local else None
        return home if home is not None and home.country != where.country else where

    def _press_institution(self, where: Found, stated: Found, story: str | None
                           ) -> Found | None:  # fmt: skip
        """ "the Government", "Parliament" with a guessed country: the paper's own (actors21)."""
        [(start, end)] = stated.spans[:1]
        memory = self.memory
        recent = memory.recent() if memory else ()
        press = memory.press if memory else None
        return press_institution(where, self.tokens[start:end], recent, press, story)

    def _instrument(self, stated: Found) -> bool:
        """Whether the stated head is a machine of force ("warplanes", "tanks", "fighter
        planes", "F-16s": coding/machines.py)."""
        if stated.rule != "agent" or not stated.spans:
            return False
        [(start, end)] = stated.spans[:1]
        return machine_words(self.tokens[start:end], stated.sector)

    def _stated_in(self, stated: Found, words: frozenset[str]) -> bool:
        """Whether the sector noun that decided the phrase is one of ``words``."""
        if stated.rule != "agent" or not stated.spans:
            return False
        [(start, end)] = stated.spans[:1]
        return " ".join(t.norm for t in self.tokens[start:end]) in words

    def _named_body(self, a: int, h: int, b: int, stated: Found) -> bool:
        """ "the city of Dallas", "the Texas water board", "the Venice Commission": a body of
        local or administrative government with a name of its own before its noun or after
        "of" is one the article may not have named before; only the context's country is a
        guess for it (its places decide at placement), never the latest party of its sector."""
        if not stated.spans or not body_noun(self.tokens, stated.spans[0]):
            return False
        covered = {i for m in self.matches for i in range(m.start, m.end)}
        start = stated.spans[0][0]
        before = any(self._name_word(i, covered) for i in range(a, start))
        after = h + 1 < b and self.tokens[h].norm == "of" and self._name_word(h + 1, covered)
        return before or after

    def _same_body(self, stated: Found) -> Found | None:
        """ "the commission", "the board": the latest remembered party named with that noun
        ("the Consumer Product Safety Commission"); no other party of the sector is it."""
        noun = self.tokens[stated.spans[0][1] - 1].norm
        for code in self.memory.recent() if self.memory else ():
            if code.country and noun in {t.norm for t in tokenise(code.matched)}:
                return Found(country=code.country, org=code.org, rule="reference")
        return None

    def _from_memory(self, stated: Found) -> Found | None:
        """The latest remembered actor with a country: one named with the same title ("the
        crown prince" after "Saudi Crown Prince X"), else one of the same sector."""
        codes = [c for c in self.memory.recent() if c.country] if self.memory else []
        titled = next((c for c in codes if self._titled(c, stated)), None)
        if titled is None and self._royal(stated):  # "the king" is no president's
            codes = [c for c in codes if c.country in english().codes.monarchies]
        # "the ministry" after "Russia" is Russia's; "the civilians" after "Zakharova said" are
        # no more Russian than the context says: only organs of a state follow another sector
        latest = codes[0] if codes and self._organ_of_state(stated.sector) else None
        best = titled or next((c for c in codes if c.sector == stated.sector), latest)
        return Found(country=best.country, org=best.org, rule="reference") if best else None

    def _titled(self, code: ActorCode, stated: Found) -> bool:
        """Whether a remembered actor is a person named with every word of the phrase's own
        title (not a generic noun such as "official": anyone is one; nor a body or an unnamed
        group, "the CEOs of five airlines", which a title adds nothing to)."""
        person = code.rule in {"person-role", "stated-role"} and code.name is not None
        if stated.rule != "agent" or not stated.spans or not person:
            return False
        [(start, end)] = stated.spans[:1]
        title = {t.norm for t in self.tokens[start:end]}
        named = {t.norm for t in tokenise(code.matched)}
        return title <= named and len(named) > len(title)

    def _organ_of_state(self, sector: str | None) -> bool:
        """Whether a sector is a state's own (government, police, courts, forces): "his
        government" is his country's, "his family" or "his home town" may be anyone's."""
        codes = english().codes
        return sector in codes.domestic_sectors or sector in codes.travelling_sectors

    def _country_ref(self, m: Match) -> bool:
        """ "the country", "his nation": a definite mention; "a country" is any country."""
        return refers(m) == "country" and m.start > 0 and (
            self.tokens[m.start - 1].norm in self.words.definite)

    def _country_referent(self) -> Found | None:
        """ "the country": the latest state the article named, else the context's first."""
        codes = self.memory.recent() if self.memory else iter(())
        latest = next((c for c in codes if c.country and c.country not in KINDS), None)
        if latest is not None:
            return Found(country=latest.country, rule="reference")
        return self._from_context()

    def _from_context(self) -> Found | None:
        countries = self._context_countries()
        return Found(country=countries[0], rule="context") if countries else None

    # ------------------------------------------------------------ sectors

    def _sector_in(self, a: int, b: int, skip: Sequence[Match] = ()) -> Found:
        """The sector the words of [a, b) state, by rank; generic nouns only if nothing else."""
        agents = [
            m
            for m in self._in(a, b)
            if m.term.kind == "agent" and m not in skip and not refers(m) and m.term.entry.sector
            and not self._surname(m) and not self._accompanying(m) and not self._named_kin(m)
        ]
        agents = [m for m in agents if not place_modifier(self.tokens, self.matches, m, agents)
                  and not name_fragment(self.tokens, self.matches, m, b)  # actors16
                  and not chief_adjective(self.tokens, m)]  # actors18: "head coach"
        for rank in ("status", "affiliation", "head", "generic"):
            ranked = [m for m in agents if m.term.entry.rank == rank]
            if ranked:
                pick = ranked[0] if rank in {"status", "affiliation"} else ranked[-1]
                return Found(
                    sector=self._sense_of(pick, agents),
                    spans=((pick.start, pick.end),),
                    rule="generic" if rank == "generic" else "agent",
                )
        return Found()

    def _sense_of(self, pick: Match, agents: Sequence[Match]) -> str | None:
        """The sector a picked word has here: "former" over a private person is a civilian's
        past, "deputies" in a sheriff's story are police (actors10), "the team captain" a
        civilian (actors18)."""
        if pick.term.entry.rank == "status" and private_status(
                self.tokens, self.matches, pick, agents):
            return PRIVATE_SECTOR
        if sheriffs_deputy(self.tokens, pick, self.context or self.text):
            return SHERIFF_SECTOR
        if some_place(self.tokens, pick, self.text):
            return PRIVATE_SECTOR
        if civil_title(self.tokens, pick, agents):  # actors18: "the team captain"
            return PRIVATE_SECTOR
        if national_team_title(self.tokens, self.matches, pick):  # actors19: "England captain"
            return PRIVATE_SECTOR
        return pick.term.entry.sector

    def _accompanying(self, match: Match) -> bool:
        """ "diplomats and their families": people owned by the party before them go with it;
        they do not say what the party is ("Britain and its intelligence services" do)."""
        i = match.start
        if i < 2 or self.tokens[i - 2].norm not in self.words.conjunctions:
            return False
        owned = self.tokens[i - 1].norm in self.words.own_possessives
        return owned and match.term.entry.sector == "CVL"

    def _named_kin(self, match: Match) -> bool:
        """ "Lehman Brothers", "the Sons of Iraq", "Masayoshi Son", "Sister Mary": a kin word
        written with a capital after the phrase's first word, or before a name, is part of a
        name or a religious title, no relative of anyone; "the governor's wife", "Wife of the
        mayor" are relatives."""
        first = self.tokens[match.start]
        if first.case == "lower" or first.norm not in _kin_first_words():
            return False
        named = match.end < len(self.tokens) and self.tokens[match.end].case != "lower"
        return match.start > 0 or named

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
            and not chief_adjective(self.tokens, m)
        ]

    def _choose_sector(
        self, stated: Found, entity: Found | None, person: Found | None, a: int, h: int, b: int
    ) -> Found:
        """Stated head noun, then the named body's own sector, then the qualifier, then generics."""
        stated = without_collective(stated, entity)  # actors14: "the UN organizations"
        if stated.sector and stated.rule == "agent":
            group = armed_group_rank(stated, entity)  # actors18: "a Taliban commander"
            return group or self._body_headed(stated, entity, a, h, b) or stated
        if entity and person is None and self._the_people(a, b):
            return Found()  # "the Americans dropped a demand": the state's side, no civilians
        if entity and self._home_town(entity, stated):
            return stated  # "a Paris man": the town he lives in, not its government
        for found in (person, entity):
            if found and found.sector and (found is person or found.rule != "demonym"):
                return Found(sector=found.sector, spans=found.spans, rule=found.rule)
        tail = self._sector_in(h, b)
        if tail.sector and tail.rule == "agent" and not local_place(self.tokens, tail.spans):
            return tail
        if tail.sector and local_place(self.tokens, tail.spans) and self._named_resident(a, h):
            return replace(tail, sector=PRIVATE_SECTOR)
        if stated.sector:
            return stated
        if entity is None and not self._in(a, h):  # "thousands of Nigerians"
            entity = self._tail_entity(h, b)
        if entity and entity.sector and (entity.rule == "demonym" or self._in(a, h)):
            return Found(sector=entity.sector, spans=entity.spans, rule=entity.rule)
        if entity and demonym_person(self.tokens, self.matches, a, h):
            return Found(sector=PRIVATE_SECTOR, spans=entity.spans, rule=entity.rule)  # actors13
        return Found()

    def _sense_changed(self, start: int, end: int) -> bool:
        """Whether the sector word at [start, end) was given another sector than its own
        here (a civil sense: "the club president", actors18)."""
        return any(
            (m.start, m.end) == (start, end) and m.term.entry.sector != PRIVATE_SECTOR
            for m in self.matches if m.term.kind == "agent"
        )

    def _home_town(self, seat: Found, stated: Found) -> bool:
        """Whether a seat of government is written right before a noun of a private person
        ("a Paris man", "the Moscow woman"), which local news uses to say where one lives."""
        if stated.sector != PRIVATE_SECTOR or not seat.spans or not stated.spans:
            return False
        seats = [(m.start, m.end) for m in self.matches if m.term.kind == "seat"]
        if seat.spans[0] not in seats:
            return False
        noun = self.tokens[stated.spans[0][0]].norm
        return seat.spans[0][1] == stated.spans[0][0] and noun in english().senses.home_town_nouns

    def _the_people(self, a: int, b: int) -> bool:
        """ "the Americans", "the Russians": a people with the definite article and nothing
        else is how news names a state's side in talks and wars (PETRARCH codes a plural
        demonym as the country); "Americans", "many Russians" are people."""
        if b - a != 2 or self.tokens[a].norm != "the":
            return False
        return any(m.start == a + 1 and m.end == b and m.term.kind == "people"
                   for m in self.matches)  # fmt: skip

    def _named_resident(self, a: int, h: int) -> bool:
        """ "X, 52, of Gun Barrel City": a name with a town in its tail is a resident of it
        (CVL); "settlers in the city of Hebron" are settlers, and "the Moore's Ford bridge
        between Walton and Oconee counties" is a thing the town says nothing of."""
        last = next((t for t in reversed(self.tokens[a:h]) if t.norm.isalpha()), None)
        return last is not None and last.case != "lower"  # the head is a name

    def _body_headed(
        self, title: Found, entity: Found | None, a: int, h: int, b: int
    ) -> Found | None:
        """The sector of the body a title heads ("the university president", "Microsoft
        President", "president of the union"), when that body is no part of government."""
        [(start, end)] = title.spans or ((0, 0),)
        if " ".join(t.norm for t in self.tokens[start:end]) not in self.words.body_titles:
            return None
        if title.sector == PRIVATE_SECTOR and self._sense_changed(start, end):
            return None  # actors18: "the club president of Real Madrid" heads a club
        # "the party's National Chairman": a people noun ("national") before the title is a
        # modifier of it, no body it heads
        before = [
            m for m in self._in(a, h)
            if m.term.kind == "agent" and m.end <= start and m.term.entry.sector
            and m.term.entry.rank == "head" and not refers(m) and m.term.entry.sector != "CVL"
        ]  # fmt: skip
        body = [
            Found(sector=m.term.entry.sector, spans=((m.start, m.end),), rule="agent")
            for m in before[-1:]
        ]
        # "chairman of the Duma's foreign affairs committee": the named body after the title
        # before the committee word that ends the phrase
        after = (entity, self._entity_in(h, b), self._sector_in(h, b))
        body += [found for found in after if found is not None]
        for found in body:  # the nearest body with a sector of its own decides
            if found.sector and found.rule != "demonym":
                if found.sector == title.sector:
                    return None
                return Found(sector=found.sector, spans=found.spans, rule="agent")
        return None


# ---------------------------------------------------------------- helpers


@functools.cache
def _kin_first_words() -> frozenset[str]:
    """First words of the kin words, folded as phrase tokens are ("son-in-law" → "son")."""
    return frozenset(tokenise(w)[0].norm for w in english().senses.kin_words if tokenise(w))


def _states_country(several: bool, sector: Found) -> str | None:
    """ "Europe's five largest airline groups": business of several states is multinational."""
    return MULTINATIONAL if several and sector.sector == MULTINATIONAL_SECTOR else None


def _states_sector(tokens: tuple[Token, ...], a: int, h: int) -> Found:
    """ "Nearly 70 countries": a group of states named by its plural noun acts as governments."""
    head = states_head(tokens, a, h)
    if head is None:
        return Found()
    return Found(sector=STATES_SECTOR, spans=(head,), rule="agent")


def _name(name: Found | None, where: Found | None, has_noun: bool) -> str | None:
    """A person's or organisation's name; a country's name only when it acts by itself."""
    if name is not None:
        return name.name
    if where is not None and (where.org or (where.name and not has_noun)):
        return where.name
    return None


def _rule(
    where: Found | None,
    sector: Found,
    person: Found | None,
    name: Found | None,
    phrase: Phrase,
) -> str:
    """Name the rule that decided the code, most specific evidence first."""
    if person is not None:
        if person.rule in {"user", "reference", "surname"}:
            return person.rule
        stated = sector.rule == "agent" and sector.sector != person.sector
        return "stated-role" if stated else "person-role"
    if where is not None and where.rule in {"reference", "context", PRESS_RULE}:
        return where.rule  # an unknown name does not vouch for a country guessed from context
    if name is not None and sector.rule in {"agent", "generic"}:
        return "stated-role"
    if where is not None and where.rule in {"org", "user", "surname"}:
        return where.rule
    if sector.rule in {"agent", "generic"}:
        return "agent"
    return where.rule if where is not None else "agent"
