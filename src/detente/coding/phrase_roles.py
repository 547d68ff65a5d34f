"""Sector and country words whose sense the rest of the phrase or the article decides: a status
word over a private person, a sheriff's deputies, a native people's own name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actor_index import fold
from detente.lexicons.actors import AgentGroup, Match, Token
from detente.lexicons.english import EnglishWords, english

# Entry kinds that name a body or a person of their own: "a former CIA officer" held an office
# the name says, whatever the noun after it.
NAMED_KINDS = frozenset({"org", "person", "seat"})
# Entry kinds that turn a name into a people ("Indians", "Indian").
DEMONYM_KINDS = frozenset({"adjective", "people"})


def private_status(
    tokens: Sequence[Token], matches: Sequence[Match], status: Match, agents: Sequence[Match]
) -> bool:
    """ "a former dentist", "former employees", "a retired teacher": a status word over no
    office names a private person's past, not an elite (PLOVER ELI is former officials)."""
    offices = english().senses.office_sectors
    others = [m for m in agents if m is not status and _group(m).rank != "status"]
    if any(_group(m).sector in offices for m in others):
        return False
    if any(m.term.kind in NAMED_KINDS for m in matches):
        return False
    if others:
        return True
    # no sector noun after it: an ordinary word the lexicon does not know ("dentist")
    covered = {i for m in matches for i in range(m.start, m.end)}
    after = status.end
    return after < len(tokens) and after not in covered and (
        tokens[after].case == "lower" and tokens[after].norm.isalpha()
    )


def sheriffs_deputy(tokens: Sequence[Token], match: Match, article: str) -> bool:
    """ "Deputies arrested a man" in a story about a sheriff's office: the sheriff's deputies
    (police), not a minister's deputies."""
    senses = english().senses
    words = " ".join(t.norm for t in tokens[match.start : match.end])
    if words not in senses.sheriff_deputies:
        return False
    return any(w in senses.sheriff_words for w in re.findall(r"[a-z]+", article.lower()))


