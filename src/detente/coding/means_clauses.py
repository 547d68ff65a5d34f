"""How an act is done, told by a gerund after "by" or "through": part of that act (lead20).

"accused Arnor of escalating the war *by shelling* towns", "urged Gondor to end the crisis
*through withdrawing* its troops": the gerund says how the alleged or requested act is done. Its
doer is that act's doer (the accused, the one asked), and it is as alleged or as asked as the act
itself, never a separate event the text reports, nor an act of the one accusing or asking.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from detente.lexicons.english import english


def with_means(doc: Doc, acts: Iterable[int]) -> set[int]:
    """``acts`` (token indexes of verbs) and every gerund telling how one of them is done,
    followed down chains ("by escalating the war by shelling towns")."""
    preps = english().words.means_preps
    found = set(acts)
    todo = list(found)
    while todo:
        act = doc[todo.pop()]
        for prep in act.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for means in prep.children:
                if means.dep_ == "pcomp" and means.tag_ == "VBG" and means.i not in found:
                    found.add(means.i)
                    todo.append(means.i)
    return found


def hung_means(verb: Token) -> set[int]:
    """ "accused Arnor of escalating violence *by killing* three men": the parser often hangs
    the means on the accusing verb itself; after the accusation's "of"/"for"/"with" it still
    tells how the alleged act was done (the accuser accuses by speaking)."""
    words = english().words
    opening = [
        p.i
        for head in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in words.allegation_preps
    ]
    if not opening:
        return set()
    first = min(opening)
    return {
        means.i
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in words.means_preps and prep.i > first
        for means in prep.children
        if means.dep_ == "pcomp" and means.tag_ == "VBG"
    }
