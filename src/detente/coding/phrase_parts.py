"""Token-level helpers of the phrase resolver (no phrase state); its word lists are in
english.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from detente.lexicons.actors import (
    KINDS,
    AgentGroup,
    Match,
    PersonEntry,
    RoleEntry,
    Token,
    one_edit_apart,
    tokenise,
)
from detente.lexicons.english import EnglishWords, english

# Given names this long may be spelt a letter apart and still be the person's ("Sooronbai");
# shorter ones are different names ("Ali" / "Ari").
TRANSLITERATED_MIN_LETTERS = 5
# Kinds of lexicon terms that name an entity (the rest are sector nouns).
ENTITY_KINDS = frozenset({"country", "adjective", "people", "seat", "org", "person"})


def given_name_fits(person: PersonEntry, words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """ "Vice Foreign Minister Ri Kil Song" is not Song Young-moo: words before the surname must
    be among the person's own names ("President Donald J. Trump" is Donald Trump)."""
    if len(words) <= len(key):
        return True
    own = {t.norm for name in (person.name, *person.aliases) for t in tokenise(name)}
    # transliterations differ by a letter ("Sooronbai" / "Sooronbay", "Yuliya" / "Yulia")
    return words[0] in own or (
        len(words[0]) >= TRANSLITERATED_MIN_LETTERS
        and any(one_edit_apart(words[0], name) for name in own)
    )


def title_fits(
    person: PersonEntry, title: Sequence[str], group: AgentGroup, offices: Callable[[str], bool]
) -> bool:
    """ "Attorney General Abbott" is not Tony Abbott: a title before a surname must agree with an
    office the person held, by sector and, where ``offices`` knows the role's title, by words."""
    if group.rank in ("generic", "status"):
        return True  # "leader Kim", "spokesman Peskov", "former Abbott" name no office
    return any(
        _office_fits(role, title, group.sector, offices(role.title)) for role in person.roles
    )


def _office_fits(role: RoleEntry, title: Sequence[str], sector: str | None, named: bool) -> bool:
    """ "Minister Lavrov" and "Defense Minister" fit a "Defence Minister": every word of the
    title is a word of the role's title (spelt a letter apart at most), and the sectors agree.
    A post our titles do not name ("Chief of Army Staff") is held by rank: the sector decides
    ("General Bajwa")."""
    if sector and role.sector and role.sector != sector:
        return False  # "Judge Smith", "Senator Brown" are no head of government
    own = {t.norm for t in tokenise(role.title)}
    return not named or all(
        word in own
        or (len(word) >= TRANSLITERATED_MIN_LETTERS and any(one_edit_apart(word, o) for o in own))
        for word in title
    )


def leads(title: str, words: EnglishWords) -> bool:
    """Whether a role heads a state or government (its holder's name is an administration's)."""
    lowered = title.lower()
    return any(t in lowered for t in words.leader_titles) and not any(
        t in lowered for t in words.deputy_words
    )


