"""What a text says when a party turned it down or only put it forward: "Russia vetoed a
resolution condemning Syria", "the council rejected a draft demanding a ceasefire", "France
proposed a motion calling for talks".

A participle or relative clause on a resolution, bill, motion or draft tells the text's content.
Once the text is adopted its content is the body's act ("the assembly adopted a resolution
condemning the attack"); while it is only drafted, tabled or proposed, or after it was vetoed,
rejected or voted down, nobody condemned or demanded anything (dictionary: to veto is "to reject
a proposed law"; a draft is "a preliminary version"). The content is kept as told, not done.
english.yaml's `unenacted_texts` and `unenacting_verbs` hold the words; read by modality.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.governed import verb_lemma
from detente.lexicons.english import english

# How a text noun hangs on the verb that turns it down or puts it forward: its object, its
# passive subject ("a resolution condemning Syria was vetoed"), or "voted against a resolution".
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def unenacted(trigger: Token) -> str | None:
    """The cue when the trigger tells the content of a text that was not adopted; else None."""
    if trigger.dep_ not in ("acl", "relcl") or trigger.head.i == trigger.i:
        return None
    text = trigger.head
    senses = english().senses
    if text.lemma_.lower() not in senses.unenacted_texts:
        return None
    governor = _governor(text)
    if governor is None:
        return None
    verb, how = governor
    if how != "against" and verb_lemma(verb) not in senses.unenacting_verbs:
        return None
    told = f"{verb.text!r} against" if how == "against" else repr(verb.text)
    return f"content of {text.text!r} {told}: a text not adopted, nothing done"


def _governor(text: Token) -> tuple[Token, str] | None:
    """The verb the text is the object of, and how ("object", or "against" for "voted against
    the resolution")."""
    head = text.head
    if text.dep_ in OBJECT_DEPS and head.i != text.i and head.pos_ in ("VERB", "AUX"):
        return head, "object"
    if text.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, head.lower_
    return None
