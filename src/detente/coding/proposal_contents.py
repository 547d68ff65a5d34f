"""What someone's proposal or decision says is no party to a stance on it.

"The White House supports its decision *to expel 23 Mordor diplomats*", "rejected the king's
suggestion *that Arnor would follow*", "criticised the plan *to sanction Gondor*": the one
supported, rejected or criticised is whoever made the decision, plan or suggestion (its owner),
never the parties its content acts on. So when a stance (support, rejection, disapproval)
names a proposal noun (english.yaml senses.proposal_nouns) as its object, the search for a
recipient beyond the pattern's slot does not enter that noun's content: its infinitive or its
"that" clause. A relative clause or a "by" phrase naming the proposer is no content and is
still searched ("the plan *drawn up by* Arnor").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

# Dependencies a noun's content clause hangs by in the parse ("decision to expel", "suggestion
# that X would"): an adjectival clause, or a complement clause.
CONTENT_DEPS = frozenset({"acl", "ccomp"})


def proposal_contents(match: Match) -> set[int]:
    """The content clauses of a proposal noun a stance takes as its object (not entered)."""
    senses = english().senses
    stances = senses.support_roots | senses.rejection_roots | english().codes.accusation_roots
    if match.cameo[:2] not in stances:
        return set()
    nouns = senses.proposal_nouns
    objects = [c for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return {
        clause.i
        for noun in objects
        if noun.lemma_.lower() in nouns
        for clause in noun.children
        if _content(clause)
    }


def _content(clause: Token) -> bool:
    """A clause that says what the proposal is: "to expel ...", "that X would ..."."""
    if clause.dep_ not in CONTENT_DEPS:
        return False
    markers = english().senses.content_markers
    return any(c.dep_ in ("aux", "mark") and c.lower_ in markers for c in clause.children)
