"""Titles with a civil sense: the captain of a team or a ship, the president of a club.

The dictionaries give "captain" a military sector (PETRARCH CAPTAIN [~MIL]) and "president" or
"chairman" a government one, which is their sense in "an army captain" or "the Gondorian
president". The same words head a sports team ("the team captain", "Arnor's cricket captain",
"the captain of the national team"), a ship, an aircraft's crew or a flight ("the ship's
captain"), and a club ("the club's president"): no officer of a state. What says so is the
word the title is of, written before it ("team captain", "the club's chairman") or after it
with "of" ("captain of the team"): english.yaml `civil_sense_titles` lists the titles and
`civil_title_owners` the teams, sports, clubs and vessels. A state's own body named in the
phrase ("a navy ship's captain", "the army rugby team captain") keeps the state's sense.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.phrase_state import Found
from detente.coding.unowned_arms import ARMED_GROUP_SECTORS
from detente.lexicons.actors import Match, Token
from detente.lexicons.english import english

# The word that names what a title is of when it follows it ("captain *of* the team").
OF = "of"
# The case of a word written in lower case (lexicons.actors.Token.case).
LOWER = "lower"
# The sector of a state's armed forces (PLOVER MIL), which no armed group's rank is.
STATE_FORCES = "MIL"
# The rule of a country's or a people's adjective ("Afghan"), which names no armed group.
DEMONYM = "demonym"
# The kind of match of a country's own name ("Pakistan"), not its adjective ("Pakistani").
COUNTRY_NAME = "country"


def civil_title(tokens: Sequence[Token], title: Match, agents: Sequence[Match]) -> bool:
    """Whether a title word heads a team, a sports club or a vessel here rather than a state's
    office: for a title of civil sense, a listed owner word before it or in its "of" phrase;
    for any office, a club or a sport right before it or in its "of" phrase; and in both, no
    state's organ (a sector of office) among the phrase's other sector words."""
    senses = english().senses
    words = " ".join(t.norm for t in tokens[title.start : title.end])
    offices = senses.office_sectors
    if any(m is not title and m.term.entry.sector in offices for m in agents):
        return False
    owners = senses.civil_title_owners
    if words in senses.civil_sense_titles and any(t.norm in owners for t in tokens[: title.start]):
        return True
    if words in senses.civil_sense_titles and _of_owner(tokens, title.end, owners):
        return True
    return _club_office(tokens, title)


def national_team_title(tokens: Sequence[Token], matches: Sequence[Match], title: Match) -> bool:
    """Whether a team title follows a country's name right before it: "Pakistan captain
    Younis", "the England captain", "Gondor's skipper". A country's name (not its adjective)
    used as a noun before "captain" names its national team, as sports pages write it; a state's
    officer is written with his service ("a Pakistan Army captain") or the adjective ("a
    Pakistani captain"), which stay military. english.yaml `national_team_titles`."""
    words = " ".join(t.norm for t in tokens[title.start : title.end])
    if words not in english().senses.national_team_titles:
        return False
    return any(m.end == title.start and m.term.kind == COUNTRY_NAME for m in matches)


def _club_office(tokens: Sequence[Token], title: Match) -> bool:
    """ "the club chief", "the club's spokesman", "the football federation's vice-president",
    "chief of the club": any office of a club or a sport's body is that body's (english.yaml
    `club_office_owners`), when the club or sport is named right before the title or in its
    "of" phrase."""
    owners = english().senses.club_office_owners
    if title.term.entry.sector not in english().senses.office_sectors:
        return False
    before = tokens[title.start - 1].norm if title.start else ""
    return before in owners or _of_owner(tokens, title.end, owners)


def chief_adjective(tokens: Sequence[Token], match: Match) -> bool:
    """Whether an office word is the adjective "chief" here. "the general manager", "General
    Secretary Xi", "the union's general secretary", "the Prosecutor General": "general"
    before a noun of an office, or after one, is the adjective (dictionary: "chief,
    principal"), no military rank (PETRARCH GENERAL [~MIL]); the rank
    goes before a name or stands alone ("General Halbarad", "the general"). So is "head"
    before a lower-case noun ("the head coach", "the head chef"): the chief one of them, no
    head of a state or body ("the head of the army")."""
    senses = english().senses
    words = " ".join(t.norm for t in tokens[match.start : match.end])
    if words in senses.head_adjectives:
        return _before_noun(tokens, match.end)
    if words not in senses.general_words:
        return False
    after = match.end < len(tokens) and tokens[match.end].norm in senses.general_offices
    # "the Prosecutor General", "the Consul General": after the office it is chief of
    before = match.start > 0 and tokens[match.start - 1].norm in senses.general_title_heads
    return after or before


def _of_owner(tokens: Sequence[Token], end: int, owners: frozenset[str]) -> bool:
    """ "captain of the Turkish national team": an owner word in the "of" phrase right after
    the title, before anything ends it."""
    if end >= len(tokens) or tokens[end].norm != OF:
        return False
    words = english().words
    ends = words.conjunctions | words.apposition_separators  # what follows is no longer its
    for token in tokens[end + 1 :]:
        if token.norm in ends:
            return False
        if token.norm in owners:
            return True
    return False


def _before_noun(tokens: Sequence[Token], end: int) -> bool:
    """Whether a lower-case word follows (a noun the word before it qualifies: "head *coach*"),
    not "of" ("the head of the team") or the end of the phrase."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    return after.case == LOWER and after.norm.isalpha() and after.norm != OF


def armed_group_rank(stated: Found, entity: Found | None) -> Found | None:
    """ "a Taliban commander", "a senior Hamas commander", "a Hezbollah commander": a
    soldier's word or rank (MIL: the armed forces of a state, PLOVER) under the name of an
    armed group that is no state's is of that group's sector (REB); None otherwise."""
    if stated.sector != STATE_FORCES or entity is None or not entity.sector:
        return None
    if entity.sector not in ARMED_GROUP_SECTORS or entity.rule == DEMONYM:
        return None
    return Found(sector=entity.sector, spans=stated.spans, rule="agent")
