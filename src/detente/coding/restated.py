"""Two verbs that say one act twice: "arrested and detained the protesters", "condemned and
denounced the attack", "the bombing left 12 people wounded" (read by events.one_per_fact)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Dependencies by which a conjunct has a subject of its own, and so may tell an act of its own.
OWN_SUBJECT = frozenset({"nsubj", "nsubjpass"})
# Complements by which the first verb has an object of its own ("called for research and urged
# the board to act" are two requests); "arrested and detained the protesters" shares one.
OWN_OBJECT = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "oprd", "agent"})


def restated(part_head: Token, whole_head: Token, same_code: bool, same_parties: bool) -> bool:
    """Whether ``part_head`` is a bare conjunct of ``whole_head`` (no subject of its own), a
    different verb given the same CAMEO code and the same actor and recipient, sharing the
    object the second verb takes: near-synonyms joined by "and" name one act ("arrested and
    detained the protesters"). The same verb twice ("agreed to fund X and agreed to host Y"), a
    first verb with an object of its own ("called for research and urged the board"), or a
    different code ("arrested and charged") tell another act."""
    if not (same_code and same_parties) or part_head.head.i != whole_head.i:
        return False
    if part_head.dep_ != "conj" or part_head.i == whole_head.i:
        return False
    if any(c.dep_ in OWN_SUBJECT for c in part_head.children):
        return False
    if any(c.dep_ in OWN_OBJECT and c.i < part_head.i for c in whole_head.children):
        return False
    # the object after the second verb is what both act on; a passive ("was arrested and
    # jailed in Osgiliath") tells the steps done to its subject, each with its own setting
    if not any(c.dep_ == "dobj" for c in part_head.children):
        return False
    return part_head.lemma_.lower() != whole_head.lemma_.lower()


def harm_left(harm: Token, attack: Token) -> bool:
    """ "The bombing left 12 people wounded", "clashes have left 20 villagers injured": the harm
    a verb of result says an attack left behind is that attack's own harm, not a second act."""
    senses = english().senses
    if harm.lemma_.lower() not in senses.harm_verbs or harm.i == attack.i:
        return False
    verb = harm.head
    if harm.dep_ == "acl" and verb.dep_ == "dobj":  # "left [12 people wounded]"
        verb = verb.head
    elif harm.dep_ not in ("oprd", "ccomp", "xcomp", "advcl"):  # the parser varies here
        return False
    if any(c.dep_ in OWN_SUBJECT for c in harm.children):  # "left, and police wounded two"
        return False
    if verb.lemma_.lower() not in senses.result_verbs:
        return False
    return attack.dep_ == "nsubj" and attack.head.i == verb.i
