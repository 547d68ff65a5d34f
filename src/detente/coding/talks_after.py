"""Who held the talks that came before or after an act: "the mourners agreed to disperse after
talks with police", "the rebels freed the hostages following negotiations with Gondor". A
meeting noun in a phrase of sequence, with its partner after "with", is the clause subject's
meeting with that partner: the subject is its actor and the partner its recipient, never the
partner alone. Meetings "between" two sides stay theirs (parties.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import mentions
from detente.coding.syntax import subject_of
from detente.lexicons.english import english
from detente.records import ActorMention

VERB_POS = frozenset({"VERB", "AUX"})  # what the phrase of sequence hangs on


def talks_holder(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """The subject of the clause a "with" meeting is set before or after, when it names
    parties of known countries; none otherwise."""
    partner = match.recipient
    if not match.symmetric or partner is None or partner.head.lower_ != "with":
        return ()
    verb = _sequenced_verb(match.head)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.pos_ == "PRON":
        return ()
    found = mentions(coder, subject, ctx)
    return found if found and all(m.country for m in found) else ()


def _sequenced_verb(noun: Token) -> Token | None:
    """The verb whose "after"/"before"/"following" phrase holds the noun."""
    prep = noun.head
    # "following" may be tagged a verb with the noun as its object; it is still the preposition
    if noun.dep_ not in ("pobj", "dobj") or prep.dep_ != "prep" or prep.i == noun.i:
        return None
    if prep.lower_ not in english().senses.sequence_preps:
        return None
    return prep.head if prep.head.pos_ in VERB_POS else None
