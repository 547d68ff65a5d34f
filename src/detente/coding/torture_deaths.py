"""A death from torture in custody: "a prisoner died as a result of torture while in Arnorian
police custody", "a party member dies in prison in Udun after torture".

Reports of abuse in detention tell the torture by its effect: the victim is the subject of
"die", the torture only the cause in a phrase of cause or time ("of", "from", "after", "due
to", "because of", "as a result of"). The torture is still an act of those who held the victim
(CAMEO 1822 "torture", PLOVER ASSAULT), and the victim is its recipient. Who held them is told by
the custody ("in Arnorian police custody": the Arnorian police) or by the place of detention
("in prison in Udun"): a jailer not named is the authorities where it happened, as for an
agentless "was arrested" (coding/authorities.py).

The same holds for violence told in the passive with no agent in a keeper's prison or custody
("was tortured and killed in a secret CIA prison", "was beaten in Gondorian police custody"):
the keeper named with the prison did it (`kept_by_jailer`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.match import Match
from detente.coding.syntax import child, is_passive, phrase_bounds, prep_objects
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

TORTURE_DEATH_PATTERN = "assault.died-of-torture"
TORTURE_CAMEO = "1822"  # torture (CAMEO 182 physically assault)
# The authorities who hold prisoners: police and jailers.
JAILER_SECTOR = "COP"
# Dependencies on the way from the cause noun up to "die": prepositions and their objects
# ("as a result *of* the torture", "due *to* torture", "because *of* torture").
CAUSE_PATH_DEPS = frozenset({"prep", "pobj", "pcomp", "amod", "advmod", "conj"})
# Steps allowed on that way ("as" → "result" → "of" → "torture" is four).
MAX_CAUSE_STEPS = 5


def _cause(verb: Token) -> Token | None:
    """The torture noun in a phrase of cause or time on the verb ("died after torture")."""
    senses = english().senses
    for tok in verb.subtree:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in senses.torture_nouns:
            continue
        if tok.dep_ != "pobj" and tok.dep_ != "conj":
            continue
        node, steps = tok, 0
        while node.i != verb.i and node.dep_ in CAUSE_PATH_DEPS and steps < MAX_CAUSE_STEPS:
            node, steps = node.head, steps + 1
        if node.i == verb.i:
            return tok
    return None


# CAMEO root of physical violence against people (18 assault: beat, torture, kill).
VIOLENCE_ROOT = "18"


def _named_keeper(place: Token) -> bool:
    """Whether a place of detention names its keeper: "a CIA prison", "Gondorian custody",
    "police custody"."""
    senses = english().senses
    return any(
        c.dep_ in ("amod", "compound")
        and c.i < place.i
        and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lower_ in senses.custody_keepers)
        for c in place.children
    )


def _held_place(verb: Token) -> Token | None:
    """The place of detention with a named keeper in the verb's "in" phrase, or in that of the
    verb it is joined to ("was tortured and killed in a CIA prison")."""
    places = english().senses.detention_places
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    for v in verbs:
        for obj in prep_objects(v, "in"):
            held = obj.lemma_.lower() in places or any(
                c.dep_ == "compound" and c.lemma_.lower() in places for c in obj.children
            )
            if held and _named_keeper(obj):
                return obj
    return None


def kept_by_jailer(match: Match) -> Match:
    """ "Gul Rahman was tortured and killed in a secret CIA prison": the keeper of the prison,
    as the actor of violence told in the passive with no agent. Other matches as they are."""
    if match.actor is not None or match.frame is not None or match.cameo[:2] != VIOLENCE_ROOT:
        return match
    if not is_passive(match.head) or next(prep_objects(match.head, "by"), None) is not None:
        return match
    place = _held_place(match.head)
    return match if place is None else replace(match, actor=place)


def _police_custody(verb: Token) -> Token | None:
    """ "in Arnorian police custody": a custody noun with a named keeper, who then held them."""
    custody = english().senses.custody_nouns
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.lemma_.lower() in custody:
            named = [c for c in tok.children if c.dep_ in ("amod", "compound") and (
                c.ent_type_ in ("NORP", "GPE", "ORG") or c.text[:1].isupper())]
            if named:
                return tok
    return None


def match_torture_death(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "A prisoner died as a result of torture": the holders tortured the prisoner."""
    del lexicon  # the act is read from the clause, not from a verb pattern
    if verb.lemma_.lower() not in english().senses.dying_verbs:
        return None
    victim = child(verb, "nsubj")
    torture = _cause(verb)
    if victim is None or torture is None or child(verb, "neg") is not None:
        return None
    return Match(
        head=verb,
        trigger=(torture.i, torture.i + 1),
        pattern_id=TORTURE_DEATH_PATTERN,
        cameo=TORTURE_CAMEO,
        actor=_police_custody(verb),
        recipient=victim,
        symmetric=False,
    )


def place_of_detention(match: Match) -> Span | None:
    """ "died as a result of the torture to which he was subjected *in a detention center in
    Kirikkale*": the words naming where the victim was held, which point at the keepers no one
    names (actors16); None when the sentence names no such place."""
    if match.pattern_id != TORTURE_DEATH_PATTERN:
        return None
    places = english().senses.detention_places
    for tok in match.head.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        if tok.lemma_.lower() in places or any(
            c.dep_ == "compound" and c.lemma_.lower() in places for c in tok.children
        ):
            return tok.doc[slice(*phrase_bounds(tok))]
    return None
