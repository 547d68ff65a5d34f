"""Actors a trigger takes from a phrase the parse links it to, when its own subject names none.

Five shapes of news prose leave the party plain to a reader but not to the subject slot:
- a count of a group as subject ("Four of the officers fired", "one of his aides shot"): the
  group counted is the party;
- a verbal act coordinated with a reported state ("Moon said China was responsible and called
  for Beijing's cooperation"): the parser hangs "called" on the reported "was", whose subject
  is China, but a state and an act of speech joined so are both the speaker's report and act;
- a subject with a reduced relative clause ("Police officers responding to reports ... fatally
  shot a man"): the parser may hang the main verb under the participle as an unlabelled
  dependent; the participle's subject is then the main verb's;
- an expulsion told without its agent ("60 Russian diplomats being expelled from the United
  States"): only the state a party is expelled from can expel it, so that state acts;
- a capture by the police ("captured by Middletown police"): police do not take hostages, they
  arrest (CAMEO 173, not 181).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.coding.syntax import child, is_participle, is_passive, prep_objects, subject_of
from detente.lexicons.english import english
from detente.records import ActorMention

# Quad classes of verbal acts (1 verbal cooperation, 3 verbal conflict): acts of speech a
# speaker does, as against deeds the reported party may have done ("and attacked the town").
VERBAL_QUADS = frozenset({1, 3})
# The part of speech of a count heading a subject ("Four of the officers", "one of his aides").
COUNT_POS = frozenset({"NUM"})
# Expulsions and deportations of people (CAMEO 161 diplomats, 166x, 174 individuals): a state
# sends them out of its territory. Mass expulsions (201) are armed groups' acts and stay out.
EXPULSION_ROOTS = ("161", "166", "174")
# The "from" object names a state's territory (spaCy's label for countries, cities, states).
STATE_LABELS = frozenset({"GPE"})
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
    return replace(match, actor=speaker)


def reduced_relative_subject(match: Match) -> Match:
    """The match with the subject of the participle the parser hung the tensed trigger under
    ("officers responding to reports ... shot a man": "shot" as a dependent of "responding")."""
    verb = match.head
    if match.actor is not None or verb.dep_ != "dep" or verb.tag_ != "VBD":
        return match
    participle = verb.head
    subject = child(participle, "nsubj")
    if participle.tag_ != "VBG" or subject is None or participle.i > verb.i:
        return match
    return replace(match, actor=subject)


def expelling_state(match: Match) -> Match:
    """The match with the state expelled from as actor and those expelled as recipient, when an
    expulsion is told in the passive with no agent ("diplomats were expelled from Britain")."""
    verb = match.head
    if match.actor is not None or not match.cameo.startswith(EXPULSION_ROOTS):
        return match
    if not is_passive(verb):
        return match
    state = next(prep_objects(verb, "from"), None)
    expelled = verb.head if is_participle(verb) else child(verb, "nsubjpass")
    if state is None or state.ent_type_ not in STATE_LABELS or expelled is None:
        return match
    return replace(match, actor=state, recipient=expelled)


def linked_match(coder: Coder, match: Match) -> Match:
    """The match with its actor (and an expulsion's recipient) taken from a linked phrase."""
    return reduced_relative_subject(expelling_state(reported_speaker_act(coder, match)))


def arrest_by_police(coder: Coder, framing: Framing, actor: tuple[ActorMention, ...]) -> Framing:
    """ "captured by Middletown police": a capture (CAMEO 181) by police alone is an arrest."""
    codes = english().codes
    if not actor or not framing.entry.code.startswith(ABDUCT_ROOT):
        return framing
    if not all(m.sector in codes.home_authority_sectors for m in actor):
        return framing
    return replace(framing, entry=coder.ontology.cameo(ARREST_CODE), composed="police")
