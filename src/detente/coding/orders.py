"""Orders: "ordered the army to strike" is the strike, by the one who orders (CAMEO codes an
order to one's forces as the act ordered), as is a coercion or sanction ordered of anyone
("ordered newspapers to suspend publication"); "ordered the government to release them" is a
demand to the one ordered (CAMEO 10, as PETRARCH's ORDER [100]). Either way the act ordered is
not told as done by the one ordered."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match, actor_of, is_negated, match_verb
from detente.coding.syntax import child, is_passive, is_to_infinitive
from detente.lexicons.english import english
from detente.lexicons.verbs import FrameModel, VerbLexicon

# The order's trigger text runs to the act ordered when they are this close ("ordered troops
# to seize"), as a frame's does.
MAX_ORDER_GAP = 3


def ordered_act(verb: Token) -> tuple[Token, Token] | None:
    """(act, one ordered) of "ordered *the army* to *strike*", "ordered that *troops* *attack*".
    A passive ("troops were ordered to") names no one who orders."""
    if is_passive(verb):
        return None
    for comp in verb.children:
        if comp.dep_ == "xcomp" and is_to_infinitive(comp) and child(comp, "nsubj") is None:
            ordered = child(verb, "dobj")
        elif comp.dep_ == "ccomp":
            ordered = child(comp, "nsubj")
        else:
            continue
        if ordered is not None and comp.pos_ in ("VERB", "AUX"):
            return comp, ordered
    return None


def match_order(verb: Token, frame: FrameModel, lexicon: VerbLexicon) -> Match | None:
    """One event for an order and the act it orders (frame kind "order")."""
    found = ordered_act(verb)
    if found is None:
        return None
    comp, ordered = found
    inner = match_verb(comp, lexicon)
    senses = english().senses
    demand = False  # a demand names its addressee: an order to no party is none
    if ordered.lemma_.lower() in frame.addressees:
        cameo = _forces_act(frame, inner, comp)
        recipient = inner.recipient if inner is not None else None
    elif verb.lemma_.lower() not in senses.order_demand_verbs:
        return None
    elif inner is None and not is_negated(comp) and (ban := _dissolution(lexicon, comp, ordered)):
        # "ordered the party to disband": a ban imposed on the one ordered (verbs18)
        cameo, recipient = ban, ordered
    elif inner is not None and not is_negated(comp) and _imposed(inner, comp):
        # "ordered newspapers to suspend publication", "ordered the activists to be freed": a
        # coercion or sanction imposed through those who carry it out, or an act done to the
        # one named, by the authority of the one who orders
        cameo, recipient = inner.cameo, inner.recipient or ordered
    else:
        cameo, recipient = _demanded(lexicon, inner), ordered
        demand = True
    end = comp.i + 1 if 0 < comp.i - verb.i <= MAX_ORDER_GAP else verb.i + 1
    return Match(
        head=verb,
        trigger=(verb.i, end),
        pattern_id=f"{frame.id}+{inner.pattern_id}" if inner else frame.id,
        cameo=cameo,
        actor=actor_of(verb),
        recipient=recipient,
        symmetric=False,
        frame=comp,
        absorbed=tuple(range(*inner.trigger)) if inner else (),
        needs_recipient=demand,
    )


def _dissolution(lexicon: VerbLexicon, comp: Token, ordered: Token) -> str | None:
    """The ban of "ordered *the party* to disband", "the Rohan Brotherhood to dissolve itself":
    the code of the verb's pattern for the one ordered as its object ("party": 1722), or the
    general administrative sanction for a named organisation. None when the one ordered is a
    force (concede.disband-forces: a demand to demobilise) or a common noun no ban pattern
    takes ("ordered parliament to dissolve" is a constitutional act, no ban)."""
    senses = english().senses
    if comp.lemma_.lower() not in senses.dissolution_verbs:
        return None
    reflexive = senses.reflexive_pronouns
    if any(c.dep_ == "dobj" and c.lower_ not in reflexive for c in comp.children):
        return None  # "ordered the army to dissolve the protest": an act on something else
    name = ordered.lemma_.lower()
    for pattern in lexicon.by_verb.get(comp.lemma_.lower(), ()):
        if name in pattern.objects:
            return pattern.cameo if pattern.cameo[:2] in senses.imposed_roots else None
    return senses.dissolution_code if ordered.pos_ == "PROPN" else None


def _imposed(inner: Match, comp: Token) -> bool:
    """The act ordered is the orderer's: a sanction or coercion, or an act in the passive whose
    patient the order names ("ordered them *to be freed*")."""
    return inner.cameo[:2] in english().senses.imposed_roots or is_passive(comp)


def _forces_act(frame: FrameModel, inner: Match | None, comp: Token) -> str:
    """The act one's forces are ordered to do, as the orderer's; an order not to act ("not to
    fire"), or to do anything else, is no event of its own."""
    if inner is None or is_negated(comp) or inner.cameo[:2] not in frame.by_root:
        return frame.default
    return inner.cameo if frame.keeps_code else frame.by_root[inner.cameo[:2]]


def _demanded(lexicon: VerbLexicon, inner: Match | None) -> str:
    """What an order to another party asks, as a demand: "ordered Arnor to release them" (105),
    "ordered them to leave" (100)."""
    request = lexicon.by_kind.get("request")
    if request is None:
        return english().codes.demand_root + "0"
    cameo = request.by_root.get(inner.cameo[:2], request.default) if inner else request.default
    codes = english().codes
    return codes.demand_root + cameo[2:] if cameo[:2] == codes.appeal_root else cameo