def local_place(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the words that decided a sector are a local government noun ("city")."""
    nouns = english().senses.local_place_nouns
    return any(" ".join(t.norm for t in tokens[a:b]) in nouns for a, b in spans)


def body_noun(tokens: Sequence[Token], span: tuple[int, int], *, specific: bool = False) -> bool:
    """Whether a sector noun is one of local or administrative government ("the city", "the
    water board", "the commission"), which bodies of their own name carry; ``specific``: one
    that names one body, never any of its sector ("the commission", "the board")."""
    senses = english().senses
    heads = senses.specific_body_heads if specific else senses.named_body_heads
    return tokens[span[1] - 1].norm in heads


def some_place(tokens: Sequence[Token], match: Match, text: str) -> bool:
    """ "shelled a city in northeastern Syria", "welcome geothermal to town", "the town's
    partner": a local government noun after an indefinite article, bare in lower case, or
    owning the noun after it is some place and its people, not a body of government."""
    if not local_place(tokens, ((match.start, match.end),)):
        return False
    end = tokens[match.end - 1].end
    after = text[end : tokens[match.end].start] if match.end < len(tokens) else text[end:]
    if "'" in after or "’" in after:  # "the town's partner": its owner, not what acts
        return True
    if match.start == 0:
        return tokens[0].case == "lower"  # "to town", "in town"
    return tokens[match.start - 1].norm in english().senses.place_indefinites


def place_modifier(
    tokens: Sequence[Token], matches: Sequence[Match], match: Match, agents: Sequence[Match]
) -> bool:
    """ "a Lamar County man", "City officials", "settlers in the West Bank city of Hebron": a
    local government noun beside another sector noun only says where that one is from."""
    if not local_place(tokens, ((match.start, match.end),)):
        return False
    # "the Montgomery County Democrats": a body named after it is what acts
    named = any(
        m.start >= match.end and m.term.kind in NAMED_KINDS | DEMONYM_KINDS
        and all(t.norm != "of" for t in tokens[match.end : m.start])
        for m in matches
    )  # fmt: skip; "the City of Paris" is the city's own
    # "the Montgomery County History Center", "Wright County Egg": a name of its own after it
    covered = {i for m in matches for i in range(m.start, m.end)}
    after = match.end
    titled = after < len(tokens) and after not in covered and tokens[after].case != "lower" and (
        tokens[after].norm.isalpha()
        and tokens[after].start == tokens[after - 1].end + 1  # not "the city's SWAT team"
    )
    return named or titled or any(m is not match for m in agents)


def without_native_names(
    tokens: Sequence[Token], matches: Sequence[Match], words: EnglishWords
) -> tuple[Match, ...]:
    """Drop "Indians" after a name of its own ("Caddo Indians", "the Cleveland Indians"): the
    name of a native people of the Americas, or a team's, not India's people."""
    native = english().senses.native_demonyms
    covered = {i for m in matches for i in range(m.start, m.end)}

    def named(m: Match) -> bool:
        if m.term.kind not in DEMONYM_KINDS or m.end - m.start != 1:
            return False
        if tokens[m.start].norm not in native:
            return False
        # "Indian Orchard Citizens Council", "Indian River County": a place's own name
        placed = m.term.kind == "adjective" and name_word(m.end) and (
            m.end + 1 < len(tokens) and tokens[m.end + 1].case != "lower")
        return name_word(m.start - 1) or placed

    def name_word(i: int) -> bool:
        if i < 0 or i >= len(tokens):
            return False
        before = tokens[i]
        return (
            i not in covered
            and before.case != "lower"
            and before.norm.isalpha()
            and before.norm not in words.all_determiners
            and before.norm not in words.boundary
            and before.norm not in words.conjunctions
        )

    return tuple(m for m in matches if not named(m))


def _group(m: Match) -> AgentGroup:
    entry = m.term.entry
    assert isinstance(entry, AgentGroup)
    return entry


def demonym_person(tokens: Sequence[Token], matches: Sequence[Match], a: int, h: int) -> bool:
    """ "the Briton", "a 45-year-old Australian", "Smith, a Briton" (actors13): a demonym that
    heads a phrase after a determiner and has a plural people's name ("Britons") is a count
    noun, one person of that nation (dictionary: Briton "a British person"); nothing else in
    the phrase names an office, so a private one. "The British", "the Chinese" have no such
    plural: as nouns they name the nation's side."""
    if h - a < 2 or tokens[a].norm not in english().words.all_determiners:
        return False
    head = next((m for m in matches if m.end == h and m.start == h - 1), None)
    if head is None or head.term.kind != "adjective":
        return False
    plural = tokens[h - 1].norm + "s"
    return any(fold(people) == plural for people in head.term.entry.peoples)


# The rule and sector of a generic collective noun ("group", "organisations", "committee").
GENERIC_RULE = "generic"
COLLECTIVE_SECTOR = "SOC"


def without_collective(stated: Found, entity: Found | None) -> Found:
    """actors14: no sector from a generic collective noun after an organisation's name ("the UN
    organizations", "an EU committee", "the Red Cross group"): the noun names that body or its
    parts, which keep the body's own sector (none for the UN: an intergovernmental body is no
    civil society group); a generic word that names a role ("EU officials") stays."""
    collective = stated.rule == GENERIC_RULE and stated.sector == COLLECTIVE_SECTOR
    return Found() if collective and entity is not None and entity.org else stated


def name_fragment(
    tokens: Sequence[Token], matches: Sequence[Match], match: Match, end: int
) -> bool:
    """ "National Guardsmen", "the National" cut from "the National Guard", "national team
    players": the noun "national" (dictionary: a citizen of a particular country) heads its
    phrase after a people or a determiner ("a French national", "Chinese nationals");
    capitalised with no people before it, it is a word of a name, and in lower case before
    another common noun it is the adjective (actors16). Words of ``end`` end the head."""
    word = tokens[match.start]
    if match.end - match.start != 1 or word.norm not in english().senses.citizen_nouns:
        return False
    if word.case == "lower":
        return match.end < end and tokens[match.end].case == "lower"
    return not any(m.term.kind in DEMONYM_KINDS and m.end == match.start for m in matches)
