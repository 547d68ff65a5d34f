"""Acts someone fears another party will do: a fear, no threat or intent of the party feared.

"Gardai feared they would attempt to intimidate witnesses", "his wife fears the militia would
kill him if he is deported", "residents are afraid the rebels will burn the village": the act
lies ahead and is told as what the fearful party expects, not as announced by its doer. A
threat (CAMEO 13) is made by the one who threatens, and an intent (CAMEO 03) by the one who
means to act; a fear is neither, and nothing has been done. english.yaml's `fear_words` names
the verbs, adjectives and nouns of fearing (dictionary: fear "be afraid that something
unpleasant will happen"); the framing stage drops such triggers with the reason no-event-sense
(coding/nonevents.py). A fear of an act already done ("fear the army has killed them") is a
claim about it and is left alone. An act lying ahead told by the one it would be done to or for
("the migrant said the smugglers would murder him", "I'm hoping the president will open the
gates for me") is that party's fear or hope, no threat or intent of its doer either; one told
as where things will lead ("they will end up fighting each other") is a prediction.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["FEAR_CHECKS"]

# Labels through which a verb belongs to the clause above it: "would attempt to intimidate".
CHAIN_DEPS = frozenset({"xcomp", "conj"})
# Labels of the clause that tells what is feared: "feared (that) they would", "fears of".
FEARED_DEPS = frozenset({"ccomp", "acl", "advcl"})
# Labels of the verbs whose act is reported: the trigger, or the verb whose subject it is.
SUBJECT_OF_DEPS = frozenset({"nsubj", "nsubjpass"})


def _ahead(verb: Token) -> bool:
    """ "would attempt", "will burn", "could kill": a modal or future auxiliary on the verb."""
    words = english().words
    marks = words.hypothetical_aux | words.future_aux
    return any(c.dep_ == "aux" and c.lower_ in marks for c in verb.children)


def _feared_clause(head: Token) -> tuple[Token, Token] | None:
    """The clause verb the trigger belongs to and the word of fearing it completes, when the
    act it tells lies ahead ("feared they would attempt to intimidate": 'would attempt',
    'feared')."""
    fears = english().senses.fear_words
    verb = head
    ahead = _ahead(verb)
    while verb.dep_ in CHAIN_DEPS and verb.head.i != verb.i:
        verb = verb.head
        ahead = ahead or _ahead(verb)
    if verb.dep_ not in FEARED_DEPS or not ahead:
        return None
    above = verb.head
    if above.lemma_.lower() in fears or above.lower_ in fears:
        return verb, above
    return None


def _feared_act(match: Match) -> str | None:
    """ "his wife fears the militia would kill him": an act feared of another party."""
    head = match.head
    if match.pattern_id.startswith("obligation"):
        return None  # "said that X must": the speaker's demand, read by modal_acts
    found = _feared_clause(head)
    if found is None:
        return None
    verb, fear = found
    return f"{fear.text!r} that {verb.text!r}: an act feared, no threat or intent of its doer"


def _same_party(teller: Token, acted_on: Token) -> bool:
    """ "he said they would murder *him*", "the migrant said ... *him*": an object pronoun that
    agrees with the clause's teller (a pronoun of the same person, or a noun of its number)."""
    senses = english().senses
    said = acted_on.lower_
    if teller.lower_ in senses.acted_on_pronouns.get(said, frozenset()):
        return True
    if teller.pos_ not in ("NOUN", "PROPN"):
        return False
    if teller.tag_ in ("NN", "NNP"):
        return said in senses.singular_objects
    return teller.tag_ in ("NNS", "NNPS") and said in senses.plural_objects


def _acted_on(verb: Token) -> list[Token]:
    """The verb's object pronouns: "murder him", "fire at them"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.tag_ == "PRP"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        found += [o for o in prep.children if o.dep_ == "pobj" and o.tag_ == "PRP"]
    return found


def _told_by_acted_on(match: Match) -> str | None:
    """ "the migrant said the smugglers would murder him if he returned", "I'm hoping the
    president will open the gates for me": an act lying ahead, told by the one it would be done
    to or for, is that party's fear or hope; its doer announced nothing, so it is no threat or
    intent ("the minister said Arnor would attack Gondor" is told by no one acted on: left to
    the other stages)."""
    head = match.head
    if match.pattern_id.startswith("obligation"):
        return None
    verb, ahead = head, _ahead(head)
    while verb.dep_ in CHAIN_DEPS and verb.head.i != verb.i:
        verb = verb.head
        ahead = ahead or _ahead(verb)
    if verb.dep_ != "ccomp" or not ahead:
        return None
    teller = next((c for c in verb.head.children if c.dep_ in SUBJECT_OF_DEPS), None)
    if teller is None:
        return None
    for pronoun in _acted_on(head):
        if _same_party(teller, pronoun):
            return f"{teller.text!r} told what would be done to {pronoun.text!r}: a fear or a hope"
    return None


def _foreseen_outcome(match: Match) -> str | None:
    """ "the rebels and the army will end up fighting each other", "they could wind up attacking
    the capital": an act told as where things will lead (dictionary: end up "eventually reach a
    particular state") is a prediction, no intent announced ("they ended up fighting", in the
    past, tells the fighting: left alone)."""
    head = match.head
    outcomes = english().senses.leading_verbs
    above = head.head
    if head.dep_ not in ("xcomp", "advcl", "pcomp") or above.i == head.i:
        return None
    if above.lemma_.lower() not in outcomes or not _ahead(above):
        return None
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in above.children):
        return None
    return f"{above.text!r} up {head.text!r}: an outcome foreseen, no intent announced"


FEAR_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _feared_act, _told_by_acted_on, _foreseen_outcome,
)  # fmt: skip
