"""Senses of a trigger from the world outside politics: causes that are no party, trade,
reporters' routine, movement, economic fights, people described by their travel.

"A cholera epidemic has killed 1,200 people", "the council has agreed 12 house purchases", "a
camp official who pleaded anonymity", "Turkish forces press into the enclave", "isn't afraid to
fight one" (a trade war) and "Russians travelling to the UK could face provocations" use the
words of attacks, agreements, requests and visits without any party doing one. The framing stage
drops them with the reason no-event-sense (see coding/senses.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.civil_senses import CIVIL_CHECKS
from detente.coding.everyday_senses import EVERYDAY_CHECKS
from detente.coding.figurative_senses import FIGURATIVE_CHECKS
from detente.coding.foreseen_senses import FORESEEN_CHECKS
from detente.coding.generic_senses import GENERIC_CHECKS
from detente.coding.generic_subjects import GENERIC_SUBJECT_CHECKS
from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.coding.permitted_harms import PERMITTED_HARM_CHECKS
from detente.coding.practice_senses import PRACTICE_CHECKS
from detente.coding.private_senses import PRIVATE_CHECKS
from detente.coding.procedures import PROCEDURE_CHECKS
from detente.coding.routine_senses import ROUTINE_CHECKS
from detente.coding.sense_words import named_storm
from detente.coding.sittings import SITTING_CHECKS
from detente.coding.stance_senses import STANCE_CHECKS
from detente.coding.syntax import RELATIVE_TAGS
from detente.coding.terms_senses import TERMS_CHECKS
from detente.coding.text_senses import TEXT_CHECKS
from detente.coding.thing_senses import THING_CHECKS
from detente.coding.trade_flows import TRADE_FLOW_CHECKS
from detente.coding.trial_senses import TRIAL_CHECKS
from detente.coding.world_senses import WORLD_CHECKS
from detente.lexicons.english import english
from detente.lexicons.relevance import relevance_lexicon
from detente.records import ActorMention

__all__ = ["NONEVENT_CHECKS", "reject_organising"]

# Dependency labels of the parts of a clause that say who acts: left out when reading its content.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Fine tags of quotation marks: a clause quoted before "he charged" is what he charged.
QUOTE_TAGS = frozenset({"``", "''"})
# Labels of a verb's complements: a verb with none of them stands alone ("both agree,").
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "attr", "acomp"})


def _subjects(match: Match) -> Iterator[Token]:
    """The tokens that head the acting side: the matched actor and the clause subjects."""
    heads = [match.head] + ([match.frame] if match.frame is not None else [])
    found = [match.actor] if match.actor is not None else []
    found += [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    for token in found:
        yield token
        yield from token.conjuncts
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            yield token.head.head  # recip18: "a fire *that* killed 100 people": the fire


def _impersonal(match: Match) -> str | None:
    """ "a cholera epidemic has killed", "trade practices have destroyed factories": a disease,
    a disaster or a practice is a cause, not a party that acts."""
    causes = english().senses.impersonal_causes
    for token in _subjects(match):
        if token.lemma_.lower() in causes or token.lower_ in causes or named_storm(token):
            return f"subject {token.text!r} is a cause, not a party that acts"
    return None


def _objects(head: Token) -> Iterator[Token]:
    """The verb's direct objects and the nouns its prepositions, and its objects', govern (also
    through a compound preposition: "pulled out *of* the market")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    for governor in (head, *objects):
        for prep in (c for c in governor.children if c.dep_ == "prep"):
            inner = [p for p in prep.children if p.dep_ == "prep"]
            objects += [o for p in (prep, *inner) for o in p.children if o.dep_ == "pobj"]
    for token in objects:
        yield token
        yield from token.conjuncts


