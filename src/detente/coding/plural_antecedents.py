"""What a plural reference stands for when the sentence before named several parties as its
subject (actors13).

"France and Germany condemned the attack. They called for a ceasefire.": "they", the subject of
the next sentence, continues the whole subject of the sentence before, both states, not the
last one named ("Germany"). The same holds for a definite plural state noun ("the countries",
"these three nations") after "Poland, Latvia and Estonia announced …". English pronouns agree
in number with their antecedent, and a sentence's subject is its centre (the same grammar as
``centring.main_subject`` for "he"); a coordinated subject is one plural antecedent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from detente.coding.actor_state import ActorCode
from detente.coding.centring import main_subject
from detente.coding.syntax import phrase_bounds
from detente.lexicons.actors import Token
from detente.lexicons.english import english

# Part-of-speech tags of a plural noun ("the leaders of Spain and Italy").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def subject_group(
    sent: Span, resolve: Callable[[str], tuple[ActorCode, ...]]
) -> tuple[ActorCode, ...]:
    """The parties of a sentence's main subject when it names two or more states ("France and
    Germany", "The leaders of Spain and Italy", "Ministers from Norway and Sweden"); empty for
    a subject of one party or of none, and for a quoted sentence or one saying what someone is."""
    subject = main_subject(sent)
    if subject is None:
        return ()
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    if not coordinated and subject.tag_ not in PLURAL_TAGS:
        return ()
    start, end = phrase_bounds(subject)
    codes = [c for c in resolve(sent.doc[start:end].text) if c.country and not c.blocks]
    if len({c.country for c in codes}) < 2:
        return ()
    return tuple(codes)


def states_reference(tokens: Sequence[Token]) -> bool:
    """Whether a phrase is only a definite plural state noun ("the countries", "these three
    nations"): it names the states named before, not a new group of them."""
    words, senses = english().words, english().senses
    norms = [t.norm for t in tokens]
    if len(norms) < 2 or norms[0] not in words.definite or norms[-1] not in senses.multistate_nouns:
        return False
    return all(n.isdigit() or n in words.number_words for n in norms[1:-1])
