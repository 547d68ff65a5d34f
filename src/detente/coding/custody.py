"""Someone said to be in custody now has been arrested: "A 28-year-old man is in custody after
pointing a replica handgun at an officer", "Two men are in police custody, police said".

Crime news often tells a fresh arrest by the state it leaves ("is in custody") rather than by
the act. The present tense of "be" with "in custody" as its own phrase and a subject of its
own is read as an arrest (CAMEO 173) of the subject by the authorities where it happened, as
an agentless "was arrested" is (coding/authorities.py). A past or perfect state ("was already
in custody for robbing", "had been in custody since last week") tells a person's record, and
a denied one ("is not in custody") no arrest; custody kept by anyone but the police ("in state
custody", "in the custody of his aunt", "in protective custody") may be a child's care.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

CUSTODY_PATTERN = "coerce.in-custody"
CUSTODY_CAMEO = "173"  # arrest, detain: the state told is the arrest that made it
# The present of "be" only: "is in custody", "are in custody".
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# A clause of its own ("Two men are in custody, police said" is a reported clause).
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})


def _custody(verb: Token) -> Token | None:
    """The custody noun of the verb's "in" phrase ("in custody", "in police custody"), when it
    is the police's: "in state custody" or "in the custody of his aunt" may be a child's care."""
    senses = english().senses
    for obj in prep_objects(verb, "in"):
        if obj.lemma_.lower() not in senses.custody_nouns:
            continue
        others = [c for c in obj.children if c.lower_ not in senses.custody_keepers]
        return None if others else obj
    return None


def match_custody(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "The trader is in custody": the authorities have arrested the trader."""
    del lexicon  # the state is read from the clause, not from a verb pattern
    if verb.lemma_.lower() != "be" or verb.tag_ not in PRESENT_TAGS or verb.dep_ not in CLAUSE_DEPS:
        return None
    subject = child(verb, "nsubj")
    custody = _custody(verb)
    if subject is None or custody is None or child(verb, "neg") is not None:
        return None
    marks = english().senses.custody_record
    if any(c.dep_ == "advmod" and c.lower_ in marks for c in verb.children):
        return None  # "is already in custody", "is still in custody": no fresh arrest
    return Match(
        head=verb,
        trigger=(custody.head.i, custody.i + 1),  # "in custody", "in police custody"
        pattern_id=CUSTODY_PATTERN,
        cameo=CUSTODY_CAMEO,
        actor=None,
        recipient=subject,
        symmetric=False,
    )
