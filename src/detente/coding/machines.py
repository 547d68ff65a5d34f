"""Machines of force named by their type or model: "F-16s", "Su-24 bombers", "fighter planes".

A warplane, a drone or a missile acts only through the party that uses it; named with no owner
it says nothing of whose it is, least of all that it belongs to the country where it strikes
(coding/phrase.py, unowned_arms.py, placement.py). english.yaml `instrument_nouns` lists the
nouns of such machines; a military term of the actor dictionaries whose last word is one of
them ("fighter planes", "combat helicopters") or that carries a model number ("F-16", "MiG-29",
"MQ-9 Reaper": military aircraft and missiles are named by type letters and a number) names one
too. An ordinal is no model number ("1st Lt.", "82nd Airborne" name soldiers and units).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Token as ParsedToken

from detente.lexicons.actors import Token
from detente.lexicons.english import english

# A token of a model designation: digits, maybe with letters after them ("16", "29s", "2000",
# "30mk"), written after the type letters ("F-16", "Su-30MK").
MODEL_NUMBER = re.compile(r"\d+[a-z]*")
# The longest type name written before a model number ("mirage" of "Mirage 2000").
TYPE_LETTERS = 6
# How many words at a phrase's end a model designation and its name may take ("F/A-18",
# "MQ-9 Reaper").
DESIGNATION_REACH = 3
# The case of a word written in lower case (lexicons.actors.Token.case).
LOWER = "lower"
# Ordinals are ranks and units, not models ("1st", "82nd", "3rd", "101st").
ORDINAL = re.compile(r"\d*(1st|2nd|3rd|[04-9]th|1[1-3]th)")
# The sector of a machine of force (agents.yaml MIL; a suicide bomber, an armed person, is UAF:
# a party of its own that may well come from the country it strikes).
MACHINE_SECTOR = "MIL"
# Dependencies of the words before an attack noun that say what made it ("a drone strike").
MAKER_DEPS = frozenset({"compound", "amod", "nmod"})


def model_number(word: str) -> bool:
    """Whether a word is the number of a model designation ("16s" of "F-16s"), not an ordinal."""
    return MODEL_NUMBER.fullmatch(word) is not None and ORDINAL.fullmatch(word) is None


def machine_words(words: Sequence[Token], sector: str | None) -> bool:
    """Whether the words of a term or of a phrase's end name a machine of force: the term is
    a listed noun ("warplanes"), or, for a military one, its last word or two are one
    ("fighter planes", "armoured vehicles") or it ends in a model designation ("F-16s",
    "MiG-29s", "Su-24 bombers", "MQ-9 Reaper")."""
    nouns = english().senses.instrument_nouns
    norms = [t.norm for t in words]
    if not norms:
        return False
    if " ".join(norms) in nouns:
        return True
    if sector != MACHINE_SECTOR:
        return False
    if norms[-1] in nouns or " ".join(norms[-2:]) in nouns:
        return True
    tail = words[-DESIGNATION_REACH:]
    return any(_type_letters(a) and model_number(b.norm) for a, b in pairwise(tail))


def _type_letters(word: Token) -> bool:
    """Whether a word can be the type letters or name of a model before its number ("F" of
    "F-16", "MiG", "Mirage" of "Mirage 2000"): capitalised letters, not a number, a mark or
    a lower-case word ("the 12,000-man force")."""
    return word.norm.isalpha() and len(word.norm) <= TYPE_LETTERS and word.case != LOWER


def machine_arm(arm: ParsedToken) -> bool:
    """Whether the weapon or attack that stands for an unnamed attacker is a machine of force
    or an attack made by one: "a missile hit", "drones attacked", "an air strike killed", "a
    drone strike" (english.yaml `machine_arms` and `machine_attack_makers`). A person who
    bombs ("a suicide bomber") and a bomb set by hand are no such machine."""
    senses = english().senses
    if arm.lemma_.lower() in senses.machine_arms or arm.lower_ in senses.machine_arms:
        return True
    if arm.lemma_.lower() not in english().words.weapon_nouns:
        return False
    return any(
        word.dep_ in MAKER_DEPS
        and word.i < arm.i
        and (
            word.lower_ in senses.machine_attack_makers
            or word.lemma_.lower() in senses.machine_attack_makers
        )
        for word in arm.children
    )
