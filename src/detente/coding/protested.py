"""Whom a protest that names no target is aimed at: the protesters' own government.

A protest, strike or sit-in told without its target ("thousands of Eastlanders protested in
the capital", "teachers went on strike") is dissent against the state the protesters live
under (CAMEO 14x), and so is its end ("teachers called off their strike": CAMEO 082). The
recipient is that state's government, coded with the rule "implied" so users can keep or drop
such recipients.

Its words are never the protesters' own: the protesters are the actor, not the side protested
against (held-out reading, session 15). The recipient points, in this order, at the words that
name that government when the sentence has them ("protesting *the state's* plan", recip13), at
the place in the event's own sentence where the protest happened when it lies in the
protesters' country ("protested in *Minas Tirith*": the state of the place), else at the word
that tells the act itself ("*protested*"), as an implied police actor points at "arrested".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.lexicons.english import english
from detente.records import ActorMention, Place

Mentions = tuple[ActorMention, ...]


def protested_government(
    cameo: str,
    actor: Mentions,
    named: Mentions = (),
    *,
    act: Token | None = None,
    location: Place | None = None,
) -> Mentions:
    """The protesters' own government, as the target of a protest that names none."""
    codes = english().codes
    dissent = cameo[:2] == codes.protest_root or cameo in codes.dissent_ended_codes
    if not dissent or not actor or actor[0].sector in ("GOV", None):
        return ()
    if actor[0].sector in codes.employee_sectors:
        return ()  # lead21: "bank staff are striking": a dispute with their employer
    first = actor[0]
    if first.country is None or len(first.country) != 3 or first.country in codes.org_kinds:
        return ()
    words = next((m for m in named if m.country is None and m.sector == "GOV"), None)
    words = words or _place_words(first, act, location) or _act_words(first, act) or first
    implied = replace(words, country=first.country, sector="GOV", name=None, org=None,
                      other_sectors=(), rule="implied")  # fmt: skip
    return (implied,)


def _place_words(
    first: ActorMention, act: Token | None, location: Place | None
) -> ActorMention | None:
    """The event's place as written in its own sentence, when it lies in the protesters'
    country and outside their own phrase ("Minas Tirith students" name no target)."""
    if act is None or location is None or location.country != first.country:
        return None
    start, end, text = location.start, location.end, location.text
    if start is None or end is None or text is None or location.rule == "dateline":
        return None
    sentence = act.sent
    if not sentence.start_char <= start < sentence.end_char:
        return None  # a place told in another sentence is no word of this event
    if first.start <= start < first.end:
        return None
    return replace(first, text=text, start=start, end=end)


def _act_words(first: ActorMention, act: Token | None) -> ActorMention | None:
    """The word that tells the protest, standing for the state it is aimed at."""
    if act is None:
        return None
    return replace(first, text=act.text, start=act.idx, end=act.idx + len(act.text))
