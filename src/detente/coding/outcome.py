"""Named outcomes of the coding stages: a result, or a rejection that says where and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The stages a trigger passes through on its way to an Event, in order.
Stage = Literal["triggers", "parties", "framing", "code", "setting", "placement"]

# Why a trigger candidate produced no event. Each code is documented in REASONS.
Reason = Literal[
    "no-trigger",
    "no-pattern-fits",
    "complement-of-frame",
    "requested-act",
    "alleged-act",
    "modifier",
    "people-noun",
    "no-parties",
    "violence-against-thing",
    "no-actor",
    "statement-sense",
    "unplaced-actor",
    "unplaced-attacker",
    "unowned-machine",
    "requires-recipient",
    "no-event-sense",
    "same-fact",
    "reacted-to",
    "claimed-act",
    "prevented-act",
    "no-party-word",
    "judged-party",
    "not-the-holder",
]

REASONS: dict[str, str] = {
    "no-trigger": "no word of the sentence is a trigger in the verb lexicon",
    "no-pattern-fits": "the word is a trigger, but none of its patterns' constraints hold here",
    "complement-of-frame": "the verb is the complement of a frame that coded it as one event",
    "requested-act": "what a request or appeal asks for has not happened",
    "alleged-act": "what an accusation alleges is its content, not a reported event",
    "modifier": "a participle used as an adjective is no event of its own",
    "people-noun": "a participle used as a noun (\"the injured were taken to hospital\") names "
    "the people it was done to, no event with an actor of its own",
    "no-parties": "an event noun with neither an owner nor a recipient",
    "violence-against-thing": "violence against people needs a person as its object",
    "no-actor": "no actor could be found for the trigger",
    "statement-sense": "the pattern codes a statement (CAMEO 01x), which PLOVER does not code",
    "unplaced-actor": "the actor names no country, and the event's place gives none",
    "unplaced-attacker": "unnamed attackers, and no place to tell whose country it was",
    "unowned-machine": (
        "a warplane, drone, missile or air strike named with no owner: the place it hit is the"
        " struck side's, not whose it was"
    ),
    "requires-recipient": "the PLOVER type requires a recipient and none was found",
    "no-event-sense": "the words are used in a sense that reports no event (a view, an estimate, "
    "what a text provides, an interview)",
    "same-fact": "the event noun is part of another event of the same type and actor in the "
    "sentence (\"travelled to Nashville for talks\"): one fact, coded once",
    "reacted-to": "an event noun with no owner of its own that another event reacts to "
    "(condolences over an attack, concern about fighting): the topic, not a reported act",
    "claimed-act": "what a party claims to have done is its claim of responsibility (CAMEO 015), "
    "not an act the text reports",
    "prevented-act": "what a party was kept from doing (\"barred journalists from meeting\") "
    "did not happen, and is not the preventer's act",
    "judged-party": "\"X is to blame\" judges X, who blames no one: the accusation is the "
    "speaker's when a verb of saying reports it, else the text's own and no event",
    "not-the-holder": "ending an occupation, siege or blockade by withdrawing is the holder's "
    "act: a party the text names as another, or as the one held, does not retreat",
    # The candidate filter's reason (stage "filter"): such a sentence is never parsed.
    "no-party-word": "the sentence has a trigger word but no word that can name a party",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """A trigger candidate dropped at a stage, for a reason with a code."""

    stage: Stage
    reason: Reason
    detail: str = ""

    @property
    def explanation(self) -> str:
        """The reason in words, with the detail if any."""
        words = REASONS[self.reason]
        return f"{words} ({self.detail})" if self.detail else words
