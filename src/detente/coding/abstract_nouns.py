"""Agent nouns in their mass sense: "demanded justice", "banning assembly", "restricts
movement" name no party.

Some nouns a lexicon reads as a body of people are also mass or abstract nouns (english.yaml
senses.abstract_agent_nouns, each with its dictionary sense). English grammar tells the two
apart: a singular count noun naming a body of people takes a determiner ("the assembly", "a
justice", "Gondor's security forces"), while the mass noun goes bare. So such a noun, lowercase,
singular and with no word in front of it, is in its mass sense: no recipient, and no reason to
look for one beyond the slot it fills (a demand for justice addresses no one it names; the
victims it is for are no addressee).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Penn tag of a singular common noun: the mass sense is never plural ("the assemblies").
SINGULAR_NOUN_TAG = "NN"


def names_an_abstraction(head: Token | None) -> bool:
    """Whether the phrase headed by ``head`` is a bare agent noun in its mass sense."""
    if head is None or head.pos_ != "NOUN" or head.tag_ != SINGULAR_NOUN_TAG:
        return False
    if head.lower_ not in english().senses.abstract_agent_nouns or not head.text.islower():
        return False
    return head.n_lefts == 0
