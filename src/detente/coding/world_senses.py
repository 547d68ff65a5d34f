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

__all__ = ["WORLD_CHECKS", "named_occasion"]

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


def _company(token: Token) -> bool:
    """A company named or called one ("Volkswagen", "the carmaker", "British Airways")."""
    words = relevance_lexicon().source.company_nouns | english().senses.employer_nouns
    return token.ent_type_ == "ORG" or is_word(token, frozenset(words))


def _labour_deal(match: Match) -> str | None:
    """ "Volkswagen agreed a pension deal with its union", "the company reached an agreement
    with unions on pensions": a company's deal on pay or pensions is a labour contract; public
    employees' pay deals with a city or a state ("firefighters agreed to a pay cut") and deals
    with a state as a party ("the government agreed a pay deal with nurses") stay."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.commitment_roots and match.cameo not in senses.signing_codes:
        return None
    deals = [c for c in head.children if c.dep_ == "dobj"]
    terms = [t for d in deals for t in d.subtree]  # "a pension deal with unions on pensions"
    terms += [t for o in prep_objects(head, senses.deal_topic_preps) for t in o.subtree]
    labour = [t for t in terms if is_word(t, senses.labour_terms)]
    if not labour:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    partners = [*prep_objects(head, frozenset({"with"}))]
    partners += [t for d in deals for t in prep_objects(d, frozenset({"with"}))]
    parties = [q for p in (*subjects, *partners) for q in (p, *p.conjuncts)]
    if any(_state_party(p) for p in parties) or not any(_company(p) for p in parties):
        return None
    return f"{head.text!r} on {labour[0].text!r}: a labour contract, no political agreement"


def _occasion_of(tokens: list[Token]) -> str | None:
    """The off-topic domain (sport, show business) that the words of ``tokens`` belong to."""
    lexicon = relevance_lexicon()
    text = " ".join(" ".join(t.text for t in sorted(tokens, key=lambda t: t.i)).lower().split())
    for name in english().senses.occasion_domains:
        pattern = lexicon.domains.get(name)
        if pattern is not None and pattern.search(text):
            return name
    return None


def _named_as(noun: Token) -> list[Token]:
    """The words that say what an occasion is: its name and modifiers, and what it is "of"
    ("a training session of the national team"), not where or when it is held ("a summit on
    the sidelines of the Olympic Games" is a summit)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in KIND_DEPS:
            words += _named_as(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words += [t for o in child.children if o.dep_ == "pobj" for t in o.subtree]
    return words


def named_occasion(noun: Token) -> str | None:
    """The off-topic domain an occasion or a team is named in ("the national team": sport)."""
    return _occasion_of(_named_as(noun))


def _sport_attended(match: Match) -> str | None:
    """ "the minister attended a training session of the national team", "attended the opening
    of the Olympic Games", "watched the World Cup final": an occasion of sport or show business
    attended meets no party ("attended the session of the White Council" is a meeting; so is
    a summit or talks held on the sidelines of the Games)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or lemma(head) not in senses.attending_verbs:
        return None
    for occasion in (c for c in head.children if c.dep_ == "dobj"):
        domain = _occasion_of(_named_as(occasion))
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


def _hostile_reception(match: Match) -> str | None:
    """ "the army was met by drug hitmen lobbing grenades", "they were met on the curb by two
    security guards": being met by gunmen, guards or a crowd is an encounter; a consultation
    meets a party that receives or talks ("was met by the king at the airport")."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or lemma(head) not in senses.meeting_verbs:
        return None
    for agent in prep_objects(head, english().senses.agent_preps):
        if is_word(agent, senses.encounter_agents):
            return f"met by {agent.text!r}: an encounter, no consultation"
    return None


def _scene_cordoned(match: Match) -> str | None:
    """ "police cordoned off the dealership to investigate the death", "cordoned off Guay's
    properties": closing off a crime scene to investigate it, or a person's property, restricts
    no party's movement (CAMEO 191 blockades a place or a people; "cordoned off the compound to
    search for weapons" may close a contested site, kept)."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.blockade_codes:
        return None
    purposes = [c for c in head.children if c.dep_ in ("advcl", "xcomp")]
    searched = [p for p in purposes if lemma(p) in senses.search_verbs]
    if searched:
        return f"{head.text!r} to {searched[0].text!r}: a scene closed off, no blockade"
    places = [c for c in head.children if c.dep_ == "dobj"]
    places += list(prep_objects(head, frozenset({"off"})))
    places += [o for c in head.children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj"]
    for place in places:
        owned = any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in place.children)
        if owned and is_word(place, senses.premises_nouns):
            return f"{head.text!r} {place.text!r}: a person's premises closed off, no blockade"
    return None


def _budget_cut(match: Match) -> str | None:
    """ "the state reduced funding for public schools": cutting the money of one's own schools
    or roads is a budget decision; CAMEO 162 cuts aid to another party ("cut funding for
    Palestinian schools", "cut aid to Arnor")."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.aid_cut_codes:
        return None
    funded = [t for c in head.children if c.dep_ == "dobj" for t in prep_objects(c)]
    funded += list(prep_objects(head, frozenset({"for"})))
    for thing in funded:
        named = [t for t in thing.subtree if t.ent_type_ in ("GPE", "NORP", "ORG")]
        if not named and is_word(thing, senses.public_services):
            return f"{head.text!r} for {thing.text!r}: a budget at home, no aid cut"
    return None


def _occasion_acting(match: Match) -> str | None:
    """ "the Fourth of July Celebration will offer a weekend of music", "the fair gave visitors
    a show": an occasion as the subject is what it holds for its public; no party acts."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] in english().codes.attack_roots:
        return None
    for subject in (c for c in head.children if c.dep_ == "nsubj"):
        if is_word(subject, senses.occasion_subjects):
            return f"{subject.text!r} {head.text!r}: an occasion, no party acting"
    return None


def _people_gathering(match: Match) -> str | None:
    """ "a safe space where people can meet and relax", "students met at the library": private
    people meeting with no one named as partner gather; a consultation meets a party."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.consult_root or lemma(head) not in senses.meeting_verbs:
        return None
    if match.recipient is not None or any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    if any(True for _ in prep_objects(head, senses.partner_preps)):
        return None
    people = [c for c in head.children if c.dep_ == "nsubj"]
    if people and all(p.pos_ == "NOUN" and is_word(p, senses.private_people) for p in people):
        return f"{people[0].text!r} {head.text!r} with no partner: people gathering, no talks"
    return None


def _endurance(match: Match) -> str | None:
    """ "children simply cannot tolerate the extended hours on a bus": bearing a hardship is
    endurance; CAMEO 13 warns a party ("will not tolerate Orcish raids")."""
    senses = english().senses
    head = match.head
    if lemma(head) not in senses.enduring_verbs:
        return None
    endured = [c for c in head.children if c.dep_ == "dobj"]
    if any(is_word(e, senses.endured_things | senses.hardship_nouns) for e in endured):
        return f"{head.text!r} {endured[0].text!r}: a hardship endured, no warning"
    people = [c for c in head.children if c.dep_ == "nsubj"]
    if people and all(p.pos_ == "NOUN" and is_word(p, senses.private_people) for p in people):
        return f"{people[0].text!r} {head.text!r}: a hardship endured, no warning"
    return None


def _found_hurt(match: Match) -> str | None:
    """ "family finds him injured in ditch", "was found wounded": a person found hurt tells a
    state, not an attack by anyone (the act that hurt them, if told, is its own event)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    if lemma(head) not in senses.injury_verbs or head.tag_ != "VBN":
        return None
    if any(c.dep_ == "agent" for c in head.children):
        return None  # "was found wounded by gunmen" tells who
    finder = head.head if head.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "advcl") else None
    if finder is not None and lemma(finder) in senses.finding_verbs:
        return f"{finder.text!r} {head.text!r}: a person found hurt, no attack told"
    return None


def _own_players_praised(match: Match) -> str | None:
    """ "the coach praised his players for their performance", "lauded their squad", "lauded
    his team's defence" (senses19: the play of one's own side): a side praising its own
    players, team or their play is sport, no party backed."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.support_roots:
        return None
    sides = senses.player_nouns | senses.team_nouns
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        side = obj if is_word(obj, sides) else _owning_side(obj, sides)
        owners = [c for c in side.children if c.dep_ == "poss" and c.tag_ == "PRP$"] if side else []
        if side is not None and owners:
            return f"{head.text!r} {owners[0].text} {side.text!r}: a side's own players, sport"
    return None


def _owning_side(thing: Token, sides: frozenset[str]) -> Token | None:
    """The team or players that own a thing ("his *team's* defence"), if a possessive names one."""
    return next((c for c in thing.children if c.dep_ == "poss" and is_word(c, sides)), None)


WORLD_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _trade_figure, _labour_deal, _sport_attended, _surveillance, _own_stake, _approach,
    _cry_for_help, _hostile_reception, _scene_cordoned, _budget_cut, _occasion_acting,
    _people_gathering, _endurance, _found_hurt, _own_players_praised,
)  # fmt: skip
