"""Parties the article's words stand for (actors12): a pronoun "it" whose own sentence names
the body it stands for, the speaker whose own state "the government" of a reported clause is,
and the users of force that an unowned instrument ("the warplanes") belongs to.

"Acme Holdings said it would close the plant": "it" is the body that says so, the subject of
the reporting clause above. When that subject is a name the lexicons do not know (a company, a
local charity), the pronoun is that unknown body too; the article's memory, which can only
offer a party named before (a foreign armed group two paragraphs up), must not stand for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.actor_clauses import reporting_subject
from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.match import Match
from detente.coding.party_mentions import NAMED_RULES
from detente.coding.syntax import governing_subjects
from detente.lexicons.english import english
from detente.records import ActorMention

if TYPE_CHECKING:
    from detente.coding.events import Outcome

# The sectors of the users an instrument of force may belong to: a state's forces and police
# ("helicopter gunships fired" in a story of police fighting insurgents), or a state named by
# itself ("Turkey launched air strikes").
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", None})
# The pronoun of a body or thing (persons are "he"/"she", groups "they").
NEUTER_PRONOUN = "it"


def unknown_speaker(match: Match) -> bool:
    """Whether the actor is "it" and the clause above has a proper name as its subject that
    the pronoun agrees with (callers have found no code for that name)."""
    pronoun = match.actor
    if pronoun is None or pronoun.lower_ != NEUTER_PRONOUN:
        return False
    subject = reporting_subject(match)
    return subject is not None and subject.pos_ == "PROPN"


def note_force_users(outcomes: Sequence[Outcome], memory: ActorMemory) -> None:
    """Remember the states and state forces that acted with force in the sentence (CAMEO
    18-20): a later instrument with no owner named ("the warplanes struck", "helicopters
    fired") is theirs, not the country it strikes, nor whoever the story names most. Armed
    groups are left out: warplanes, gunships and tanks are the arms of states' forces, and
    "helicopters fired on the fighters" are the other side's."""
    roots = english().codes.attack_roots
    for o in outcomes:
        event = o.event
        if event is None or event.cameo[:2] not in roots:
            continue
        for m in event.actor:
            if m.sector not in STATE_FORCE_SECTORS:
                continue
            memory.note_force(ActorCode(country=m.country, sector=m.sector, name=m.name,
                                        matched=m.text, rule=m.rule, org=m.org))


# Rules of a party known from the article or by its sector noun alone, not by a name.
REFERENCE_RULES = frozenset({"reference", "context", "agent"})
# Rules of an unnamed party placed by the event's or the article's places (actors13).
PLACED_RULES = frozenset({"location", "places"})
# Rules of a country guessed for an unnamed party, not read in its words (actors13).
GUESSED_RULES = frozenset({"context", "places", "location"})


Resolver = Callable[[Token], tuple[ActorMention, ...]]


def speakers_state(
    found: tuple[ActorMention, ...], head: Token, resolve: Resolver
) -> tuple[ActorMention, ...]:
    """ "Prime Minister Holness announced that the government will extend the curfew", "Putin
    said his country will not lift the ban": the state a reported clause names by a bare
    noun (english.yaml own_state_nouns) is the speaker's own, and the speaker's words are what
    name it in the sentence. Its code stays the state's; its words become the speaker's, when
    the speaker is named or titled and of the same country as the code the reference took.

    actors13: likewise "Taliban leaders said the fighters will lay down their arms": members
    named by their sector noun alone in a clause a named organisation reports, of its country
    and sector, are that organisation's own (its fighters, its members), shown by its name."""
    if len(found) != 1 or found[0].rule not in REFERENCE_RULES | PLACED_RULES:
        return found
    own_state = head.lemma_.lower() in english().senses.own_state_nouns
    if not own_state and (found[0].name or found[0].org):
        return found
    speaker = next((s for s in governing_subjects(head.head, cross_ccomp=True)
                    if s.pos_ != "PRON"), None)  # fmt: skip
    named = resolve(speaker) if speaker is not None else ()
    if len(named) != 1:
        return found
    [state], [said] = found, named
    if own_state:
        if said.country != state.country or state.rule not in REFERENCE_RULES:
            return found
        if said.rule in NAMED_RULES or _speaks_for(said, head):
            return (replace(state, text=said.text, start=said.start, end=said.end,
                            name=said.name),)  # fmt: skip
        return found
    if speaker is None or speaker.head.lemma_.lower() not in english().senses.reporting_verbs:
        return found  # own members are told of by a body that reports ("said", "announced")
    return own_members(state, said)


def own_members(party: ActorMention, speaker: ActorMention) -> tuple[ActorMention, ...]:
    """actors13: "The Gondorian army said soldiers shot a man near Osgiliath", "Taliban leaders
    said the fighters will lay down their arms": members named by the sector noun alone in a
    clause that a named body of that same sector reports are the body's own (its soldiers,
    its fighters), so they are of its country and organisation, not of the place where they
    acted. The body must name its own country ("the Gondorian army": rule agent with a
    country) or be a name. A named organisation's words name them ("Taliban leaders")."""
    if speaker.rule not in NAMED_RULES | {"agent"} or not speaker.country or (
            speaker.sector is None or speaker.sector != party.sector):
        return (party,)
    if speaker.start < party.end and party.start < speaker.end:
        return (party,)  # the party is the speaker itself
    if party.country is not None and party.rule not in GUESSED_RULES:
        return (party,)  # its own words or an earlier mention placed it
    if speaker.rule == "org" and speaker.org:
        return (replace(party, text=speaker.text, start=speaker.start, end=speaker.end,
                        name=speaker.name, org=speaker.org, country=speaker.country,
                        rule="reference"),)  # fmt: skip
    # known from the sentence's own speaker: no later guess from the event's place replaces it
    return (replace(party, country=speaker.country, org=speaker.org, rule="reference"),)


def _speaks_for(speaker: ActorMention, head: Token) -> bool:
    """actors13: whether the speaker's own title names the body the reported clause names
    ("the spokesperson of the government Gokul Baskota said that the government will …",
    "a government spokesman said the government would …"): a spokesperson speaks for the
    body of their title, so that clause's "the government" is the body they speak for, even
    when the article lends both their country."""
    words = {w.lower().strip(".,") for w in speaker.text.split()}
    return head.lower_ in words or head.lemma_.lower() in words
