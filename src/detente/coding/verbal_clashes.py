"""Clashes told in words: a dispute between officials, over an issue or at a sitting.

"The two ministers clashed over the budget", "Gondor's envoy clashed with Arnor at the council"
and "the senator publicly clashed with the governor" use the words of a fight (CAMEO 190) for a
forceful disagreement (dictionary: clash "have a forceful disagreement"). PETRARCH's CLASH
entries code a clash "at/in a meeting", "over" a plan, "with officials" or "publicly" as CAMEO
110 "disapprove", and "clashed with" between forces or crowds as fighting. So a clash is a
dispute when the sentence shows words (an issue disputed, a sitting or medium of talk, a manner
of speech, or officials on both sides) and nothing shows force: no side of armed men, police or a
crowd, no one killed or hurt. "Troops clashed with rebels near Osgiliath" stays a fight.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.coding.sense_words import doers_of, is_word, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["verbal_clash"]

# Labels of the words that say who a noun's clash is between ("Gondor's clash", "a Gondorian
# clash"), besides its prepositions.
NOUN_SIDE_DEPS = frozenset({"poss", "amod", "compound"})


def verbal_clash(
    coder: Coder,
    match: Match,
    framing: Framing,
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
) -> Framing:
    """The framing of a clash told in words as disapproval (CAMEO 110); any other as it is."""
    senses = english().senses
    head = match.head
    if framing.entry.root not in english().codes.attack_roots:
        return framing
    if not is_word(head, senses.verbal_clash_words):
        return framing
    sides = _sides(head)
    if _forceful(head, sides, (*actor, *recipient)) or not _in_words(head, sides):
        return framing
    entry = coder.ontology.cameo(senses.verbal_clash_code)
    return replace(framing, entry=entry, composed="verbal")


def _sides(head: Token) -> list[Token]:
    """The heads of both sides: the doers, the other side after "with"/"against"/"between",
    and a noun's owners ("Gondor's clash with Arnor")."""
    senses = english().senses
    sides = doers_of(head) if head.pos_ in ("VERB", "AUX") else []
    sides += [c for c in head.children if c.dep_ == "dobj"]
    sides += list(prep_objects(head, senses.clash_side_preps))
    if head.pos_ in ("NOUN", "PROPN"):
        sides += [c for c in head.children if c.dep_ in NOUN_SIDE_DEPS]
    return sides


def _forceful(head: Token, sides: list[Token], parties: tuple[ActorMention, ...]) -> bool:
    """A side of armed men, police or a crowd, or a clash that kills or hurts: a fight."""
    senses = english().senses
    for side in sides:
        words = [side, *(c for c in side.children if c.dep_ in ("compound", "amod"))]
        if any(is_word(w, senses.fighting_sides) for w in words):
            return True
    if any(m.sector in senses.fighting_sectors for m in parties):
        return True
    return any(is_word(t, senses.clash_harm_words) for t in head.sent)


def _in_words(head: Token, sides: list[Token]) -> bool:
    """The clash is told as one of words: over an issue, at a sitting, in a manner of speech,
    or between holders of office on every side."""
    senses = english().senses
    governors = [head, *sides]
    issues = [o for g in governors for o in prep_objects(g, senses.clash_issue_preps)]
    if any(is_word(o, senses.disputed_issues) for o in issues):
        return True
    venues = list(prep_objects(head, senses.talk_venue_preps))
    if any(is_word(v, senses.talk_venues) for v in venues):
        return True
    if any(c.dep_ == "advmod" and is_word(c, senses.speech_manners) for c in head.children):
        return True
    return _all_officials(sides) and (len(sides) >= 2 or _plural(sides))


def _all_officials(sides: list[Token]) -> bool:
    """Every side is a holder of office ("the minister", "Gondor's envoy") or a named person."""
    offices = english().senses.speaking_offices
    return bool(sides) and all(s.ent_type_ == "PERSON" or is_word(s, offices) for s in sides)


def _plural(sides: list[Token]) -> bool:
    """ "the two ministers clashed": one plural side clashes among itself."""
    return len(sides) == 1 and sides[0].tag_ in ("NNS", "NNPS")
