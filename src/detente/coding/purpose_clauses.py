"""An act told as the purpose of a thing no party is said to own: "survived two bombings *meant
to kill* him", "found a bomb *intended to kill* the governor".

English grammar: in "N meant (intended, designed) to V" the one who would V is whoever meant
N, the doer of N, not the subject of the clause N sits in. That subject does N only when its
verb and N tell one act, as a pattern of the verb lexicon codes them together ("Orcs *carried
out bombings* meant to kill", "*planted a bomb* intended to kill"); with any other verb
("survived", "found", "defused") the subject suffered, found or stopped N, and the act's doer
is left unnamed (an event with no actor, never one with the survivor as the attacker).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match, match_verb
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

__all__ = ["purpose_thing", "unowned_purpose"]

# Parts of speech of a verb that may govern the thing.
VERB_POS = frozenset({"VERB", "AUX"})


def purpose_thing(match: Match) -> Token | None:
    """The thing the trigger is the purpose of ("bombings" in "bombings meant to kill him")."""
    verb = match.head
    if match.actor is not None or verb.dep_ != "xcomp":
        return None
    participle = verb.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return None
    if participle.lemma_.lower() not in english().words.purpose_participles:
        return None
    thing = participle.head
    return thing if thing.pos_ == "NOUN" else None


def unowned_purpose(verbs: VerbLexicon, match: Match) -> bool:
    """Whether the trigger is the purpose of a thing its clause's subject did not do."""
    thing = purpose_thing(match)
    if thing is None or thing.dep_ != "dobj" or thing.head.pos_ not in VERB_POS:
        return False
    done = match_verb(thing.head, verbs)
    pattern = verbs.patterns.get(done.pattern_id) if done is not None else None
    return pattern is None or thing.lemma_.lower() not in pattern.objects