def without_name_parts(
    text: str, tokens: Sequence[Token], matches: Sequence[Match]
) -> tuple[Match, ...]:
    """Drop a one-word place that starts a person's name ("Jordan Peterson", "Chad Wolf")."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    words = english().words
    not_names = words.all_determiners | words.boundary

    def starts_name(m: Match) -> bool:
        if m.term.kind not in {"country", "seat"} or m.end - m.start != 1 or m.end >= len(tokens):
            return False
        token = tokens[m.end]
        between = text[tokens[m.start].end : token.start]
        return (
            m.end not in covered
            and token.case == "title"
            and token.norm.isalpha()
            and token.norm not in not_names
            and "'" not in between
            and "’" not in between
            and "," not in between
        )

    return tuple(m for m in matches if not starts_name(m))


def without_namesake_capitals(
    tokens: Sequence[Token], matches: Sequence[Match]
) -> tuple[Match, ...]:
    """Drop a place match that a state or province follows: "Athens, Ga.", "Moscow, Idaho"."""
    states = english().words.subnational_names

    def names_a_town(m: Match) -> bool:
        if m.term.kind not in {"country", "seat"} or m.end + 1 >= len(tokens):
            return False
        # the state is written capitalised ("Moscow, in a statement" names Moscow)
        if tokens[m.end].norm != "," or tokens[m.end + 1].case == "lower":
            return False
        after = [t.norm for t in tokens[m.end + 1 : m.end + 3]]
        return after[0] in states or " ".join(after) in states

    return tuple(m for m in matches if not names_a_town(m))


def without_glued_dateline(
    tokens: Sequence[Token], matches: Sequence[Match]
) -> tuple[Match, ...]:
    """Drop a seat of government written in capitals at the head of a longer phrase: a wire
    dateline the cleaner could not split off ("WASHINGTON Chinese officials said", "MOSCOW
    Turner Sports analyst X"), which tells where the story was filed, not who acts."""
    return tuple(
        m for m in matches
        if not (
            m.term.kind == "seat" and m.start == 0 and m.end < len(tokens)
            and all(t.case == "upper" and len(t.norm) > 1 for t in tokens[m.start : m.end])
            and tokens[m.end].case != "upper"
        )
    )  # fmt: skip


def refers(m: Match) -> str | None:
    return m.term.entry.refers if m.term.kind == "agent" else None


def split_at(
    tokens: Sequence[Token],
    matches: Sequence[Match],
    separators: frozenset[str],
    a: int = 0,
    b: int | None = None,
) -> list[tuple[int, int]]:
    """Ranges of [a, b) between separator words that no match covers; empty ranges dropped."""
    b = len(tokens) if b is None else b
    covered = {i for m in matches for i in range(m.start, m.end)}
    parts, start = [], a
    for i in range(a, b):
        if tokens[i].norm in separators and i not in covered:
            parts.append((start, i))
            start = i + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if y > x]


def role_on(roles: Sequence[RoleEntry], date: dt.date | None) -> RoleEntry | None:
    """The role held on ``date`` (first listed wins); with no date, the most recent role that
    led a state or government, else the most recent role: an undated story names Tony Blair
    as the prime minister he is known as, not as a later envoy."""
    if not roles:
        return None
    if date is None:
        words = english().words
        # heads of states and governments; an international body's president leads no state
        leading = [r for r in roles if r.country not in KINDS and leads(r.title, words)]
        return max(leading or roles, key=lambda r: r.start or dt.date.min)
    return next((r for r in roles if r.holds_on(date)), None)


def person_sector(person: PersonEntry, date: dt.date | None) -> tuple[RoleEntry, str | None]:
    """A person's role on the date; after every role ended, ELI; before any began, no sector."""
    role = role_on(person.roles, date)
    if role is not None:
        return role, role.sector
    assert date is not None
    ended = [r for r in person.roles if r.end is not None and r.end < date]
    if ended:
        return max(ended, key=lambda r: r.end or dt.date.min), "ELI"
    return min(person.roles, key=lambda r: r.start or dt.date.min), None


def abstract_head(tokens: Sequence[Token], matches: Sequence[Match], end: int,
                  words: EnglishWords) -> bool:  # fmt: skip
    """Whether the phrase's head noun (the last word before ``end``) is an abstract or event
    noun in lower case ("its main *purpose*", "the military *campaign*") that no name covers."""
    if end <= 0:
        return False
    i = end - 1
    if tokens[i].case != "lower":
        return False  # "the Neighborhood Association", "the Campaign for Peace": a name
    norm = tokens[i].norm
    singular = norm[:-1] if norm.endswith("s") else norm
    if norm not in words.abstract_heads and singular not in words.abstract_heads:
        return False
    return not any(m.start <= i < m.end and m.term.kind in ENTITY_KINDS for m in matches)
