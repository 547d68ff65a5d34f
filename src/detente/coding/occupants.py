"""Force used on a place "where" a party is: "bombed the caves *where Taliban militants hide*",
"shelled the houses *in which* rebels sheltered". A place is struck for those it holds; the
relative clause names them, and they, not the place (nor the place's country), are the attack's
recipient (CAMEO 18-20 code force against a party; a hideout has no side of its own)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import referred_recipient
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.records import ActorMention

# How many words of the struck phrase are searched for its relative clause: a long noun phrase
# ("a building in the south of the city where ...") but not the rest of the sentence.
MAX_PLACE_WORDS = 12
# Sectors of a state's own side (None: the state itself): those in a place the state strikes are
# never its own.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP"})


def occupants(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """The party a relative clause of presence says is in the place force was used on; empty
    when the act is no force, the place has no such clause, or it names the actor's own side."""
    if match.cameo[:2] not in english().codes.force_roots:
        return ()
    place = match.recipient if match.recipient is not None else child(match.head, "dobj")
    if place is None:
        return ()
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    own = {m.country for m in actor if m.country}
    # the place struck, and the places the act was done in ("bombed villages *in northern Iraq
    # where* rebels are based": the clause hangs on the last place)
    where = english().words.locative_preps
    places = [place, *(o for p in match.head.children if p.dep_ == "prep" and p.lower_ in where
                       for o in p.children if o.dep_ == "pobj")]  # fmt: skip
    for clause in (c for p in places for c in _presence_clauses(p)):
        held = child(clause, "nsubj") or child(clause, "nsubjpass")
        if held is None:
            continue
        found = referred_recipient(resolve, held, ctx, actor_head, actor, slot=False)
        # those held are another side: of another country, or rebels of the actor's own ("PKK
        # rebels" bombed by Turkish jets), but never the actor's own state or forces
        if found and not any(
            m.country in own and m.sector in STATE_SECTORS for m in found
        ) and any(m.country or m.sector for m in found):
            return found
    return ()


def _presence_clauses(place: Token) -> list[Token]:
    """Relative clauses in the place's phrase that tell who is there: "where X hide", "in which X
    were based", "where X had taken refuge"."""
    senses = english().senses
    clauses = []
    for word in list(place.subtree)[:MAX_PLACE_WORDS]:
        if word.dep_ != "relcl" or not _locative(word):
            continue
        taken = child(word, "dobj")
        if word.lemma_.lower() in senses.presence_verbs or (
            taken is not None and taken.lemma_.lower() in senses.refuge_nouns
        ):
            clauses.append(word)
    return clauses


def _locative(clause: Token) -> bool:
    """ "where ...", "in which ...": the clause says who or what is at the place."""
    return any(
        (c.dep_ == "advmod" and c.lower_ == "where")
        or (c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children))
        for c in clause.children
    )
