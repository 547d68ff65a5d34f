"""Relevance from who acts: players, teams and sports officials are no political party.

"South Africa's pacemen attacked the stumps", "Zimbabwe's coach accused the umpires", "the
Wallabies defeated the All Blacks": the country in a sports party's phrase names whom the team
plays for, not a state acting. An event whose every actor is headed by a noun of an athlete, a
sports official or a national team's name is sport, unless a political party is among its
parties (coding/relevance.py asks after that). relevance.yaml's `sport_party_nouns` lists the
nouns. A party named with the name of a sport or of a sports body ("officials from Football
Australia", "FIFA delegates") runs sport: it is no political party whatever sector its head noun
gave it (`sport_body_words`); so is a body named by the word "sport" and a noun of an
association ("the city's sports council", `sport_named_bodies`).

Some nouns name a player or a team in sport and an officer or a party in politics: "the England
captain", "the home side", "India's attack". In a sports story such a party is a player or a
team (`sport_shared_nouns`); elsewhere it keeps the sector the actor stage gave it ("an army
captain", "the two sides").

A charge or a ban told without its agent in a sports story, for an offence against a sport's
own rules ("he was charged with dissent", "banned for ball-tampering", `sport_offences`), was
laid by the sport's governing body: the authorities the actor stage implied are no party there
(senses17). A charge of a crime ("charged with assault") stays the authorities'.

A club and its following are private too: "the club's president" acts for a sports club, not
a state, whatever office the actor stage read in "president"; "fans of the club", "football
hooligans", "fans attacked the team bus" are a team's crowd (`club_words`, `fan_nouns`). An
act by them, or by private people against them, with no political party among its parties, is
sport or a crime report, no political event. A protest is left to the other rules: a crowd
protesting is made to those who govern ("fans protested against the ban").
"""

from __future__ import annotations

import functools
import re

from detente.coding.thing_parties import head_word, kind_word
from detente.lexicons.english import english
from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import ActorMention, Event

__all__ = [
    "club_party", "sport_actor", "sport_body", "sport_charge", "sport_context", "sport_shared",
]

REASON = "sport-party"
SPORTS = "sports"  # the domain of relevance.yaml whose vocabulary tells a sports report


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def sport_body(lexicon: RelevanceLexicon, mention: ActorMention, context: bool = False) -> bool:
    """A party named with the name of a sport or of a sports body ("officials from Football
    Australia", "FIFA delegates", "the Olympic committee"): it runs sport, whatever sector its
    head noun ("officials") gave it. In a sports story (``context``) a federation, an
    association, a league or a club named without its sport is the sport's too ("the
    federation's officials"); elsewhere it may be a state or a union ("the Russian Federation")."""
    text = f"{mention.text} ".replace("-", " ").replace("'s ", " ").replace("\u2019s ", " ")
    words = {w.strip(".,'\u2019\"()").lower() for w in text.split()}
    src = lexicon.source
    bodies = src.sport_body_words | (src.sport_story_bodies if context else frozenset())
    # senses16: "the city's sports council", "a sports club": a body named by its sport
    named = not words.isdisjoint(src.sport_words) and not words.isdisjoint(src.sport_named_bodies)
    return named or not words.isdisjoint(bodies)


