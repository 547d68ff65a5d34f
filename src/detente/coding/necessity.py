"""A demand told as a necessity: "'It is imperative that the Chadian authorities facilitate
aid,' said the MSF manager" asks the Chadian authorities to act, though no verb requests.

The adjective of necessity must be the predicate of an expletive "it" ("it is vital that …"),
the clause it governs must have a subject of its own in the active voice (the party asked:
"that the emergency be recognised" asks no one), and the whole must be reported by a speaker
("said", "reiterated his stance that …"). The verb of each such clause is the trigger: every
party named there is asked for its own act, the act is not coded as done, and what it is
decides the kind of request (CAMEO 02x by its root), as for "Russia said Sudan must return".
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
    needs = english().senses.necessity_adjectives
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


def match_necessity(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "X said it is vital that Gondor withdraws its troops": X asks Gondor to withdraw; each
    party a "that" clause names is asked for its own act, and the act itself is not coded."""
    frame = lexicon.by_kind.get("request")
    asked = child(verb, "nsubj")
    adjective = _necessity_of(verb) if asked is not None else None
    if frame is None or adjective is None:
        return None
    copula = adjective.head
    expletive = child(copula, "nsubj")
    if child(copula, "neg") or child(adjective, "neg"):
        return None  # "it is not vital that …" asks nothing
    if expletive is not None and expletive.lower_ != "it":
        return None  # "the plan is vital that …" is no impersonal demand
    reporting = reporting_verb(copula, lexicon)
    speaker = subject_of(reporting) if reporting is not None else None
    if speaker is None:
        return None
    inner = match_verb(verb, lexicon)
    return Match(
        head=adjective,
        trigger=(verb.i, verb.i + 1),
        pattern_id=f"{NECESSITY_PATTERN}+{inner.pattern_id}" if inner else NECESSITY_PATTERN,
        cameo=frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default,
        actor=speaker,
        recipient=asked,
        symmetric=False,
    )
