"""A demand told as a necessity: "'It is imperative that the Chadian authorities facilitate
aid,' said the MSF manager" asks the Chadian authorities to act, though no verb requests.

The adjective of necessity must be the predicate of an expletive "it" ("it is vital that …"),
the clause it governs must have a subject of its own in the active voice (the party asked:
"that the emergency be recognised" asks no one), and the whole must be reported by a speaker
("said", "reiterated his stance that …"). The verb of each such clause is the trigger: every
party named there is asked for its own act, the act is not coded as done, and what it is
decides the kind of request (CAMEO 02x by its root), as for "Russia said Sudan must return".

A need stated for a party is the same demand: "Morris said there is a need for the council to
increase its inspections" asks the council. The noun of need must be the predicate of an
expletive "there", and the party is the subject of its "for … to" clause ("there is no need for
the council to act" asks nothing; "the need for funding" names no one asked). A need a speaker
stresses is stated too: "the minister stressed the need for Israel to withdraw" (the object of a
verb of saying; "had nothing to say about the need for Israel to stop" states none).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.blame import reporting_verb
from detente.coding.match import Match, match_verb
from detente.coding.syntax import child, subject_of
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

NECESSITY_PATTERN = "request.necessity"
# Marks of a clause stating what must be so ("that"): a bare "it is vital to act" names no party.
CLAUSE_MARKS = frozenset({"that"})
# How the parser hangs "for the council to increase" on the noun "need".
NEED_CLAUSE_DEPS = frozenset({"acl", "advcl", "relcl"})


def _required_clauses(adjective: Token) -> list[Token]:
    """The "that" clauses the adjective (or its copula) governs, with their conjuncts."""
    copula = adjective.head
    found = []
    for clause in [*adjective.children, *copula.children]:
        if clause.dep_ != "ccomp" or not any(
            m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in clause.children
        ):
            continue
        found.append(clause)
        found += [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return found


def _necessity_of(clause: Token) -> Token | None:
    """The adjective of necessity whose "that" clause (or a conjunct of one) this verb heads."""
    needs = english().senses.demand_adjectives
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "that aid groups provide aid and that the authorities facilitate it"
    if node.dep_ != "ccomp":
        return None
    governor = node.head
    candidates = [governor, *(c for c in governor.children if c.dep_ == "acomp")]
    adjective = next((a for a in candidates if a.lemma_.lower() in needs), None)
    if adjective is None or adjective.dep_ != "acomp" or clause not in _required_clauses(adjective):
        return None
    return adjective


def _stated_need(clause: Token) -> Token | None:
    """The noun of need whose "for X to V" clause this verb heads, in "there is a need for X
    to V"; None when the need is denied ("there is no need")."""
    need = clause.head
    needs = english().senses.need_nouns
    if clause.dep_ not in NEED_CLAUSE_DEPS or need.lemma_.lower() not in needs:
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
        return None
    copula = need.head
    if need.dep_ != "attr" or not any(c.dep_ == "expl" for c in copula.children):
        return None
    if any(d.lower_ == "no" for d in need.children if d.dep_ == "det"):
        return None
    return need


def _stressed_need(clause: Token, lexicon: VerbLexicon) -> Token | None:
    """The verb of saying whose object is the need this "for X to V" clause tells: "stressed
    the need for Israel to withdraw" (the parser hangs the clause on the noun or on the verb)."""
    if clause.dep_ not in NEED_CLAUSE_DEPS:
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
        return None
    needs = english().senses.need_nouns
    head = clause.head
    if head.lemma_.lower() in needs and head.dep_ == "dobj":
        head = head.head  # "stressed [the need for X to V]"
    elif not any(c.dep_ == "dobj" and c.lemma_.lower() in needs for c in head.children):
        return None  # "stressed the need, for X to V": the clause hangs on the verb
    if head.lemma_.lower() not in lexicon.speech or child(head, "neg"):
        return None
    return head


def _impersonal(marker: Token) -> bool:
    """Whether the adjective or noun of necessity is stated, not denied, of an impersonal
    subject: "it is vital that …", "there is a need for …"."""
    copula = marker.head
    expletive = child(copula, "nsubj")
    if child(copula, "neg") or child(marker, "neg"):
        return False  # "it is not vital that …" asks nothing
    # "the plan is vital that …" is no impersonal demand
    return expletive is None or expletive.lower_ == "it"


def _stated_by(verb: Token, lexicon: VerbLexicon) -> tuple[Token, Token] | None:
    """The word that states the necessity of the clause this verb heads, and the verb of
    saying that reports it: ("vital", "said"), ("need", "said"), ("stressed", "stressed")."""
    speaking = _stressed_need(verb, lexicon)
    if speaking is not None:
        return speaking, speaking
    marker = _necessity_of(verb) or _stated_need(verb)
    if marker is None or not _impersonal(marker):
        return None
    reporting = reporting_verb(marker.head, lexicon)
    return (marker, reporting) if reporting is not None else None


def match_necessity(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "X said it is vital that Gondor withdraws its troops": X asks Gondor to withdraw; each
    party a "that" clause names is asked for its own act, and the act itself is not coded."""
    frame = lexicon.by_kind.get("request")
    asked = child(verb, "nsubj")
    if frame is None or asked is None or asked.lower_ in english().senses.own_need_pronouns:
        return None  # "there is a need for us to act": the speaker's own intent, no request
    stated = _stated_by(verb, lexicon)
    speaker = subject_of(stated[1]) if stated is not None else None
    if stated is None or speaker is None:
        return None
    inner = match_verb(verb, lexicon)
    return Match(
        head=stated[0],
        trigger=(verb.i, verb.i + 1),
        pattern_id=f"{NECESSITY_PATTERN}+{inner.pattern_id}" if inner else NECESSITY_PATTERN,
        cameo=frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default,
        actor=speaker,
        recipient=asked,
        symmetric=False,
    )
