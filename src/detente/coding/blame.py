"""Blame told as a reported judgement: "Cerar said Russia is most likely responsible for the
attack" is an accusation by the speaker against Russia (CAMEO 112), though no verb accuses.

The predicate adjective ("responsible") must stand in a clause reported by a verb of saying,
and what the party is responsible for must be a harm ("the attack", "the pollution problem"):
"the ministry is responsible for trade" states a duty, not blame.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import child, is_to_infinitive, prep_objects, subject_of
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

BLAME_PATTERN = "accuse.blame-responsible"
TO_BLAME_PATTERN = "accuse.to-blame"
BLAME_CAMEO = "112"  # CAMEO 112 "accuse, not specified": blaming a party for a harm
MAX_REPORT_DEPTH = 3  # "X said the analysis shows that Y is responsible": two clauses up


def _harm(adjective: Token) -> Token | None:
    """What the party is held responsible for, when it is a harm (or its compound is)."""
    harms = english().words.blamed_harms
    for obj in prep_objects(adjective, "for"):
        near = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
        if any(t.lemma_.lower() in harms for t in near):
            return obj
    return None


def reporting_verb(clause: Token, lexicon: VerbLexicon) -> Token | None:
    """The verb of saying whose reported clause (through up to two more) holds the clause."""
    node = clause
    for _ in range(MAX_REPORT_DEPTH):
        if node.dep_ != "ccomp":
            return None
        node = node.head
        if node.lemma_.lower() in lexicon.speech and subject_of(node) is not None:
            return node
    return None


def match_blame(adjective: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Moon said China was responsible for the pollution": the speaker blames China."""
    if adjective.lemma_.lower() not in english().words.blame_adjectives:
        return None
    clause = adjective.head
    if adjective.dep_ != "acomp" or child(clause, "neg") or child(adjective, "neg"):
        return None  # "is not responsible" clears a party, it blames none
    blamed = child(clause, "nsubj")
    if blamed is None or _harm(adjective) is None:
        return None
    # The adjective heads the event: what the speaker's own clause says beside it ("In a
    # meeting with Yang, Moon said …") is not the content of the blame.
    return judgement(adjective, clause, blamed, lexicon, pattern_id=BLAME_PATTERN,
                     cameo=BLAME_CAMEO)  # fmt: skip


def blame_idiom(verb: Token) -> Token | None:
    """ "Mordor is to blame for the attack": "be to blame" means "be responsible" (a judgement of
    the subject, who blames no one); the clause of "be" that states it, or None."""
    if verb.lemma_.lower() != "blame" or verb.dep_ != "xcomp" or not is_to_infinitive(verb):
        return None
    clause = verb.head
    return clause if clause.lemma_.lower() == "be" else None


def match_to_blame(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Arnor says Mordor is to blame for the attack": the speaker blames Mordor (CAMEO 112).
    None when no speaker reports it or the clause clears the party ("is not to blame")."""
    clause = blame_idiom(verb)
    blamed = None if clause is None else child(clause, "nsubj")
    if clause is None or blamed is None or child(clause, "neg") or child(verb, "neg"):
        return None
    return judgement(verb, clause, blamed, lexicon, pattern_id=TO_BLAME_PATTERN,
                     cameo=BLAME_CAMEO)  # fmt: skip


def judgement(
    head: Token,
    clause: Token,
    judged: Token,
    lexicon: VerbLexicon,
    *,
    pattern_id: str,
    cameo: str,
    needs_recipient: bool = False,
) -> Match | None:
    """The speaker's judgement of ``judged`` told by ``head`` in ``clause``, when a verb of
    saying reports that clause: the speaker acts on the judged party."""
    speaker = reporting_verb(clause, lexicon)
    if speaker is None:
        return None
    return Match(
        head=head,
        trigger=(head.i, head.i + 1),
        pattern_id=pattern_id,
        cameo=cameo,
        actor=subject_of(speaker),
        recipient=judged,
        symmetric=False,
        needs_recipient=needs_recipient,
    )
