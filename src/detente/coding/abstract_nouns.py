"""Agent nouns in their mass sense: "demanded justice", "banning assembly", "restricts
movement", "demanded job security" name no party.

Some nouns a lexicon reads as a body of people are also mass or abstract nouns (english.yaml
senses.abstract_agent_nouns, each with its dictionary sense). English grammar tells the two
apart: a singular count noun naming a body of people takes a determiner ("the assembly", "a
justice", "Gondor's security forces"), while the mass noun goes bare. So such a noun, lowercase,
singular and with no determiner, possessor or number in front of it, is in its mass sense: no
recipient, and no reason to look for one beyond the slot it fills (a demand for justice
addresses no one it names; the victims it is for are no addressee).

recip20: the mass noun may still say what it is about by a noun set before it ("job
security", "food security": english.yaml senses.mass_noun_kinds, each a dictionary compound),
which names no party. Any other word before it keeps the count noun, a body or a person: "the
chief justice", "military intelligence", "a student movement", "Gondorian security".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.lexicons.english import english

# Penn tag of a singular common noun: the mass sense is never plural ("the assemblies").
SINGULAR_NOUN_TAG = "NN"
# Label and part of speech of a noun set before another to say what it is about.
KIND_DEP, KIND_POS = "compound", "NOUN"
# Labels of a noun that modifies another ("*security* officials"): there it names the body's kind.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def names_an_abstraction(head: Token | None) -> bool:
    """Whether the phrase headed by ``head`` is a bare agent noun in its mass sense."""
    if head is None or head.pos_ != "NOUN" or head.tag_ != SINGULAR_NOUN_TAG:
        return False
    if head.lower_ not in english().senses.abstract_agent_nouns or not head.text.islower():
        return False
    return all(_describes(word) for word in head.lefts)


def _describes(word: Token) -> bool:
    """Whether a word before the mass noun says only what it is about ("*job* security")."""
    if word.dep_ != KIND_DEP or word.pos_ != KIND_POS or not word.text.islower():
        return False
    return word.lemma_.lower() in english().senses.mass_noun_kinds and not any(word.children)


def without_mass_nouns(span: Span, text: str) -> str:
    """``text`` (``span``'s words) with each mass-sense agent noun that heads a phrase of its own
    below the span's head blanked: "higher wages and *job security* from the government" is a
    demand made of the government, not of a security force."""
    for word in span:
        if word == span.root or word.dep_ in MODIFIER_DEPS or not names_an_abstraction(word):
            continue
        start = word.idx - span.start_char
        text = text[:start] + " " * len(word.text) + text[start + len(word.text) :]
    return text
