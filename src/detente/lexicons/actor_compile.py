"""Compiling actor files into one index: ranked layers, shadowed names counted, not silent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.lexicons.actor_index import (
    KIND_PRIORITY,
    NOT_SELF,
    SPELLING_MIN_LENGTH,
    ActorLexicon,
    Disagreement,
    Secession,
    Shadowing,
    SourceSummary,
    Term,
    deletions,
    fold,
    phrase_key,
    surname_keys,
)
from detente.lexicons.actor_schema import ActorFile, Kind, PersonEntry

# Where names collide the higher rank wins: a user's own YAML/TSV corrections, then our shipped
# files, then a user's PETRARCH dictionaries, then the imported Phoenix dictionaries.
RANKS: Mapping[str, int] = {"user": 3, "own": 2, "user-petrarch": 1, "imported": 0}
OUR_FORMAT = frozenset({"user", "own"})  # tiers read from our YAML/TSV, not from PETRARCH files
_CHECKED_BELOW = RANKS["own"]  # entries ranked below ours are compared with ours when shadowed
EXAMPLES = 2000  # disagreements kept for the report; the counts stay exact


@dataclass(frozen=True, slots=True, kw_only=True)
class Layer:
    """One validated actor file, where it came from and how it ranks."""

    model: ActorFile
    origin: str  # file name as shown in reports
    tier: str  # a key of RANKS

    @property
    def user(self) -> bool:
        """Whether the user supplied the file."""
        return self.tier.startswith("user")


def _codes(term: Term) -> tuple[frozenset[str], frozenset[str]]:
    """Countries and sectors a term codes, for comparing entries across files."""
    entry = term.entry
    if term.kind == "person":
        return (frozenset(r.country for r in entry.roles if r.country),
                frozenset(r.sector for r in entry.roles if r.sector))
    if term.kind == "org":
        return frozenset({entry.country}), frozenset({entry.sector} if entry.sector else ())
    if term.kind == "agent":
        return frozenset({entry.kind} if entry.kind else ()), frozenset(
            {entry.sector} if entry.sector else ())
    if term.kind == "none":
        return frozenset({"none"}), frozenset()
    return frozenset({entry.output}), frozenset()


def _disagree(kept: Term, dropped: Term) -> bool:
    (kc, ks), (dc, ds) = _codes(kept), _codes(dropped)
    if kc and dc and not kc & dc:
        return True
    return "person" not in (kept.kind, dropped.kind) and bool(ks and ds) and not ks & ds


def _show(term: Term) -> str:
    countries, sectors = _codes(term)
    return " ".join(["/".join(sorted(countries)) or "-", "/".join(sorted(sectors)) or "-"])


# Words a name may hold between our own names and still be made of them ("Ministry of Defence").
_JOINERS = frozenset({"the", "of", "and", "for", ",", "&"})


def _composable(key: tuple[str, ...], ours: set[tuple[str, ...]]) -> bool:
    """Whether ``key`` splits into two or more of our own names (and joining words)."""
    never = len(key) + 1
    fewest = [0] + [never] * len(key)  # fewest[i]: fewest of our names that cover key[:i]
    for i in range(len(key)):
        if fewest[i] == never:
            continue
        if key[i] in _JOINERS:
            fewest[i + 1] = min(fewest[i + 1], fewest[i])
        for j in range(i + 1, len(key) + 1):
            if key[i:j] in ours:
                fewest[j] = min(fewest[j], fewest[i] + 1)
    return 2 <= fewest[len(key)] < never


@dataclass(slots=True)
class _Builder:
    """The index while files are added, strongest first, and what the weaker ones lost."""

    # Surnames of our own people: an imported name that is one ("Putin") is someone we know by
    # that name, on our dates.
    own_surnames: dict[tuple[str, ...], PersonEntry]
    index: dict[tuple[str, ...], dict[Any, Term]] = field(default_factory=dict)
    rank_of: dict[tuple[str, ...], int] = field(default_factory=dict)
    user_ids: set[int] = field(default_factory=set)
    agreeing: Counter[str] = field(default_factory=Counter)
    disagreeing: Counter[str] = field(default_factory=Counter)
    examples: list[Disagreement] = field(default_factory=list)
    cases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def add(self, name: str, kind: Kind, entry: Any, layer: Layer) -> None:
        """Index one name unless a stronger file holds it; a weaker file's entries give way.

        A proper name with a word the scanner blanks ("Anti-state Action", "Anti-communist
        Command": see NOT_SELF) is never read whole in a text: under its other words it would
        stand for every "Action" or "Command", so it is left out. A sector noun keeps its head
        ("anti-drug agent" is an agent all the same)."""
        if kind != "agent" and NOT_SELF.search(name):
            return
        key, case = phrase_key(name)
        if not key:
            return
        rank, held = RANKS[layer.tier], self.rank_of.get(key, -1)
        case = self.cases.setdefault(case, case)  # one object per pattern: a smaller cache
        term = Term(kind=kind, entry=entry, case=case, user=layer.user)
        ours = rank < _CHECKED_BELOW and key in self.own_surnames and kind in ("person", "org")
        if held > rank or ours:
            if rank < _CHECKED_BELOW:
                kept = (next(iter(self.index[key].values())) if held > rank else
                        Term(kind="person", entry=self.own_surnames[key], case=case, user=False))
                self._compare(name, kept, term, layer)
            return
        terms = self.index.setdefault(key, {})
        if held < rank:  # a stronger file replaces whatever weaker ones said for this name
            terms.clear()
            self.rank_of[key] = rank
        terms[id(entry), case] = term

    def _compare(self, name: str, kept: Term, dropped: Term, layer: Layer) -> None:
        if not _disagree(kept, dropped):
            self.agreeing[layer.origin] += 1
            return
        self.disagreeing[layer.origin] += 1
        if len(self.examples) < EXAMPLES:
            source = getattr(dropped.entry, "source", "") or layer.origin
            self.examples.append(Disagreement(name=name, kept=_show(kept),
                                              dropped=_show(dropped), source=source))

    def add_layer(self, layer: Layer) -> None:
        """Every name of one file."""
        model = layer.model
        for country in model.countries:
            kinds: tuple[tuple[Kind, tuple[str, ...]], ...] = (
                ("country", (country.name, *country.names)), ("adjective", country.adjectives),
                ("people", country.peoples), ("seat", country.seats))
            for kind, names in kinds:
                for name in names:
                    self.add(name, kind, country, layer)
        for org in model.organisations:
            for name in (org.name, *org.aliases):
                self.add(name, "org", org, layer)
        for person in model.people:
            for name in (person.name, *person.aliases):
                self.add(name, "person", person, layer)
        for group in model.agents:
            for term in group.terms:
                self.add(term, "agent", group, layer)
        for phrase in model.not_actors:
            self.add(phrase, "none", None, layer)
        if layer.user:
            self.user_ids.update(id(e) for e in (*model.countries, *model.organisations,
                                                 *model.people, *model.agents))

    def drop_composed(self) -> dict[str, int]:
        """Remove imported names that our own names spell word by word: ours code them already.

        "US Congress" is "US" + "Congress" to us (USA LEG), "President Bush" a title and the
        surname of our office holders; the Phoenix entries would otherwise win as the longer
        match. Counted per imported file.
        """
        ours = {k for k, rank in self.rank_of.items() if rank >= _CHECKED_BELOW}
        ours |= set(self.own_surnames)
        dropped: Counter[str] = Counter()
        for key, rank in self.rank_of.items():
            if rank < _CHECKED_BELOW and len(key) > 1 and _composable(key, ours):
                dropped.update({str(getattr(t.entry, "source", "")).rsplit(":", 1)[0]
                                for t in self.index[key].values()})
                del self.index[key]
        return dict(dropped)


def _surnames(layers: Sequence[Layer], index: Mapping[tuple[str, ...], dict[Any, Term]]
              ) -> dict[tuple[str, ...], tuple[PersonEntry, ...]]:
    """People of our-format files by the words they are called alone.

    PETRARCH dictionaries list the short forms they mean ("+KARZAI_") as aliases, and a surname
    shared by ~18,000 imported people would pick a stranger after any title ("Cardinal Tagle").
    One none of whose names survived is not recalled either.
    """
    kept = {id(t.entry) for terms in index.values() for t in terms.values() if t.kind == "person"}
    surnames: dict[tuple[str, ...], list[PersonEntry]] = {}
    for layer in layers:
        if layer.tier not in OUR_FORMAT:
            continue
        for person in layer.model.people:
            if id(person) in kept:
                for key in surname_keys(person):
                    surnames.setdefault(key, []).append(person)
    return {k: tuple(v) for k, v in surnames.items()}


def _given_names(
    index: Mapping[tuple[str, ...], dict[Any, Term]],
    surnames: Mapping[tuple[str, ...], tuple[PersonEntry, ...]],
) -> frozenset[str]:
    """The first word of every indexed person's own name of two words or more, save a word
    more of our people bear as their surname than as a given name ("Clinton": Bill, Hillary
    and Harry Clinton against one Clinton Collymore): "Henry said" is anyone, "Clinton said"
    a Clinton (actors10). A name's first word that is that person's own surname is no given
    name: "Xi Jinping", "Moon Jae-in" put the family name first (actors13)."""
    given: Counter[str] = Counter()
    seen: set[int] = set()
    for terms in index.values():
        for term in terms.values():
            if term.kind == "person" and id(term.entry) not in seen:
                seen.add(id(term.entry))
                words = phrase_key(term.entry.name)[0]
                if len(words) >= 2 and (words[0],) not in set(surname_keys(term.entry)):
                    given[words[0]] += 1
    return frozenset(w for w, n in given.items() if n >= len(surnames.get((w,), ())))


ACRONYM_MIN_LETTERS = 4  # "Nato", "Farc", "Unicef"; shorter ones ("Eta", "Who") are words


def _acronyms(index: dict[tuple[str, ...], tuple[Term, ...]], given: frozenset[str]
              ) -> dict[tuple[str, ...], tuple[Term, ...]]:
    """Let an organisation's one-word acronym match capitalised as well as in capitals.

    British papers write acronyms spoken as words so ("Nato", "Farc", "Ecowas"); a word that is
    also someone's given name ("AMIT", "ZAIN") keeps to capitals.
    """
    def loosened(key: tuple[str, ...], term: Term) -> Term:
        word = key[0] if len(key) == 1 else ""
        if (term.kind == "org" and term.case == ("upper",) and word.isalpha()
                and len(word) >= ACRONYM_MIN_LETTERS and word not in given):
            return Term(kind=term.kind, entry=term.entry, case=("acronym",), user=term.user)
        return term

    return {key: tuple(loosened(key, t) for t in terms) for key, terms in index.items()}


def _spellings(layers: Sequence[Layer]) -> dict[str, tuple[str, ...]]:
    """One-letter-deleted forms of our one-word country names and demonyms (see ``respell``)."""
    spellings: dict[str, set[str]] = {}
    for layer in layers:
        if RANKS[layer.tier] < _CHECKED_BELOW:
            continue  # imported names keep their own misspellings; they teach no respelling
        for country in layer.model.countries:
            for name in (country.name, *country.names, *country.adjectives, *country.peoples):
                norm = fold(name)
                if " " not in name and len(norm) >= SPELLING_MIN_LENGTH - 1:
                    for variant in {norm, *deletions(norm)}:
                        spellings.setdefault(variant, set()).add(name)
    return {k: tuple(sorted(v)) for k, v in spellings.items()}


def compile_actors(layers: Sequence[Layer], version: str,
                   sources: Sequence[SourceSummary] = ()) -> ActorLexicon:
    """Index validated files; on a shared name the higher-ranked file's entries win."""
    builder = _Builder(own_surnames={
        key: person for layer in layers if RANKS[layer.tier] >= _CHECKED_BELOW
        for person in layer.model.people for key in surname_keys(person)})
    for layer in sorted(layers, key=lambda item: -RANKS[item.tier]):
        builder.add_layer(layer)
    composed = builder.drop_composed()
    ordered = {
        key: tuple(sorted(terms.values(), key=lambda t: (not t.user, KIND_PRIORITY[t.kind])))
        for key, terms in builder.index.items()
    }
    surnames = _surnames(layers, builder.index)
    given = _given_names(builder.index, surnames)
    ordered = _acronyms(ordered, given)
    return ActorLexicon(
        version=version,
        index=ordered,
        surnames=surnames,
        longest=max(len(k) for k in ordered),
        prefixes=frozenset(k[:n] for k in ordered for n in range(1, len(k) + 1)),
        user_entries=frozenset(builder.user_ids),
        given_names=given,
        spellings=_spellings(layers),
        shadowing=Shadowing(agreeing=dict(builder.agreeing),
                            disagreeing=dict(builder.disagreeing), composed=composed,
                            examples=tuple(builder.examples)),
        sources=tuple(sources),
        secessions=_secessions(layers),
        sovereigns=_sovereigns(layers),
    )


def _sovereigns(layers: Sequence[Layer]) -> dict[str, str]:
    """Self-governing territories with a code of their own → their sovereign state's code,
    the strongest file's word last."""
    found: dict[str, str] = {}
    for layer in sorted(layers, key=lambda item: RANKS[item.tier]):
        for c in layer.model.countries:
            if c.sovereign is not None:
                found[c.code] = c.sovereign
    return found


def _secessions(layers: Sequence[Layer]) -> dict[str, Secession]:
    """Seceded states by code, from the strongest file that dates them."""
    found: dict[str, Secession] = {}
    names: dict[str, tuple[str, ...]] = {}
    for layer in sorted(layers, key=lambda item: RANKS[item.tier]):  # weakest first: overwritten
        for c in layer.model.countries:
            names[c.code] = (c.name, *c.names, *c.adjectives, *c.peoples)
    for layer in sorted(layers, key=lambda item: RANKS[item.tier]):
        for c in layer.model.countries:
            if c.seceded_from is not None and c.independence is not None:
                found[c.code] = Secession(before=c.seceded_from, since=c.independence,
                                          names=names[c.code],
                                          before_names=names.get(c.seceded_from, ()))
    return found
