"""A demand told as a necessity: "'It is imperative that the Chadian authorities facilitate
aid,' said the MSF manager" asks the Chadian authorities to act, though no verb requests.

The adjective of necessity must be the predicate of an expletive "it" ("it is vital that …"),
the clause it governs must have a subject of its own in the active voice (the party asked:
"that the emergency be recognised" asks no one), and the whole must be reported by a speaker
("said", "reiterated his stance that …"). What the party is asked to do decides the kind of
request (CAMEO 02x by the requested act's root), as for "Russia said Sudan must return …".
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


def match_necessity(adjective: Token, lexicon: VerbLexicon) -> Match | None:
    """ "X said it is vital that Gondor withdraws its troops": X asks Gondor to withdraw."""
    frame = lexicon.by_kind.get("request")
    needs = english().senses.necessity_adjectives
    if frame is None or adjective.lemma_.lower() not in needs:
        return None
    copula = adjective.head
    expletive = child(copula, "nsubj")
    if adjective.dep_ != "acomp" or child(copula, "neg") or child(adjective, "neg"):
        return None  # "it is not vital that …" asks nothing
    if expletive is not None and expletive.lower_ != "it":
        return None  # "the plan is vital that …" is no impersonal demand
    clause = next((c for c in _required_clauses(adjective) if child(c, "nsubj")), None)
    reporting = reporting_verb(copula, lexicon)
    speaker = subject_of(reporting) if reporting is not None else None
    if clause is None or speaker is None:
        return None
    inner = match_verb(clause, lexicon)
    return Match(
        head=adjective,
        trigger=(adjective.i, adjective.i + 1),
        pattern_id=f"{NECESSITY_PATTERN}+{inner.pattern_id}" if inner else NECESSITY_PATTERN,
        cameo=frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default,
        actor=speaker,
        recipient=child(clause, "nsubj"),
        symmetric=False,
    )


def requested_clauses(match: Match) -> set[int]:
    """The clauses a necessity asks for: their acts are wished for, not reported as done."""
    if not match.pattern_id.startswith(NECESSITY_PATTERN):
        return set()
    return {c.i for c in _required_clauses(match.head)}
