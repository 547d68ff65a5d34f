"""Senses of a trigger from trade, labour, sport, surveillance and self-defence: no act on a party.

"Brazil exported 3 million tonnes of soybeans to China", "Volkswagen agreed a pension deal with
its union", "the minister attended a training session of the national team", "surveillance
flights targeting rebel positions", "it would defend its rights", "bombers flew to within 200 km
of the coast" and "the victim was calling for help" use the words of economic cooperation,
agreement, meeting, attack, support, visit and appeal for a trade figure, a labour contract, a
sports occasion, a watch kept, a state's own stake, an approach and a cry of distress. The
framing stage drops them with the reason no-event-sense (coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import is_word, lemma, prep_objects
from detente.lexicons.english import english
from detente.lexicons.relevance import relevance_lexicon

__all__ = ["WORLD_CHECKS"]

# Labels of a verb's own parts (object, measures, places): what its clause tells of it, not of
# another clause it governs ("exported soybeans to China, where prices rose 5 percent").
OWN_DEPS = frozenset({"dobj", "prep", "npadvmod", "advmod", "dative", "attr", "nsubjpass"})
# Labels of a noun's modifiers that say what kind of thing it is ("surveillance flights").
KIND_DEPS = frozenset({"compound", "amod", "nmod"})


def _own_tokens(head: Token) -> Iterator[Token]:
    """The verb's own parts, with their words."""
    for child in head.children:
        if child.dep_ in OWN_DEPS:
            yield from child.subtree


def _trade_figure(match: Match) -> str | None:
    """ "Brazil exported 3 million tonnes of soybeans to China", "increased its exports to Iraq
    by 12 percent", "Spanish firms boosted exports": a quantity of goods, money or a share
    traded, or trade done by firms, is a figure of commerce; economic cooperation (CAMEO 061)
    is a state's act to open or expand trade ("agreed to boost trade", "will expand trade")."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.trade_codes or match.frame is not None:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None  # "will boost exports to $100 billion": a goal set, kept
    for token in _own_tokens(head):
        if token.ent_type_ in senses.measure_entities or is_word(token, senses.measure_nouns):
            return f"{head.text!r} with {token.text!r}: a trade figure, no economic cooperation"
    traders = [c for c in head.children if c.dep_ == "nsubj"]
    if any(is_word(t, senses.trader_nouns) for t in traders):
        return f"{traders[0].text!r} {head.text!r}: trade by firms, no economic cooperation"
    return None


def _state_party(token: Token) -> bool:
    """A state, a people or a government body named ("Gondor", "the government")."""
    return token.ent_type_ in ("GPE", "NORP") or is_word(token, english().senses.state_nouns)


def _labour_deal(match: Match) -> str | None:
    """ "Volkswagen agreed a pension deal with its union", "reached an agreement with unions on
    pensions": an employer's deal on pay or pensions is a labour contract; an agreement with a
    state or its government as a party stays ("the government agreed a pay deal with nurses")."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.commitment_roots and match.cameo not in senses.signing_codes:
        return None
    deals = [c for c in head.children if c.dep_ == "dobj"]
    terms = [t for d in deals for t in d.subtree]  # "a pension deal with unions on pensions"
    terms += [*prep_objects(head, senses.deal_topic_preps)]
    labour = [t for t in terms if is_word(t, senses.labour_terms)]
    if not labour:
        return None
    parties = [c for c in head.children if c.dep_ == "nsubj"]
    parties += [*prep_objects(head, frozenset({"with"}))]
    parties += [t for d in deals for t in prep_objects(d, frozenset({"with"}))]
    if any(_state_party(p) for p in parties for p in (p, *p.conjuncts)):
        return None
    return f"{head.text!r} on {labour[0].text!r}: a labour contract, no political agreement"


def _occasion_of(tokens: list[Token]) -> str | None:
    """The off-topic domain (sport, show business) that the words of ``tokens`` belong to."""
    lexicon = relevance_lexicon()
    text = " ".join(" ".join(t.text for t in tokens).lower().split())
    for name in english().senses.occasion_domains:
        pattern = lexicon.domains.get(name)
        if pattern is not None and pattern.search(text):
            return name
    return None


def _sport_attended(match: Match) -> str | None:
    """ "the minister attended a training session of the national team", "attended the opening
    of the Olympic Games": an occasion of sport or show business attended meets no party
    ("attended the session of the White Council" is a meeting)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root:
        return None
    occasions = [head] if head.pos_ in ("NOUN", "PROPN") else []
    if lemma(head) in senses.attending_verbs:
        occasions += [c for c in head.children if c.dep_ == "dobj"]
    for occasion in occasions:
        domain = _occasion_of(list(occasion.subtree))
        if domain is not None:
            return f"{head.text!r} {occasion.text!r}: an occasion of {domain}, no meeting"
    return None


def _surveillance(match: Match) -> str | None:
    """ "surveillance flights targeting rebel positions", "reconnaissance planes struck": a
    flight or craft that watches uses no force; CAMEO 18-20 are attacks."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ in ("acl", "relcl"):
        doers.append(head.head)  # "flights targeting positions": the flights target
    for doer in doers:
        kinds = [doer, *(c for c in doer.children if c.dep_ in KIND_DEPS)]
        watch = next((k for k in kinds if is_word(k, senses.watch_words)), None)
        if watch is not None:
            return f"{watch.text!r} {doer.text!r}: a watch kept, no use of force"
    return None


def _own_stake(match: Match) -> str | None:
    """ "Turkey would defend its rights and interests", "to protect their sovereignty":
    defending one's own rights, land or sovereignty backs no other party (CAMEO 052 defends
    another's policy or actor verbally; "defended its ally", "defended its decision" stay)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.support_roots or lemma(head) not in senses.defending_verbs:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        owners = [c for c in obj.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
        owners += [c for c in obj.children if c.dep_ == "amod" and c.lower_ == "own"]
        if owners and is_word(obj, senses.own_stakes):
            return f"{head.text!r} {owners[0].text} {obj.text!r}: its own stake, no party backed"
    return None


def _approach(match: Match) -> str | None:
    """ "bombers flew to within 200 km of Canada's coast", "ships sailed near the islands":
    coming close to a place with no arrival there visits no one (CAMEO 042 arrives at a
    party's place: "flew to Ottawa")."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.visit_codes:
        return None
    preps = [c for c in head.children if c.dep_ == "prep"]
    arrived = [p for p in preps if p.lower_ in senses.arrival_preps and
               any(o.dep_ in ("pobj", "pcomp") for o in p.children)]  # fmt: skip
    near = [p for p in preps if p.lower_ in senses.approach_preps]
    if near and not arrived:
        return f"{head.text!r} {near[0].text}: an approach, no visit"
    return None


def _cry_for_help(match: Match) -> str | None:
    """ "the victim was calling for help", "a woman screamed for help": a person in distress
    crying out asks no party for anything; "the governor appealed for help" stays."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.request_roots or match.recipient is not None:
        return None
    if lemma(head) not in senses.crying_verbs:
        return None
    if not any(is_word(o, senses.help_nouns) for o in prep_objects(head, frozenset({"for"}))):
        return None
    callers = [c for c in head.children if c.dep_ == "nsubj"]
    if callers and all(c.pos_ == "NOUN" and is_word(c, senses.distressed_people) for c in callers):
        return f"{callers[0].text!r} {head.text!r} for help: a cry of distress, no appeal"
    return None


WORLD_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _trade_figure, _labour_deal, _sport_attended, _surveillance, _own_stake, _approach,
    _cry_for_help,
)  # fmt: skip
