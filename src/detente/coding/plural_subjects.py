"""Whom a "they" continues when the sentence before had a plural subject of one party (claims20).

"Orcish fighters attacked a Gondorian patrol. They killed three soldiers.": English pronouns
agree in number with their antecedent, and a sentence's subject is its centre, which the next
sentence's pronoun most likely continues; the party last named (the patrol, the victim) is not
it. A plural subject that codes a party in a sentence coding no event ("The Orcish rebels
crossed the river. They …") is that sentence's centre all the same. Several states named
together are actors13's (plural_antecedents.py); an uncoded plural subject blocks the parties
before it (state_groups.uncoded_subjects).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from detente.coding.actor_clauses import singular_verb
from detente.coding.actor_state import ActorCode
from detente.coding.centring import main_subject
from detente.coding.plural_antecedents import PLURAL_TAGS
from detente.coding.syntax import phrase_bounds
from detente.lexicons.english import english

# The entity label of a person's name.
PERSON_ENT = "PERSON"
# Parts of speech of a subject that names a party (not "they", "some", "both").
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def plural_subject(
    sent: Span, resolve: Callable[[str], tuple[ActorCode, ...]]
) -> tuple[ActorCode, ...]:
    """The coded party of a sentence's main subject when that is one plural noun phrase
    ("Orcish fighters", "Gondorian troops"); empty for a singular or coordinated subject, a
    part of a group ("most of them"), and a quoted sentence or one saying what someone is."""
    subject = main_subject(sent)
    if subject is None or subject.tag_ not in PLURAL_TAGS or subject.pos_ not in NOMINAL_POS:
        return ()
    if any(c.dep_ == "conj" for c in subject.children):
        return ()  # "Gondor and Arnor": several parties, actors13's group
    if subject.ent_type_ == PERSON_ENT or singular_verb(subject):
        return ()  # "Adkins said", "Adkins acknowledges": a name's plural tag says little
    words = english().words
    lemma = subject.lemma_.lower()
    if lemma in words.partitives or lemma in words.vague_party_words:
        return ()  # "Others said …": part of a group named before
    start, end = phrase_bounds(subject)
    codes = [c for c in resolve(sent.doc[start:end].text) if c.country and not c.blocks]
    if len({c.country for c in codes}) != 1:
        return ()
    return tuple(codes)
