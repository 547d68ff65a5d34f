"""A court appearance on charges: "Zuma appeared in a Durban court to face corruption charges",
"two men appeared in court charged with theft", "Five appear in court on violence charges".

Appearing before a court to answer charges is how news tells that the state accuses someone:
the court (standing for the prosecution it hears) is the actor and the one who appears the
recipient, coded as "charged with" is (CAMEO 115). "Appear" alone is no event ("appeared in a
film", "appeared in court as a witness", "is scheduled to appear"): the verb must head its own
clause, a court noun must be its "in"/"before" object, and the clause must name the charges
("to face charges", "on charges", "charged with"). A court of no known place is placed as any
court is, by the event's place or the article's; with none the event is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

APPEARANCE_PATTERN = "accuse.court-appearance"
APPEARANCE_CAMEO = "115"  # as accuse.charge-with: bringing a case against someone
# A clause of its own: "scheduled to appear" (xcomp) or "a man appearing in court" (acl) is
# a plan or a description, not the news of the appearance.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
# How a face-clause hangs on the verb: "appeared in court to face charges".
FACING_DEPS = frozenset({"xcomp", "advcl"})


def _court(verb: Token) -> Token | None:
    """The court the verb's "in"/"before" phrase names ("in a Durban court")."""
    courts = english().senses.appearance_courts
    for prep in english().senses.court_preps:
        for obj in prep_objects(verb, prep):
            if obj.lemma_.lower() in courts or obj.lower_ in courts:
                return obj
    return None


def _charge_nouns(verb: Token, court: Token) -> Iterator[Token]:
    """Nouns that may name the charges: "on charges", "to face corruption charges"."""
    facing = english().senses.facing_verbs
    for owner in (verb, court):
        yield from prep_objects(owner, "on")
        for c in owner.children:
            if c.dep_ in FACING_DEPS and c.lemma_.lower() in facing:
                yield from (o for o in c.children if o.dep_ == "dobj")


def _charged(verb: Token, court: Token) -> tuple[int, ...] | None:
    """Whether the clause names charges (a charge noun, or a participle "charged with"), with
    the participles that tell them: they are this accusation, not another."""
    senses = english().senses
    participles = tuple(
        c for owner in (verb, court) for c in owner.children
        if c.tag_ == "VBN" and c.lemma_.lower() in senses.charging_verbs
        and next(prep_objects(c, "with"), None) is not None
    )  # fmt: skip
    if participles:
        return tuple(p.i for p in participles)
    if any(n.lemma_.lower() in senses.appearance_charges for n in _charge_nouns(verb, court)):
        return ()
    return None


def match_court_appearance(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Gondor's king appeared in a Minas Tirith court to face charges": the court accuses him."""
    del lexicon  # the appearance is read from the clause, not from a verb pattern
    if verb.lemma_.lower() not in english().senses.appearance_verbs or verb.dep_ not in CLAUSE_DEPS:
        return None
    subject = child(verb, "nsubj")
    court = _court(verb)
    if subject is None or court is None or child(verb, "neg") is not None:
        return None
    charged = _charged(verb, court)
    if charged is None:
        return None
    return Match(
        head=verb,
        trigger=(verb.i, verb.i + 1),
        pattern_id=APPEARANCE_PATTERN,
        cameo=APPEARANCE_CAMEO,
        actor=court,
        recipient=subject,
        symmetric=False,
        absorbed=charged,
    )