def _commerce(match: Match) -> str | None:
    """ "agreed 12 house purchases", "negotiated a lease", "a deal for the media rights": an
    agreement over a thing traded is business, not cooperation between political parties."""
    senses = english().senses
    exit_code = match.cameo[:3] in senses.commerce_exit_codes  # senses18: "pulled out of"
    if match.cameo[:2] not in senses.commerce_roots and not exit_code:
        return None
    for obj in _objects(match.head):
        lemma = obj.lemma_.lower()
        compounds = [c.lemma_.lower() for c in obj.children if c.dep_ == "compound"]
        phrases = {lemma, *(f"{c} {lemma}" for c in compounds)}
        if phrases & senses.commerce_objects:
            return f"{match.head.text!r} over {obj.text!r}: a trade, not political cooperation"
    supported = match.cameo[:2] in senses.support_roots  # "pledged 20 million dollars" stays
    for obj in (c for c in match.head.children if c.dep_ == "dobj" and supported):
        if obj.lemma_.lower() in senses.market_levels or _compound_of(obj, senses.market_levels):
            return f"{match.head.text!r} {obj.text!r}: a market operation, no party backed"
    return None


def _compound_of(noun: Token, phrases: frozenset[str]) -> bool:
    """ "the exchange rate", "its share price": a compound noun among ``phrases``."""
    lemma = noun.lemma_.lower()
    return any(f"{c.lemma_.lower()} {lemma}" in phrases
               for c in noun.children if c.dep_ == "compound")  # fmt: skip


def _price(match: Match) -> str | None:
    """ "they charge differently for the power", "can charge just $18": a price asked, with no
    one charged ("charged him with fraud", "he was charged", "arrested and charged with")."""
    head = match.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in english().senses.price_verbs:
        return None
    deps = {c.dep_ for c in head.children}
    if head.tag_ == "VBN" or deps & {"nsubjpass", "auxpass"}:
        return None  # "arrested and charged", "Charged with impaired driving": accused
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children) or _claim(head):
        return None  # "charged him with fraud", "charging that UNSCOM has become a spy agency"
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if all(o.ent_type_ == "MONEY" or o.like_num for o in objects):
        return f"{head.text!r} with no one charged: a price, no accusation"
    return None


def _claim(head: Token) -> bool:
    """ "charging that UNSCOM spies", "'They lied,' he charged": a clause charged, after the verb
    or quoted before it; "Nelson explains ...: they charge for the power" only reports the price."""
    doc = head.doc
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        if clause.i > head.i:
            return True
        if any(t.tag_ in QUOTE_TAGS for t in doc[clause.left_edge.i : head.i]):
            return True
    return False


def _journalism(match: Match) -> str | None:
    """ "pleaded anonymity", "declined to comment", "declined to make Kelly available for an
    interview": what reporters ask and are refused is no political request or rejection."""
    senses = english().senses
    if match.cameo[:2] not in senses.journalism_roots:
        return None
    nouns = senses.journalism_nouns
    for head in (match.head, match.frame):
        if head is None:
            continue
        for token in _content(head):
            if token.lemma_.lower() not in nouns or token.tag_ in ("NNS", "NNPS"):
                continue
            owner = token.head
            if token.dep_ in ("dobj", "xcomp") or (token.dep_ == "pobj" and owner.lower_ == "for"):
                return f"{token.text!r}: a reporter's request or refusal, no political one"
    return None


def _content(head: Token) -> Iterator[Token]:
    """The tokens of a clause without its subject: what is asked, refused or done."""
    for child in head.children:
        if child.dep_ not in SUBJECT_DEPS:
            yield from child.subtree


def _advance(match: Match) -> str | None:
    """ "Turkish forces press into the enclave", "pushed on towards the city": pressing on
    into a place, with nothing pressed for, is an advance, not a request."""
    senses = english().senses
    head = match.head
    if head.lemma_.lower() not in senses.push_verbs:
        return None
    if match.cameo[:2] not in english().codes.request_roots:
        return None  # verbs18: "forces pushed into the enclave" coded as the advance it is
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children):
        return None
    ways = [c for c in head.children if c.dep_ in ("prep", "advmod", "prt")]
    if any(w.lower_ in senses.movement_preps for w in ways):
        return f"{head.text!r} on into a place: an advance, no request"
    return None


def _economic_fight(match: Match) -> str | None:
    """ "vowed to fight the U.S. after tariffs", "isn't afraid to fight one" (a trade war): a
    fight in a sentence about a trade conflict is economic, not armed."""
    senses = english().senses
    if match.head.lemma_.lower() not in senses.fight_verbs:
        return None
    text = " ".join(match.head.sent.text.lower().split())
    for phrase in senses.economic_conflicts:
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return f"{match.head.text!r} in a sentence about {phrase!r}: an economic fight"
    return None


