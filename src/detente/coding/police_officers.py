"""Officers named by that word alone, in a story about its police: the police's officers.

Police news calls the police's people "officers" once the force is named: "The New York Police
Department says officers responding to reports fatally shot a man", "Four of the officers
fired", "Officers seized 1,248 bags of heroin, Hartford police said". Alone the word names no
party (armies, companies and ships have officers too), so it is read as the police only when
the article names its police and the phrase says nothing else about whose officers they are:
"army officers", "prison officers", "a housing officer", "his officers" keep their own reading.
The officers get the police sector and no country; the event's place or the article's home
then places them as it places the police themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.coding.syntax import phrase_bounds
from detente.lexicons.english import english
from detente.records import ActorMention

POLICE_SECTOR = "COP"
# Words before the noun that say whose officers they are ("army officers", "his officers",
# "a housing officer"); determiners, numbers and relative clauses do not.
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def police_officers(head: Token | None, doc: Doc) -> tuple[ActorMention, ...]:
    """The officers of the article's police, when ``head`` is a bare "officer(s)"."""
    words = english().words
    if head is None or head.lemma_.lower() not in words.police_officer_nouns:
        return ()
    if any(c.dep_ in OWNER_DEPS for c in head.children):
        return ()
    if not _names_police(doc):
        return ()
    start, end = phrase_bounds(head)
    span = doc[start:end]
    return (
        ActorMention(
            text=span.text, start=span.start_char, end=span.end_char,
            country=None, sector=POLICE_SECTOR, rule="agent",
        ),
    )


def _names_police(doc: Doc) -> bool:
    """Whether the article names a police force anywhere ("police", "the Sheriff's Office")."""
    forces = english().words.police_force_words
    return any(token.lower_ in forces for token in doc)
