"""Senses of a matched trigger that report no political event, whatever its pattern's code.

A view shared ("both agree the train is a good alternative"), an estimate ("the economy should be
growing"), what a text provides ("the legislation allows ownership") and a talk with the press
("speaking with JIS News") use the words of agreement, demand, concession and consultation
without any party agreeing, demanding, conceding or consulting. The framing stage drops them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.nonevents import NONEVENT_CHECKS
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.records import ActorMention

# Fine tags of the simple present: "Jones agrees", "they agree".
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# A verb's auxiliaries, complements and clauses: "agrees" with any of them tells what is agreed
# ("agrees to", "agrees on", "agrees that", "does agree", "will agree").
TOLD_DEPS = frozenset({"aux", "auxpass", "neg", "dobj", "xcomp", "ccomp", "prep", "attr",
                       "acomp", "advcl", "dative", "conj"})


def reject_sense(match: Match) -> Rejected | None:
    """A named rejection when the trigger is used in a sense that reports no event."""
    checks: tuple[Callable[[Match], str | None], ...] = (
        _opinion, _bare_view, _fact, _shown, _estimate, _provision, _press, _partnerless,
        *NONEVENT_CHECKS,
    )  # fmt: skip
    for check in checks:
        detail = check(match)
        if detail is not None:
            return Rejected(stage="code", reason="no-event-sense", detail=detail)
    return None


def _opinion(match: Match) -> str | None:
    """ "agreed the deal is not dead": agreeing that something is so shares a view; an
    agreement between parties agrees on a course of action ("agreed to", "agreed on", "agreed
    that troops will withdraw")."""
    head = match.head
    if match.frame is not None or head.lemma_.lower() not in english().words.opinion_verbs:
        return None
    for clause in head.children:
        if clause.dep_ == "ccomp" and _of_being(clause):
            return f"{head.text!r} with a clause of being ({clause.text!r}): a view shared"
    return None


def _bare_view(match: Match) -> str | None:
    """ "Jones agrees.", "the French government agrees": "agree" in the simple present with
    nothing agreed on, to or with answers what was just said, a view shared; an agreement is
    reached on something or told in the past ("Arnor agreed." after a proposal)."""
    head = match.head
    if match.frame is not None or head.lemma_.lower() not in english().words.opinion_verbs:
        return None
    if any(c.dep_ in TOLD_DEPS for c in head.children) or match.recipient is not None:
        return None
    if head.tag_ in PRESENT_TAGS:
        return f"{head.text!r} with nothing agreed on: a view shared, no agreement"
    everyone = _unanimous(head)
    if everyone is not None:
        return f"{everyone.text!r} {head.text!r} with nothing agreed on: a view shared"
    return None


def _unanimous(verb: Token) -> Token | None:
    """senses18: "they all agreed", "everyone agreed": all of a group agreeing, with nothing
    agreed on, to or with, share a view (dictionary: unanimous "fully in agreement"); one party
    agreeing after a proposal ("Arnor agreed") and "both sides agreed" between two stay."""
    words = english().senses.unanimity_words
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    marks = [*subjects, *(c for s in subjects for c in s.children if c.dep_ in ("appos", "det"))]
    marks += [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep")]
    return next((m for m in marks if m.lower_ in words), None)


def _of_being(verb: Token) -> bool:
    """A clause that says what something is: "the deal is not dead", "the train is an option"."""
    if verb.lemma_.lower() != "be":
        return False
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return not aux and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _estimate(match: Match) -> str | None:
    """ "should be growing", "must have known": a modal of obligation on a progressive or perfect
    verb estimates what is likely; it asks nothing of anyone."""
    doc = match.head.doc
    words = english().words
    span = doc[match.trigger[0] : match.trigger[1]]
    if not any(t.lower_ in words.obligation_modals for t in span):
        return None
    verb = span[-1]
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    if (verb.tag_ == "VBG" and "be" in aux) or (verb.tag_ == "VBN" and "have" in aux):
        return f"{span.text!r}: an estimate, not a demand"
    states = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    clauses = [c for t in (verb, *states) for c in t.children if c.dep_ in ("xcomp", "ccomp")]
    if verb.lemma_.lower() == "be" and states and not clauses:  # "must be ready to mediate" asks
        return f"{span.text!r} what something is: an expectation, not a demand"
    return None


def _provision(match: Match) -> str | None:
    """ "the legislation allows ownership", "a strategy that will support growth": what a law,
    rule or plan provides is its content, not an act of a party."""
    head = match.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    nouns = english().words.provision_nouns
    permits = match.cameo[:2] in english().senses.provision_roots
    if permits and subject is not None and subject.dep_ == "nsubj":
        # verbs11: "the charter allows the use of force": a text that permits ("the order was
        # revoked" is a party's act on the text)
        nouns = nouns | english().senses.provision_more | english().senses.permit_texts
    if match.cameo[:2] in english().codes.request_roots and subject is not None and (
        subject.dep_ == "nsubj"
    ):
        # verbs12: "the settlement calls for the city to pay": agreed terms ask nothing
        nouns = nouns | english().senses.terms_texts
    if subject is None and permits and head.dep_ == "acl" and head.tag_ in ("VBG", "VB"):
        # "the law allowing entities to", "a scheme to allow pupils to"; a declaration
        # demanding or a resolution criticizing is the body's own act, kept
        subject = head.head
        nouns = nouns | english().senses.provision_more
    if subject is None:
        return None
    if subject.tag_ == "WDT" and head.dep_ == "relcl":
        subject = head.head  # "a strategy that will support": the strategy is the subject
    for noun in (subject, *subject.conjuncts):
        if noun.lemma_.lower() in nouns:
            return f"subject {noun.text!r} is a text that provides, not a party that acts"
    return None


def _press(match: Match) -> str | None:
    """ "speaking with JIS News", "talked to reporters": a talk with the press is an interview."""
    if match.cameo[:2] != english().codes.consult_root:
        return None
    nouns = english().words.press_nouns
    head = match.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    objects += [o for c in head.children if c.dep_ == "prep" for o in c.children
                if o.dep_ == "pobj"]  # fmt: skip
    for obj in objects:
        if obj.lemma_.lower() in nouns or obj.lower_ in nouns:
            return f"talk with the press ({obj.text!r}): an interview, no consultation"
    return None


def _partnerless(match: Match) -> str | None:
    """ "Beijing's tough talk", "the commissioner's consultation on a strategy": "talk" or
    "consultation" in the singular with no partner ("with", "between") is what someone says or a
    public process, not a consultation ("talks with Seoul", "a consultation with the king")."""
    head = match.head
    nouns = english().words.partnerless_nouns
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in nouns:
        return None
    if head.tag_ == "NNS" or head.lower_.endswith("s") or match.recipient is not None:
        return None
    return f"{head.text!r} in the singular with no partner: no consultation between parties"


def _fact(match: Match) -> str | None:
    """ "Kelly recognizes that's what Trump wants": a clause object is a fact acknowledged; the
    diplomatic recognition of CAMEO 054 recognises a party."""
    head = match.head
    if match.frame is not None or head.lemma_.lower() not in english().words.fact_verbs:
        return None
    if any(c.dep_ == "ccomp" for c in head.children):
        return f"{head.text!r} with a clause: a fact acknowledged, no recognition of a party"
    return None


def _shown(match: Match) -> str | None:
    """ "this was demonstrated by our decision": transitive or passive "demonstrate" shows."""
    head = match.head
    protest = match.cameo[:2] == english().codes.protest_root  # "demonstrate solidarity" supports
    if not protest or head.lemma_.lower() not in english().words.show_verbs:
        return None
    deps = {c.dep_ for c in head.children}
    if deps & {"dobj", "ccomp", "nsubjpass", "auxpass"}:
        return f"{head.text!r} with an object or in the passive: shown, no protest"
    # "a basis that they can demonstrate": a clause on a noun with its own subject shows the noun
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    own = subjects and all(s.tag_ not in ("WDT", "WP") for s in subjects)
    if head.dep_ in ("acl", "relcl") and head.head.pos_ == "NOUN" and own:
        return f"{head.text!r} what {head.head.text!r} is: shown, no protest"
    return None


def reject_hosting(match: Match, recipient: tuple[ActorMention, ...]) -> Rejected | None:
    """ "host a rally", "villages that host mining operations": hosting with no party as guest
    and an object that is no meeting or visit names an occasion, not a visit (CAMEO 043)."""
    words = english().words
    head = match.head
    if recipient or head.lemma_.lower() not in words.host_verbs:
        return None
    hosted = next((c for c in head.children if c.dep_ == "dobj"), None)
    if hosted is None or hosted.lemma_.lower() in words.hosted_meetings:
        return None
    detail = f"{head.text!r} {hosted.text!r}: an occasion hosted, no visit"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)
