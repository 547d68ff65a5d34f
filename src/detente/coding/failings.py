"""A failing told as a reported judgement: "the mother says the police have failed her" is the
speaker's criticism of the police (CAMEO 111), though no verb criticises.

"Fail" with a party as its object (dictionary sense: "to disappoint the trust of; let down"),
or "betray", in a clause reported by a verb of saying; the party that failed is the one
criticised. "Failed the test" (no party failed) and "failed to act" (a frame) are not this.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.blame import judgement
from detente.coding.match import Match
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

FAILING_PATTERN = "accuse.failed-party"
FAILING_CAMEO = "111"  # CAMEO 111 "criticize or denounce"
# Entities that name a party: a person, an organisation, a state or a people.
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _wronged(obj: Token) -> bool:
    """The object names a party let down: a person pronoun, a named party or a people noun."""
    senses = english().senses
    if obj.pos_ == "PRON":
        return obj.lower_ in senses.wronged_pronouns
    if obj.ent_type_ in PARTY_ENTITIES:
        return True
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in senses.wronged_people


def match_failing(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Critics said the council had failed residents": the speaker criticises the council."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in english().senses.failing_verbs:
        return None
    obj = child(verb, "dobj")
    failed = child(verb, "nsubj")
    if obj is None or failed is None or child(verb, "neg") or not _wronged(obj):
        return None  # "has not failed us" clears a party; "failed the test" wrongs no one
    # "the development would betray the community": no party failed, no event
    return judgement(verb, verb, failed, lexicon, pattern_id=FAILING_PATTERN,
                     cameo=FAILING_CAMEO, needs_recipient=True)  # fmt: skip
