"""Relevance from who acts: players, teams and sports officials are no political party.

"South Africa's pacemen attacked the stumps", "Zimbabwe's coach accused the umpires", "the
Wallabies defeated the All Blacks": the country in a sports party's phrase names whom the team
plays for, not a state acting. An event whose every actor is headed by a noun of an athlete, a
sports official or a national team's name is sport, unless a political party is among its
parties (coding/relevance.py asks after that). relevance.yaml's `sport_party_nouns` lists the
nouns. A party named with the name of a sport or of a sports body ("officials from Football
Australia", "FIFA delegates") runs sport: it is no political party whatever sector its head noun
gave it (`sport_body_words`).

Some nouns name a player or a team in sport and an officer or a party in politics: "the England
captain", "the home side", "India's attack". In a sports story such a party is a player or a
team (`sport_shared_nouns`); elsewhere it keeps the sector the actor stage gave it ("an army
captain", "the two sides").
"""

from __future__ import annotations

from detente.coding.thing_parties import head_word
from detente.lexicons.relevance import RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["sport_actor", "sport_body", "sport_context", "sport_shared"]

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
    return not words.isdisjoint(bodies)


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
    return None
