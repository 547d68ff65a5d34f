"""Threats that are another party's prediction: "Israeli officials said Hamas would attack
again", "the migrant said the police would murder him".

A violent act told as lying ahead is composed into a threat (CAMEO 13x) because a party that
announces its own act threatens with it ("Iran said it would strike back"). When the one who says
it is not that party, the clause is the speaker's prediction or fear: no threat was made. Two
signs that the speaker is someone else: the speaker's country is known and is none of the
actor's, or the act falls on the speaker ("would murder him"). The act then keeps its own code,
told as ahead or hypothetical (framing.py composed it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.blame import reporting_verb
from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.coding.syntax import subject_of
from detente.lexicons.english import english
from detente.records import ActorMention

Resolver = Callable[[Token], tuple[ActorMention, ...]]


def predicted_threat(
    coder: Coder, match: Match, framing: Framing, actor: tuple[ActorMention, ...], resolve: Resolver
) -> Framing:
    """The framing with the threat undone when the act was said by another party."""
    if framing.composed != "intent" or framing.entry.code[:2] != english().codes.threat_root:
        return framing
    said = reporting_verb(match.head, coder.verbs)
    speaker = subject_of(said) if said is not None else None
    if speaker is None or speaker.pos_ == "PRON" or _bound(match):
        return framing  # "he said they would …": whose the act is, the pronoun decides
    if not (_falls_on_speaker(match) or _other_state(resolve(speaker), actor)):
        return framing
    cue = f"{framing.cue}; {speaker.text!r} tells another party's act: a prediction, no threat"
    return replace(framing, entry=coder.ontology.cameo(match.cameo), composed=None, cue=cue)


def _bound(match: Match) -> bool:
    """The act's own subject is a pronoun: the speaker's own side, as a rule."""
    return match.actor is not None and match.actor.pos_ == "PRON"


def _falls_on_speaker(match: Match) -> bool:
    """ "the police would murder him": the act's object is the speaker, named by a pronoun."""
    own = english().senses.speaker_object_pronouns
    return match.recipient is not None and match.recipient.lower_ in own


def _other_state(said: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]) -> bool:
    """The speaker's country is known and is none of the actor's."""
    speakers = {m.country for m in said if m.country}
    actors = {m.country for m in actor if m.country}
    return bool(speakers) and bool(actors) and speakers.isdisjoint(actors)
