"""What a party wants another party to do: an appeal to it (lead20).

"Opposition groups want the president to resign", "Gondor wants Arnor to release the
prisoners": a wish that *another* party act asks it to act, as "urged X to" does. The PETRARCH
CAMEO 2.0 verb dictionary files WANT with URGE, DEMAND, NEED, PRESS and PUSH and codes what is
wanted of another as an appeal (0253 release, 036 talks, 023 aid); CAMEO 02 "make an appeal or
request" covers such wishes voiced in public. The act wished for is the appeal's content, never
an act of the one wished of (it was not done) nor of the wisher.

The appeal's modality is the wish's own ("do not want X to leave" is negated): the match carries
no frame, whose complement would read as an intent. A wish for one's own act ("Gondor wants to
withdraw") stays an intent (the complement's own modality); a complement that codes no event
("wants the public to know") makes no appeal.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.frames import as_demand
from detente.coding.match import Match, actor_of, match_verb
from detente.coding.party_subjects import thing_subject
from detente.coding.syntax import child, is_to_infinitive
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

# The trigger runs from the verb of wishing to the act wished for only this close ("wants
# Arnor to leave"); farther apart the verb alone is the trigger.
MAX_GAP = 6
# Parts of speech of a party named as the one wished of.
PARTY_POS = frozenset({"NOUN", "PROPN", "PRON"})


def wishing(verb: Token) -> bool:
    """Whether the verb voices a wish ("want")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in english().senses.wish_verbs


def wished_of(verb: Token) -> tuple[Token, Token] | None:
    """(act wished for, party wished of): "want *the president* to *resign*" (the parser makes
    the party the infinitive's subject) or "wants *Arnor* to *release*" parsed with the party as
    the verb's object and the infinitive as its complement)."""
    for comp in verb.children:
        if comp.dep_ == "ccomp" and is_to_infinitive(comp):
            party = child(comp, "nsubj")
            if party is not None and party.pos_ in PARTY_POS:
                return comp, party
    addressee = child(verb, "dobj")
    complement = child(verb, "xcomp")
    if addressee is None or addressee.pos_ not in PARTY_POS:
        return None
    if complement is not None and is_to_infinitive(complement):
        return complement, addressee
    return None


def match_wish(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """An appeal composed of the wish and the act wished for, coded as "urged X to" is."""
    frame = lexicon.by_kind.get("request")
    if frame is None or not wishing(verb) or thing_subject(verb):
        return None
    found = wished_of(verb)
    if found is None:
        return None
    comp, party = found
    if party.lower_ in english().words.thing_pronouns:
        return None  # "want it to rain"
    inner = match_verb(comp, lexicon)
    if inner is None:
        return None
    cameo = as_demand(frame.by_root.get(inner.cameo[:2], frame.default), verb.lemma_)
    end = comp.i + 1 if 0 < comp.i - verb.i <= MAX_GAP else verb.i + 1
    return Match(
        head=verb,
        trigger=(verb.i, end),
        pattern_id=f"wish+{inner.pattern_id}",
        cameo=cameo,
        actor=actor_of(verb),
        recipient=party,
        symmetric=False,
        absorbed=tuple(range(*inner.trigger)),
    )