def _phrase_words(mention: ActorMention) -> list[str]:
    """The words of a party's phrase as written, a possessive "'s" cut off ("club's" → "club")."""
    text = mention.text.replace("\u2019", "'").replace("-", " ")
    words = [w.strip(".,'\"()") for w in text.replace("'s ", " ").replace("s' ", "s ").split()]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def club_party(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """ "the club's president", "supporters of a rival club": a party named in a club's words
    acts for a private club, whatever office its title names. Lower-case only ("the Paris Club"
    of creditor states is a name), and never an intergovernmental body."""
    if mention.country in lexicon.source.political_kinds:
        return False
    return any(word in lexicon.source.club_words for word in _phrase_words(mention))


def _fan(lexicon: RelevanceLexicon, mention: ActorMention, sentence: str) -> bool:
    """ "fans of the club", "football hooligans", "fans attacked the team bus": a team's crowd,
    named so by its own phrase or, for fans (not "supporters"), by a term of sport in the
    sentence."""
    src = lexicon.source
    head = kind_word(lexicon, mention)
    if head not in src.fan_nouns and head not in src.follower_nouns:
        return False
    words = {w.lower() for w in _phrase_words(mention)}
    if not words.isdisjoint(src.club_words | src.team_words | src.sport_body_words):
        return True
    if head not in src.fan_nouns:
        return False
    cues = (*src.crowd_cues, *sorted(src.sport_body_words))
    return _cues(cues).search(_flat(sentence)) is not None


@functools.cache
def _cues(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The crowd cues compiled once (an empty list matches nothing)."""
    return term_pattern(terms) if terms else re.compile(r"(?!)")


def _crowd(lexicon: RelevanceLexicon, mention: ActorMention, event: Event) -> bool:
    """A club's officers or a team's crowd (senses15)."""
    return club_party(lexicon, mention) or _fan(lexicon, mention, event.sentence)


def _sport(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    if sport_body(lexicon, mention):
        return True
    nouns = lexicon.source.sport_party_nouns
    if head_word(lexicon, mention) in nouns:
        return True
    flat = _flat(mention.text)
    return any(" " in noun and flat.endswith(noun) for noun in nouns)  # "the All Blacks"


def sport_context(subject_domain: str | None) -> bool:
    """Whether the event is told in a sports story. A sentence alone is not enough: two sport
    words ("goals", "forward") turn up in diplomacy too ("the two sides moved forward on their
    goals"), and one dense in them is off-topic whoever its parties are (`dense_sentence_terms`)."""
    return subject_domain == SPORTS


def _title_word(mention: ActorMention) -> str:
    """The lower-case word before the name that ends a party's phrase, its title: "captain" in
    "Australia's captain Steve Smith"; empty when the phrase ends in no name."""
    words = mention.text.replace(",", " , ").split()
    end = len(words)
    while end and words[end - 1][:1].isupper():
        end -= 1
    if end == len(words) or not end:
        return ""
    return words[end - 1].strip(".'\"()").lower()


def sport_shared(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A party headed by a noun sport shares with politics ("captain", "side", "attack"), or
    named with one as the title before a name ("captain Steve Smith")."""
    nouns = lexicon.source.sport_shared_nouns
    return head_word(lexicon, mention) in nouns or _title_word(mention) in nouns


def sport_actor(lexicon: RelevanceLexicon, event: Event, context: bool = False) -> str | None:
    """The reason an event whose every actor is a player, a team or a sports official is no
    political event; None when some actor may be a party. With ``context`` (a sports story or
    sentence) a party headed by a noun sport shares with politics counts as a player too."""
    if not event.actor or not lexicon.source.sport_party_nouns:
        return None
    if all(_sport(lexicon, m) or (context and sport_shared(lexicon, m)) for m in event.actor):
        return REASON
    return _club_act(lexicon, event)


def _club_act(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """senses15: "fans attacked the team bus", "the club's president blamed supporters of a
    rival club", "a man attacked the club's fans": an act by a club or its crowd, or by private
    people against them; a protest is left to the other rules."""
    src = lexicon.source
    if event.cameo[:2] == english().codes.protest_root:
        return None
    if all(_crowd(lexicon, m, event) or _sport(lexicon, m) for m in event.actor):
        return REASON
    private = src.private_parties.sectors if src.private_parties is not None else frozenset()
    against = event.recipient and all(_crowd(lexicon, m, event) for m in event.recipient)
    if against and all(m.sector in private for m in event.actor):
        return REASON
    return None


def sport_charge(lexicon: RelevanceLexicon, mention: ActorMention, event: Event) -> bool:
    """The party is the authority implied by an agentless charge or ban for an offence against
    a sport's rules (asked only in a sports story)."""
    src = lexicon.source
    if mention.rule not in src.implied_rules or not src.sport_offences:
        return False
    return _cues(src.sport_offences).search(_flat(event.sentence)) is not None
