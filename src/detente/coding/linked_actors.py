"""Actors a trigger takes from a phrase the parse links it to, when its own subject names none.

Three shapes of news prose leave the party plain to a reader but not to the subject slot:
- a count of a group as subject ("Four of the officers fired", "one of his aides shot"): the
  group counted is the party;
- a verbal act coordinated with a reported state ("Moon said China was responsible and called
  for Beijing's cooperation"): the parser hangs "called" on the reported "was", whose subject
  is China, but a state and an act of speech joined so are both the speaker's report and act;
  a deed of conduct among the verbal codes ("said the flights were a provocation and breached
  its airspace": CAMEO 128, defy norms or law) stays with the reported party, who did it;
- a capture by the police ("captured by Middletown police"): police do not take hostages, they
  arrest (CAMEO 173, not 181).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.coding.syntax import child, prep_objects, subject_of
from detente.lexicons.english import english
from detente.records import ActorMention

# Quad classes of verbal acts (1 verbal cooperation, 3 verbal conflict): acts of speech a
# speaker does, as against deeds the reported party may have done ("and attacked the town").
VERBAL_QUADS = frozenset({1, 3})
# The part of speech of a count heading a subject ("Four of the officers", "one of his aides").
COUNT_POS = frozenset({"NUM"})
ABDUCT_ROOT = "181"  # CAMEO 181x: abduct, hijack, take hostage
ARREST_CODE = "173"  # CAMEO 173: arrest, detain


def counted_party(head: Token | None) -> Token | None:
    """The group a counted subject is drawn from: "Four of *the officers*", "some of *them*"."""
    if head is None or head.dep_ != "nsubj":
        return None
    counting = head.pos_ in COUNT_POS or head.lemma_.lower() in english().words.partitives
    if not counting:
        return None
    return next(prep_objects(head, "of"), None)


def reported_speaker_act(coder: Coder, match: Match) -> Match:
    """The match with the speaker as actor when a verbal act is coordinated with the copular
    clause the speaker reports ("said China was responsible and called for …")."""
    verb = match.head
    if verb.dep_ != "conj" or child(verb, "nsubj", "nsubjpass") is not None:
        return match
    state = verb.head
    if state.lemma_.lower() != "be" or state.dep_ != "ccomp":
        return match
    speech = state.head
    if speech.lemma_.lower() not in coder.verbs.speech or speech.tag_ != verb.tag_:
        return match  # the act is told in the reporting verb's tense, or it is the reported one's
    speaker = subject_of(speech)
    entry = coder.ontology.codes.get(match.cameo)
    if speaker is None or entry is None or entry.quad_class not in VERBAL_QUADS:
        return match
    if _conduct(match.cameo):
        return match  # "and breached its airspace": the reported party's deed, no speech
    return replace(match, actor=speaker)


def _conduct(cameo: str) -> bool:
    """A verbal code that names a deed of conduct (CAMEO 128: violate, breach, defy a law)."""
    return any(cameo.startswith(code) for code in english().codes.conduct_codes)


def arrest_by_police(coder: Coder, framing: Framing, actor: tuple[ActorMention, ...]) -> Framing:
    """ "captured by Middletown police": a capture (CAMEO 181) by police alone is an arrest."""
    codes = english().codes
    if not actor or not framing.entry.code.startswith(ABDUCT_ROOT):
        return framing
    if not all(m.sector in codes.home_authority_sectors for m in actor):
        return framing
    return replace(framing, entry=coder.ontology.cameo(ARREST_CODE), composed="police")
