"""Fights against a condition, an activity or a measure: a campaign, no assault on a party.

"The mayor declared war on litter", "residents fought the new parking rules", "the
government vowed to combat corruption", "a crusade against graffiti" use the words of armed
fights in their figurative sense (dictionary: war "a sustained campaign against an undesirable
situation or activity", as in "the war on drugs"; fight "strive to overcome, eliminate or
prevent"). An armed fight (CAMEO 18-20), a threat of one (13) or an intent to fight (03) needs a
party fought: when the words name what is fought and it is a thing, not a person, a group, a
state or a place, and no recipient was found, no political event is told. Activities that stand
for the parties doing them ("the fight against terrorism", "the war on the insurgency") and
fights against a named or personal foe are left alone. Likewise "promised to rescue the
countryside" saves an economy, an undertaking or a place, no people (CAMEO 07 aid). english.yaml's
`campaign_*` and `rescue*` keys hold the words; coding/events.py asks here once the parties are
known.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import TIME_ENTITIES, Match
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["reject_campaign"]

# Parts of speech that name a party or a place, never a condition: names and pronouns.
PARTY_POS = frozenset({"PROPN", "PRON"})
# Entity labels of parties and places ("the Islamic State group", "the Georgian villages").
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
# Labels of a noun's modifiers that may name its owner or kind ("Gondor's army", "Taliban
# fighters"): a party there makes the noun a party's.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _campaign_words(match: Match) -> list[Token]:
    """The trigger's words of war and fighting ("declared war", "vowed to fight")."""
    senses = english().senses
    start, end = match.trigger
    doc = match.head.doc
    tokens = [doc[i] for i in range(start, end)]
    if match.head not in tokens:
        tokens.append(match.head)
    return [t for t in tokens if t.lemma_.lower() in senses.campaign_words]


def _targets(words: list[Token], match: Match) -> Iterator[Token]:
    """What the fight is against: the fighting verb's object and the nouns after "on" or
    "against" under the fight's words or the verb that governs them ("declared war on")."""
    senses = english().senses
    start, end = match.trigger
    governors = list(words)
    governors += [w.head for w in words if w.dep_ == "dobj" and w.head not in governors]
    for governor in governors:
        for child in governor.children:
            own = start <= child.i < end or child.lemma_.lower() in senses.campaign_words
            if child.dep_ == "dobj" and not own:  # not "fought a battle", "declared war"
                yield from (child, *child.conjuncts)
            if child.dep_ == "prep" and child.lower_ in senses.campaign_preps:
                # verbs14: "declared war on drugs *on Tuesday*": a date tells when, not what
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if obj.ent_type_ not in TIME_ENTITIES:
                        yield from (obj, *obj.conjuncts)


def _party_like(target: Token) -> bool:
    """A target that names or may name a party or a place: a name, a pronoun, an entity, a
    person's noun, an armed activity that stands for its doers, or a party as its owner."""
    senses = english().senses
    if target.pos_ in PARTY_POS or target.ent_type_ in PARTY_ENTITIES:
        return True
    lemma = target.lemma_.lower()
    if lemma in senses.campaign_parties or target.lower_ in senses.campaign_parties:
        return True
    people = senses.private_people | senses.kin_nouns | senses.moving_people
    if lemma in people or target.pos_ != "NOUN":
        return True
    owners = [c for c in target.children if c.dep_ in OWNER_DEPS]
    return any(o.pos_ in PARTY_POS or o.ent_type_ in PARTY_ENTITIES for o in owners)


def _rescued_thing(match: Match) -> Token | None:
    """ "promised to rescue the countryside", "rescued the economy": what is saved from failure
    is an undertaking, an economy or a place (dictionary: rescue "save from a dangerous or
    difficult situation", said of things figuratively); humanitarian aid (CAMEO 07) rescues
    people."""
    senses = english().senses
    if match.cameo[:2] not in senses.rescue_roots:
        return None
    start, end = match.trigger
    doc = match.head.doc
    verbs = [doc[i] for i in range(start, end) if doc[i].lemma_.lower() in senses.rescue_verbs]
    for verb in verbs:
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [t for c in things for t in c.conjuncts]
        if things and all(t.lemma_.lower() in senses.rescued_things for t in things):
            return things[0]
    return None


def reject_campaign(match: Match, recipient: tuple[ActorMention, ...]) -> Rejected | None:
    """A named rejection when a fight's words aim at a thing, or a rescue saves a thing, and
    no party was found."""
    if recipient:
        return None
    rescued = _rescued_thing(match)
    if rescued is not None:
        detail = f"rescue of {rescued.text!r}: a thing saved, no humanitarian aid"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    codes = english().codes
    roots = {*codes.attack_roots, codes.threat_root, *english().senses.campaign_roots}
    if recipient or match.cameo[:2] not in roots:
        return None
    words = _campaign_words(match)
    if not words:
        return None
    targets = list(_targets(words, match))
    if not targets or any(_party_like(t) for t in targets):
        return None
    detail = f"{words[0].text!r} against {targets[0].text!r}: a campaign against a thing, no party"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)
