"""When "fight with X" puts the fighter on X's side: "went to Mordor to fight with the rebels",
"arrested a man for fighting with the Haradrim", "he fought with the militants".

"Fight with" means either "fight against" or "fight on the same side as" (dictionary). Beside
the cues coding/allies.py reads (an "against" party, a clause describing who someone is), the
side is the fighter's own where fighting is what someone travelled or signed up to do ("went to
fight with", "joined the rebels and fought with them"), and where one private person, or a
person judged for it ("jailed for fighting with"), fought "with" an armed group or a group
known by name, which no lone person makes war on. A fight "with police", "with neighbours" or
by a crowd or a force ("villagers fought with rebels", "troops fought with militants") stays a
fight against them.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.object_doers import object_doer
from detente.coding.syntax import child
from detente.lexicons.english import english

# Dependencies of an infinitive of purpose on the verb it tells the purpose of.
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# Fine tags of a plural noun ("two men" fought as a group, not as one person).
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The entity label of a person's name.
PERSON_ENT = "PERSON"
# Entity labels of a group known by its own name ("the Haradrim", "Islamic State", "Kurds").
NAMED_GROUP_ENTS = frozenset({"ORG", "NORP", "GPE"})


def joins_side(trigger: Token, partner: Token) -> bool:
    """Whether the party after "with" on a fight (``partner``) is the side the fighter joined."""
    if _joined_to_fight(trigger):
        return True
    if not _armed_group(partner):
        return False
    fighter = object_doer(trigger, None)  # "arrested a man for fighting with": judged for it
    return fighter is not None or _one_person(child(trigger, "nsubj"))


def side_phrase(trigger: Token) -> Token | None:
    """ "fought *on the side of* the rebels", "on their side": the preposition of a phrase
    naming the side one fights on, which names no party fought against."""
    for prep in trigger.children:
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ in english().senses.side_preps and (
            noun is not None and noun.lemma_.lower() in english().senses.side_nouns
        ):
            return prep
    return None


def _joined_to_fight(verb: Token) -> bool:
    """ "went to Mordor to fight with", "volunteered to fight with", "joined the rebels and
    fought with them": fighting someone travelled or signed up to do is done in the ranks."""
    above = verb.head
    if above.i == verb.i or above.lemma_.lower() not in english().senses.joining_verbs:
        return False
    if _force(child(above, "nsubj")):
        return False  # "troops went north to fight with the rebels" fight them
    purpose = verb.dep_ in PURPOSE_DEPS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    joined = verb.dep_ == "conj" and child(verb, "nsubj") is None
    return purpose or joined


def _armed_group(partner: Token) -> bool:
    """Whether a party fought "with" is an armed group by its noun ("the militants"), or a group
    known by a name ("the Haradrim", "Islamic State"); police, crowds and private people are
    whom a scuffle is with."""
    if partner.lemma_.lower() in english().senses.armed_group_nouns:
        return True
    if partner.ent_type_ == PERSON_ENT:
        return False  # "fought with Smith": a person met, no group joined
    return partner.pos_ == "PROPN" or partner.ent_type_ in NAMED_GROUP_ENTS


def _one_person(fighter: Token | None) -> bool:
    """Whether the fighter is one private person: a person pronoun or name, or a singular noun
    of a private person ("a man"; not "a soldier")."""
    if fighter is None:
        return False
    if fighter.pos_ == "PRON":
        return fighter.lower_ in english().words.person_pronouns
    if fighter.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in fighter.children):
        return False
    if fighter.ent_type_ == PERSON_ENT:
        return True
    # a singular noun is written as its lemma ("a man"; "men", "volunteers" are not)
    lemma = fighter.lemma_.lower()
    return fighter.lower_ == lemma and lemma in english().senses.lone_people


def _force(subject: Token | None) -> bool:
    """Whether a subject is a force by its noun ("troops", "the army", "police")."""
    return subject is not None and subject.lemma_.lower() in english().senses.force_nouns
