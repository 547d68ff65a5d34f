"""Host and guest: a visit is the guest's, the hosting the host's (claims19).

"X hosted a banquet for *visiting* President Y": the parser may read "visiting Y" as a gerund
with Y its object, as if X visited Y; the words mean Y, who is visiting, is X's guest. "Y, *on a
visit* to Z, was received by X": the one on the visit is Y, whom X received, not X. Each reading
rewrites the trigger's actor (and recipient) tokens; coding/parties.py resolves them as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import agent_of, child, is_passive
from detente.lexicons.english import english
from detente.lexicons.verbs import PatternModel


def receiving(by_verb: Mapping[str, Sequence[PatternModel]]) -> Callable[[Token], bool]:
    """Whether a verb receives guests: one of its patterns codes hosting ("received", "hosted")."""
    hosting = english().senses.hosting_codes
    return lambda verb: any(p.cameo in hosting for p in by_verb.get(verb.lemma_.lower(), ()))


def guest_visit(match: Match, receives: Callable[[Token], bool]) -> Match:
    """The visit ``match`` with its guest as actor when the words make the guest the visitor;
    ``receives`` tells whether a verb receives guests (its pattern codes hosting)."""
    if match.cameo not in english().senses.visit_codes:
        return match
    return _visiting_guest(match) or _guest_on_visit(match, receives) or match


def _visiting_guest(match: Match) -> Match | None:
    """ "hosted a banquet for visiting President Y": a gerund "visiting" after "for" on a word of
    hosting, whose object names the guest, is Y visiting; the host is whom Y visits."""
    verb = match.head
    senses = english().senses
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in senses.guest_preps:
        return None
    guest = child(verb, "dobj")
    if guest is None or guest.pos_ not in ("NOUN", "PROPN"):
        return None
    held = verb.head.head
    if held.lemma_.lower() not in senses.hosting_words:
        return None  # "criticised Arnor for visiting Y": the visit is Arnor's
    host_verb = held if held.pos_ in ("VERB", "AUX") else held.head
    host = agent_of(host_verb) if is_passive(host_verb) else child(host_verb, "nsubj")
    return replace(match, actor=guest, recipient=host)


def _guest_on_visit(match: Match, receives: Callable[[Token], bool]) -> Match | None:
    """ "Y, on a visit to Z, was received by X", "X received Y, on a visit to Z": a visit noun in
    an "on"/"during" phrase of a clause of receiving is the guest's, the passive's subject or the
    active's object, not the receiver's."""
    noun = match.head
    if match.actor is not None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None  # "a visit by the president", "his visit": the noun names its visitor
    prep = noun.head
    if prep.lower_ not in english().senses.visit_adjunct_preps or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if is_passive(verb):
        guest = child(verb, "nsubjpass")
    elif receives(verb) and not is_passive(verb):
        guest = child(verb, "dobj")
    else:
        return None
    return replace(match, actor=guest) if guest is not None else None
