"""Event nouns supposed, not told: "a Gondorian invasion of Arnor would lead to war", "an attack
on Rohan could trigger a wider conflict", "any strike on Mordor might backfire".

An indefinite event noun ("a", "an": any one of a kind; "any": whichever one) as the subject
of a clause with a modal of supposition ("would", "could", "might", "may") names an act
imagined to weigh its outcome: the sentence says what such an act would bring, not that it
happened (English grammar: the indefinite article introduces no known act; the modal tells an
unreal or possible case). The act keeps its code and is told as hypothetical, like an act under
"if" (no intent announced). A definite noun ("the attack could lead to more violence") names an
act that may have happened and is left alone, as is an indefinite one made particular by a date
or a past clause ("a suicide attack on Monday may be linked to …", "an attack that killed 20
could …") or whose outcome is told in the modal perfect ("a strike could have killed dozens"),
and a noun whose verb says whether it takes place ("a summit could take place in May", read by
modality.py's occurrence verbs). Read by modality.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.reading import Reading
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
DATE_ENTS = frozenset({"DATE", "TIME"})  # "an attack on Monday": one act, dated
PAST_TAGS = frozenset({"VBD", "VBN"})  # "an attack that killed 20", "an attack launched from"


def supposed_noun(trigger: Token) -> Reading | None:
    """Hypothetical, as told, for an indefinite event noun subject of a modal of supposition."""
    if trigger.pos_ not in NOUNS or trigger.dep_ not in SUBJECT_DEPS or trigger.head is trigger:
        return None
    senses = english().senses
    indefinite = senses.generic_articles | senses.nobody_any_dets
    det = next((c for c in trigger.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in indefinite:
        return None
    verb = trigger.head
    if verb.lemma_.lower() in english().senses.occurrence_modal_verbs:
        return None  # "a meeting could take place": whether it happens, modality.py reads
    modal = next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in senses.supposition_modals),
        None,
    )
    if modal is None or _perfect(verb) or _particular(trigger):
        return None
    cue = f"{det.text!r} {trigger.text!r}, subject of {modal.text!r}: supposed, not told"
    return Reading(modality="hypothetical", cue=cue, as_told=True)


def _perfect(verb: Token) -> bool:
    """ "a strike could have killed dozens": a modal perfect speculates on a past act's outcome."""
    perfect = english().words.perfect_aux
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children)


def _particular(noun: Token) -> bool:
    """ "a suicide attack on Monday may be linked to …", "an attack that killed 20 could …": a
    date or a past clause in the noun's phrase makes it one act that happened."""
    return any(t.ent_type_ in DATE_ENTS or t.tag_ in PAST_TAGS for t in noun.subtree)