def _traveller(match: Match) -> str | None:
    """ "Russians travelling to the UK could face provocations", "an aircraft travelling from
    London": a participle that describes who travels tells no visit."""
    head = match.head
    if match.cameo not in english().senses.visit_codes or head.tag_ != "VBG":
        return None
    if head.dep_ not in ("acl", "csubj") or any(c.dep_ == "aux" for c in head.children):
        return None
    return f"{head.text!r} describes who travels: no visit told"


def _comment_clause(match: Match) -> str | None:
    """ "Winning over residents, both Nelson and Banks agree, has been a process": an opinion
    verb set into another clause with nothing agreed on is a comment, like "he said"."""
    head = match.head
    if head.lemma_.lower() not in english().words.opinion_verbs or head.dep_ != "parataxis":
        return None
    if any(c.dep_ in COMPLEMENT_DEPS for c in head.children):
        return None
    return f"{head.text!r} set into another clause: a view shared, no agreement"


def _domain_emergency(match: Match) -> str | None:
    """ "declared a public health emergency", "a state of emergency over the swine flu
    outbreak": an emergency declared over a disease is public-health work (vaccines,
    quarantine), not the emergency rule of CAMEO 1724 that suspends rights."""
    lexicon = relevance_lexicon()
    text = " ".join(match.head.sent.text.lower().split())
    for name in lexicon.source.domain_senses.get(match.cameo, ()):
        pattern = lexicon.domains.get(name)
        if pattern is not None and pattern.search(text):
            return f"CAMEO {match.cameo} in a sentence about {name}: no emergency rule"
    return None


def _reflexive(match: Match) -> str | None:
    """ "we cannot allow ourselves to be used", "Gondor let itself be drawn in": an act on
    oneself has no other party to concede, give or promise to."""
    head = match.head
    if match.cameo[:2] in english().codes.attack_roots:
        return None  # "a suicide bomber blowing himself up" attacks all the same
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    objects += [c for x in head.children if x.dep_ == "ccomp" for c in x.children
                if c.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
    reflexives = english().senses.reflexive_pronouns
    if any(o.lower_ in reflexives for o in objects):
        return f"{head.text!r} with {objects[0].text!r}: an act on oneself, no other party"
    return None


def _standing_description(match: Match) -> str | None:
    """ "IRENA, an intergovernmental organization that supports countries", "its ally, NATO,
    which supports Ukraine": a present-tense relative clause on a noun in apposition says what
    the party does as a rule, not what it did."""
    head = match.head
    if _characterised(head):
        return f"{head.text!r} says what {head.head.text!r} is like: a characterisation, no event"
    if head.dep_ != "relcl" or head.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.tag_ not in ("WDT", "WP") for s in subjects):
        return None  # "a charge Russia denies": the clause tells another party's act
    noun = head.head
    described = noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)
    if not described or any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children):
        return None
    return f"{head.text!r} describes {head.head.text!r}: what it does as a rule, no event"


def _characterised(head: Token) -> bool:
    """senses18: "Arnor was a state bullying them", "Gondor is a country that supports terror":
    a present participle or a present relative clause on an indefinite noun that is the
    predicate of "be" says what kind of party the subject is (a characterisation, often an
    accusation's wording), no act told; so does a "where" clause on it ("Arnor is a country
    where police kill protesters"). "The army is attacking them" and "it was the army that
    attacked" are not predicate nouns so described."""
    if head.dep_ not in ("acl", "relcl") or head.tag_ not in ("VBG", "VBZ", "VBP"):
        return False
    if head.dep_ == "acl" and head.tag_ != "VBG":
        return False
    noun = head.head
    articles = english().senses.generic_articles
    indefinite = any(c.dep_ == "det" and c.lower_ in articles for c in noun.children)
    if noun.dep_ != "attr" or not indefinite:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children)
    if not where and any(s.tag_ not in ("WDT", "WP") for s in subjects):
        return False  # "a charge Russia denies": another party's act
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children)


