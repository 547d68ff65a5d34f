"""Detention told as a state that lasts ("remains in custody", "journalists who languish in
jails", "is currently incarcerated"): the arrest that made it was done before the story, so
the event is background, not a new act (read by modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Tags of a verb told in the present ("remains", "languish", "is").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def standing_state(trigger: Token) -> str | None:
    """The cue when the trigger names a detention told as lasting: the verb it is the state of
    is one of lasting ("remain", "languish"), or the present state carries "still" or
    "currently" ("is still being held"). None otherwise."""
    senses = english().senses
    if trigger.lemma_.lower() not in senses.detention_states:
        return None
    verb = _state_verb(trigger)
    if verb.lemma_.lower() in senses.lasting_verbs:
        return f"standing state: {trigger.text!r} told with {verb.text!r}"
    lasting = next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in senses.lasting_adverbs),
        None,
    )
    if lasting is None or not _present(verb) or not _state_told(trigger, verb):
        return None
    return f"standing state: {lasting.text!r} on {verb.text!r}"


def _state_verb(trigger: Token) -> Token:
    """The verb whose state the trigger tells: "languish *in jails*" (the phrase's verb),
    "remained *jailed*" (the verb of the complement), or the trigger itself ("is held")."""
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        return trigger.head.head
    if trigger.dep_ in ("acomp", "oprd", "xcomp") and trigger.head.i != trigger.i:
        return trigger.head
    return trigger


def _state_told(trigger: Token, verb: Token) -> bool:
    """ "is still held", "are currently in custody": the trigger tells a state (a passive
    participle or a phrase); "police are still detaining protesters" tells acts going on."""
    if verb.i != trigger.i:
        return True
    return trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children)


def _present(verb: Token) -> bool:
    """ "is held", "are being detained", "is in custody": the state holds at the telling."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in PRESENT_TAGS for t in (verb, *aux))
