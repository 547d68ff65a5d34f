"""An organisation's acronym read with the article around it (actors12).

An acronym names a body only as far as its article lets it. Several bodies share one ("APC" is
Nigeria's All Progressives Congress and Sierra Leone's All People's Congress; "PDP" a Nigerian
and an Indian party), and a name of its own written before it makes it part of another body's
name ("Nenagh MDC", an Irish municipal district council, is no Zimbabwean party). So:

- of the bodies an acronym may name, the one whose country the article names is meant (most
  named first; when it names none of theirs, the lexicon's first);
- an acronym of a national body written right after a capitalised word the lexicon does not
  know ("Nenagh MDC", but also "Texas GOP", "Lagos APC") names that body only when the article
  names the body's country, in words or by its places; otherwise it names no body we know.

The article's countries are those its context names by any name but such acronyms (which
would vouch for themselves) and those of its places (``ActorMemory.places``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from detente.coding.actor_state import ActorMemory
from detente.geo.locate import ArticlePlaces
from detente.lexicons.actors import KINDS, ActorLexicon, Match, OrganisationEntry, Term, Token
from detente.lexicons.english import english


def national_acronym(m: Match, tokens: Sequence[Token]) -> bool:
    """Whether a match is one word in capitals naming a national body ("MDC", "APC")."""
    entry = m.term.entry
    return (
        m.term.kind == "org" and m.end - m.start == 1 and tokens[m.start].case == "upper"
        and len(tokens[m.start].norm) > 1 and isinstance(entry, OrganisationEntry)
        and entry.country not in KINDS
    )  # fmt: skip


def named_before(m: Match, tokens: Sequence[Token], matches: Sequence[Match]) -> bool:
    """ "Nenagh MDC": a capitalised word no lexicon entry covers right before the acronym, with
    nothing between them but a space."""
    i = m.start - 1
    if i < 0 or tokens[i].case != "title" or not tokens[i].norm.isalpha():
        return False
    if tokens[i].norm in english().words.all_determiners | english().words.boundary:
        return False  # "The MDC": a sentence's first word
    if tokens[m.start].start - tokens[i].end > 1:
        return False  # "Ireland's MDC", "Lagos, APC": a possessive or a comma between
    return not any(o.start <= i < o.end for o in matches)


def article_countries(
    lexicon: ActorLexicon, context: str | None, memory: ActorMemory | None
) -> list[str] | None:
    """The countries the article names, most named first; None when nothing is known of it."""
    if not context:
        return None
    tokens, matches = lexicon.scan(context, keep=False)
    counts: Counter[str] = Counter()
    for m in matches:
        entry = m.term.entry
        if national_acronym(m, tokens) and (
                named_before(m, tokens, matches) or len(_readings(lexicon, m, tokens)) > 1):
            continue  # "Nenagh MDC", "APC": an acronym in doubt vouches for no country
        country = getattr(entry, "output", None) if m.term.kind in ("country", "adjective",
                                                                    "people", "seat") else None
        if m.term.kind in ("org", "person"):
            country = getattr(entry, "country", None)
        if country and country not in KINDS:
            counts[country] += 1
    named = [c for c, _ in counts.most_common()]
    places = sorted(memory.places) if memory is not None else []
    return named + [c for c in places if c not in named]


def acronyms_read(
    lexicon: ActorLexicon,
    tokens: Sequence[Token],
    matches: Sequence[Match],
    context: str | None,
    memory: ActorMemory | None,
    places: frozenset[str] | None = None,
) -> tuple[Match, ...]:
    """The phrase's matches with each national acronym read as the article lets it (by its
    context and memory, or by its places alone: ``places``)."""
    if not any(national_acronym(m, tokens) for m in matches):
        return tuple(matches)
    countries = article_countries(lexicon, context, memory)
    if countries is None and places is not None:
        countries = sorted(places)
    if countries is None:
        return tuple(matches)
    kept: list[Match] = []
    for m in matches:
        if not national_acronym(m, tokens):
            kept.append(m)
            continue
        chosen = _meant(lexicon, m, tokens, countries)
        if chosen is None and named_before(m, tokens, matches):
            continue  # "Nenagh MDC" in an Irish story: another body's name
        kept.append(chosen or m)
    return tuple(kept)


def _meant(
    lexicon: ActorLexicon, m: Match, tokens: Sequence[Token], countries: list[str]
) -> Match | None:
    """The reading of an acronym whose country the article names, most named first."""
    terms = _readings(lexicon, m, tokens)
    for country in countries:
        for term in terms:
            if getattr(term.entry, "country", None) == country:
                return Match(start=m.start, end=m.end, term=term)
    return None


def _readings(lexicon: ActorLexicon, m: Match, tokens: Sequence[Token]) -> list[Term]:
    """Every body an acronym may name."""
    key = (tokens[m.start].norm,)
    span = tokens[m.start : m.end]
    return [t for t in lexicon.index.get(key, ()) if t.kind == "org" and t.fits(span)]


def place_countries(places: ArticlePlaces | None) -> frozenset[str]:
    """The countries of an article's places: those it names unambiguously, and those of
    places that lie in one country whatever their reading ("Srinagar")."""
    if places is None:
        return frozenset()
    sure = {
        next(iter(found)) for m in places.mentions
        if len(found := {c.country for c in m.candidates if c.country}) == 1
    }  # fmt: skip
    return frozenset(places.countries | sure)


def unread_in_context(
    lexicon: ActorLexicon, context: str, memory: ActorMemory | None
) -> frozenset[int]:
    """Token starts of the context's acronyms that name no body we know there ("Nenagh MDC" in
    an Irish story): they lend the article no country."""
    tokens, matches = lexicon.scan(context, keep=False)
    if not any(national_acronym(m, tokens) and named_before(m, tokens, matches) for m in matches):
        return frozenset()
    read = {m.start for m in acronyms_read(lexicon, tokens, matches, context, memory)}
    return frozenset(m.start for m in matches if m.start not in read)
