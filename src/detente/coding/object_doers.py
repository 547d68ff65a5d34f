"""The doer of an act told in the complement of a verb that judges or handles its object:
"Mordor blamed Gondor *for its attacks*", "accused Gondor *of stepping up its raids*",
"arrested a man *for fighting*", "warned Gondor *against resuming its raids*".

English leaves the doer of such an act unsaid, or names it by a possessive pronoun; after a
verb with a direct object and a preposition of cause, charge or prevention ("for", "of",
"against", "over", "from"), that doer is the object, whom the verb judges for the act, not
the subject who judges (English object control: "thanked Gondor for sending aid"). Adjuncts of
time and means ("after", "by") keep the subject's (coding/adjunct_subjects.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.actor_clauses import form_agrees
from detente.coding.syntax import child, is_passive
from detente.lexicons.english import english

# Dependencies of an act's head under the preposition that opens its complement.
COMPLEMENT_DEPS = frozenset({"pcomp", "pobj"})
# Parts of speech of a party an act can be done by.
PARTY_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Parts of speech of an act told by a verb (a gerund's doer is unsaid, not unknown).
VERB_POS = frozenset({"VERB", "AUX"})
# Subjects of a clause of its own: an act with one is no complement's.
OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def object_doer(trigger: Token, owner: Token | None) -> Token | None:
    """The object of the verb above whose complement the act is, when that object does it:
    the act (``trigger``) has no subject of its own and its owner (``owner``: the possessive
    pronoun of the act's noun, or None when nothing names the doer) agrees with the object.
    None when the act stands in no such complement."""
    if owner is not None and (owner.pos_ != "PRON" or owner.dep_ != "poss"):
        return None
    if owner is None and trigger.pos_ not in VERB_POS:
        return None  # "blamed X for the attacks": an act no one owns is left to blame.py
    act = _complement_act(trigger)
    if act is None or child(act, *OWN_SUBJECT_DEPS) is not None:
        return None
    prep = act.head
    if act.dep_ not in COMPLEMENT_DEPS or prep.dep_ != "prep" or prep.i == act.i:
        return None
    if prep.lower_ not in english().senses.object_doer_preps:
        return None
    judged = _judged_party(prep.head, passive=owner is not None)
    if judged is None or judged.pos_ not in PARTY_POS or judged.i == trigger.i:
        return None
    return judged if owner is None or _agrees(owner, judged) else None


def _complement_act(trigger: Token) -> Token | None:
    """The word that stands as the preposition's complement for the act: the act itself, or
    the bare gerund whose object it is ("of *stepping up* its attacks")."""
    if trigger.dep_ in COMPLEMENT_DEPS:
        return trigger
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in COMPLEMENT_DEPS:
        return verb
    return None


def _judged_party(holder: Token, *, passive: bool) -> Token | None:
    """Whom the verb the preposition hangs on acts on: its direct object, or with ``passive``
    the subject of its passive ("Gondor was accused of stepping up its raids"); the parser
    often hangs the preposition on the object itself ("arrested a man for fighting")."""
    if holder.pos_ in ("VERB", "AUX"):
        if is_passive(holder):
            # "was arrested for collaborating": a charge told of a passive subject is left as it
            # was (no doer read, no event); only an act the subject owns by "its" is theirs
            return child(holder, "nsubjpass") if passive else None
        return child(holder, "dobj")
    if holder.dep_ == "dobj" and holder.pos_ in PARTY_POS and holder.head.pos_ in ("VERB", "AUX"):
        return holder
    return None


def _agrees(owner: Token, party: Token) -> bool:
    """Whether a possessive pronoun may stand for the party: "its" for one state or body,
    "their" for several or a body, "his"/"her" for one person."""
    subject = english().words.own_possessives.get(owner.lower_)
    return subject is not None and form_agrees(subject, party)
