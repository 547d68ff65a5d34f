"""A party banned from acting: "the government will ban households from raising poultry",
"barred the journalist from leaving the country", "forbade them from travelling".

CAMEO 172 "impose administrative sanctions" restricts what a party may do (its movement, its
activities, its freedoms). A verb of banning (english.yaml `ban_verbs`) with a party as its
object and a gerund after "from" says the subject restricts that party; the act after "from"
did not happen (coding/prevented.py) and is never coded. Verbs that only hinder ("prevent the
disease from spreading", "kept them from leaving") are no ban. The lexicon's own patterns for
a ban ("banned X from holding office", 1722; "barred journalists from", 1245) come first in the
chain; a ban whose object names no party codes nothing (the match needs its recipient, and
no other party named nearby stands in for it).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match, actor_of
from detente.coding.syntax import child, is_passive, prep_objects
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

BAN_PATTERN = "coerce.ban-from-acting"
BAN_CAMEO = "172"
# Clauses whose subject is the clause above's: participles, conjuncts, infinitives.
SUBJECTLESS_DEPS = frozenset({"advcl", "acl", "conj", "xcomp"})
# Penn tags of relative pronouns ("which", "that", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _barred_act(verb: Token) -> Token | None:
    """The gerund after the verb's "from": the act the party is banned from."""
    return next((g for g in prep_objects(verb, "from") if g.tag_ == "VBG"), None) or next(
        (
            c
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for c in p.children
            if c.dep_ == "pcomp" and c.tag_ == "VBG"
        ),
        None,
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for the noun its clause describes ("an Act,
    *which* bars …")."""
    subject = child(verb, "nsubj")
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _bans_as_party(subject: Token | None, verb: Token) -> bool:
    """Whether the subject can be one who bans: not a text that bars by what it says ("a
    Defense of Marriage Act, which bars the state from recognizing …": the law's content, not
    an act of the day) and not a denial of any ban ("nothing in the act prohibits a lawmaker
    from …")."""
    if subject is None:  # "…, banning them from leaving": the clause above tells who; a
        return verb.dep_ in SUBJECTLESS_DEPS  # clause of its own with none is a misparse
    senses, words = english().senses, english().words
    lemma = subject.lemma_.lower()
    if lemma in senses.ban_texts or lemma in words.provision_nouns:
        return False
    return lemma not in senses.ban_nobody


def match_ban(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Gondor banned Arnorian envoys from entering Osgiliath": Gondor restricts the envoys."""
    del lexicon  # the ban is read from the clause, not from a verb pattern
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in english().senses.ban_verbs:
        return None
    if _barred_act(verb) is None:
        return None
    banned = child(verb, "nsubjpass") if is_passive(verb) else child(verb, "dobj")
    if banned is None or banned.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not is_passive(verb) and not _bans_as_party(_subject(verb), verb):
        return None
    return Match(
        head=verb,
        trigger=(verb.i, verb.i + 1),
        pattern_id=BAN_PATTERN,
        cameo=BAN_CAMEO,
        actor=actor_of(verb),
        recipient=banned,
        symmetric=False,
        needs_recipient=True,
        slot_only=True,
    )
