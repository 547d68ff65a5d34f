"""Who acts in clauses whose subject the parse does not give plainly: a pronoun reporting its
own speaker, an infinitive on an owned noun, a purpose infinitive after the means used, a bare
complement, and a place named before an attack noun (which is no attacker).

Each function reads the parse only and returns the token that heads the actor phrase (or a
yes/no); coding/parties.py resolves that token into mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import child, governing_subjects, is_to_infinitive, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention


def reporting_subject(match: Match) -> Token | None:
    """The subject of a clause above that a subject pronoun agrees with: "the agency said *it*
    …", "Teachers asserted that *they* …"."""
    pronoun = match.actor
    if pronoun is None:
        return None
    for subject in governing_subjects(match.head, cross_ccomp=True):
        if subject.pos_ != "PRON" and pronoun_agrees(pronoun, subject):
            return subject
    return None


def pronoun_agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a subject pronoun can stand for the noun: number, and person or not."""
    words = english().words
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    word = pronoun.lower_
    if word in words.plural_pronouns:  # "the union said they": a body may be "they"
        return plural or noun.ent_type_ in ("ORG", "NORP")
    if word in words.person_pronouns:
        return not plural and noun.ent_type_ not in ("ORG", "GPE", "NORP")
    return word == "it" and not plural and noun.ent_type_ != "PERSON"


def means_user(match: Match) -> Token | None:
    """ "Police fired tear gas to break up protests": the parser made the means the subject of
    the infinitive, which is the purpose of whoever used them, the subject above."""
    means = match.actor
    if means is None or means.dep_ != "dobj" or means.ent_type_ or means.pos_ != "NOUN":
        return None
    verb = means.head
    if match.head.dep_ != "xcomp" or match.head.head.i != verb.i:
        return None
    words = english().words
    if means.lemma_.lower() not in words.means_nouns | words.weapon_nouns:
        return None
    return child(verb, "nsubj")


def infinitive_owner(match: Match) -> Token | None:
    """ "Ukraine's decision to expel the envoys", "the government's plans to impose curbs": an
    infinitive that modifies a noun is done by the noun's owner, not by the clause's subject
    ("Russia condemned Ukraine's decision to expel …" is Ukraine's expulsion)."""
    verb = match.head
    if verb.dep_ != "acl" or not is_to_infinitive(verb):
        return None
    noun = verb.head
    asked = any(prep_objects(noun, "to")) or any(prep_objects(noun, "on"))
    if asked or noun.lemma_.lower() in english().words.directive_nouns:
        return None  # "the request by Washington to Oregon to send troops": Oregon would send
    owner = child(noun, "poss") or next(prep_objects(noun, "by"), None)
    # "their ability to cooperate": a pronoun owner is left to the clause above, as before
    return owner if owner is not None and owner.pos_ != "PRON" else None


def bare_complement(verb: Token) -> bool:
    """ "Ethiopia let free 74 leaders": a complement clause with no subject and no "that" of its
    own is the parser's reading of a bare complement, whose doer is the clause above's."""
    return verb.dep_ == "ccomp" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children
    )


def attack_place(match: Match, found: tuple[ActorMention, ...]) -> bool:
    """ "the Ankara attack", "the Ghazni bombings": a city or region named before an attack noun
    is where it happened, not who attacked ("Israeli strikes", "Taliban attacks" name them)."""
    head = match.actor
    if head is None or not found or match.cameo[:2] not in english().codes.attack_roots:
        return False
    if head.head.i != match.head.i or head.dep_ not in ("compound", "amod"):
        return False
    return all(
        m.rule == "seat-of-power" or (m.rule == "org" and m.org is None and m.sector is None)
        for m in found
    )


# How a party is named before an attack noun ("Israeli air strikes", "police firing").
ATTACKER_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def attack_modifiers(arm: Token) -> list[Token]:
    """The words before an attack noun that may name who attacked, nearest the noun first:
    "Israeli air strikes" (Israeli, air), "a US drone strike" (drone, then US under it)."""
    found: list[Token] = []
    queue = [arm]
    while queue:
        noun = queue.pop(0)
        for word in sorted(noun.children, key=lambda t: -t.i):
            if word.dep_ in ATTACKER_MODIFIER_DEPS and word.i < noun.i:
                found.append(word)
                queue.append(word)
    return found