def _submitted(match: Match) -> str | None:
    """ "the no-confidence motion was handed over to the Speaker", "handed over a petition": a
    text handed to someone is submitted; returning (CAMEO 0842) gives back what was taken."""
    senses = english().senses
    if match.cameo not in senses.handover_codes:
        return None
    head = match.head
    things = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for thing in things:
        if thing.lemma_.lower() in senses.document_nouns:
            return f"{head.text!r} {thing.text!r}: a text submitted, nothing returned"
    return None


def _alone_talking(match: Match) -> str | None:
    """ "the victim cannot walk or talk", "he spoke about the sanctions": one party talking with
    no partner speaks; a consultation talks with someone ("talked with Arnor", "the two sides
    talked")."""
    senses = english().senses
    head = match.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in senses.talk_verbs:
        return None
    if match.recipient is not None or any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in senses.partner_preps)
        for c in head.children
    ):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "conj":  # "the victim cannot walk or talk"
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    plural = english().words.plural_pronouns
    if not subjects or any(s.conjuncts or s.tag_ in ("NNS", "NNPS") or s.lower_ in plural
                           for s in subjects):  # fmt: skip
        return None
    return f"{head.text!r} with no partner: one party speaking, no consultation"


def _sponsored(match: Match) -> str | None:
    """ "Technology Week is supported by Etisalat", "a search which was supported by a
    helicopter": an occasion supported by someone is sponsored or helped, no party backed."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.support_roots:
        return None
    if not any(c.dep_ == "agent" for c in head.children):
        return None
    for subject in (c for c in head.children if c.dep_ == "nsubjpass"):
        occasion = head.head if subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl" else subject
        if occasion.lemma_.lower() in senses.occasion_nouns:
            return f"{occasion.text!r} supported by someone: a sponsored occasion, no party backed"
    return None


def _prize_defended(match: Match) -> str | None:
    """ "the team will return to defend their title": holding a prize in a contest is sport, no
    party backed ("supports the conference" may back a peace conference, so occasions stay)."""
    senses = english().senses
    if match.cameo[:2] not in senses.support_roots:
        return None
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in senses.contest_prizes:
            return f"{match.head.text!r} {obj.text!r}: a prize in a contest, no party backed"
    return None


def _charity(match: Match) -> str | None:
    """ "supports people affected by cancer", "helps families living with dementia": care for
    people in illness or disaster is charity, not support of a party."""
    senses = english().senses
    if match.cameo[:2] not in senses.support_roots:
        return None
    needs = senses.ailments | senses.impersonal_causes
    for obj in (c for c in match.head.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in senses.cared_people:
            continue
        if any(t.lemma_.lower() in needs for t in obj.subtree):
            return f"{match.head.text!r} {obj.text!r} in need: charity, no party backed"
    return None


def reject_organising(match: Match, recipient: tuple[ActorMention, ...]) -> Rejected | None:
    """ "the Cancer Society will be coordinating a number of activities": coordinating things
    with no party as partner organises them; cooperation coordinates with a party ("coordinated
    their efforts with Arnor")."""
    head = match.head
    if recipient or head.lemma_.lower() not in english().senses.organising_verbs:
        return None
    things = [c for c in head.children if c.dep_ == "dobj"]
    if not things:
        return None
    detail = f"{head.text!r} {things[0].text!r} with no partner: organising, no cooperation"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)


NONEVENT_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _impersonal, _commerce, _price, _journalism, _advance, _economic_fight, _traveller,
    _comment_clause, _domain_emergency, _reflexive, _standing_description,
    _submitted, _alone_talking, _sponsored, _charity, _prize_defended, *THING_CHECKS,
    *PRIVATE_CHECKS, *CIVIL_CHECKS, *WORLD_CHECKS, *GENERIC_CHECKS,
    *STANCE_CHECKS, *EVERYDAY_CHECKS, *TEXT_CHECKS, *GENERIC_SUBJECT_CHECKS,
    *PROCEDURE_CHECKS, *TERMS_CHECKS, *SITTING_CHECKS, *FORESEEN_CHECKS, *FIGURATIVE_CHECKS,
    *ROUTINE_CHECKS, *TRIAL_CHECKS, *PERMITTED_HARM_CHECKS, *TRADE_FLOW_CHECKS,
    *PRACTICE_CHECKS,
)  # fmt: skip
