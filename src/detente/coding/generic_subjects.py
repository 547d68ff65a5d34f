"""Rules stated of any party of a kind: "a country must defend itself", "under the charter, a
state may use force in self-defence", "a president who loses a vote of confidence must resign".

The indefinite article before a singular noun may name any one of a kind rather than one party
(the generic use: "a" = "any one of a kind", as in "a doctor must keep secrets"). With a modal of
duty or permission on its clause the sentence states a rule or a principle: nobody in particular
acts or is asked to act, so the words of defence, force or resignation report no event; nor do
the words of a participle or a relative clause that picks out such a subject ("a state *bullying*
its neighbours cannot be a partner", "a president who *attacks* the press must resign"). A modal
perfect ("a soldier may have fired") speculates on one act and is left alone; so are "could",
"might" and "would", which speculate on particular acts more often than they state rules.
english.yaml's `generic_articles` and `generic_modals` hold the words; the framing stage drops
such triggers with the reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.capacities import CAPACITY_CHECKS
from detente.coding.foiled_acts import FOILED_CHECKS
from detente.coding.habitual_clauses import HABITUAL_CLAUSE_CHECKS
from detente.coding.inverted_duties import INVERTED_DUTY_CHECKS
from detente.coding.match import Match
from detente.coding.nobody_subjects import NOBODY_SUBJECT_CHECKS
from detente.coding.quoted_speech import QUOTED_HABIT_CHECKS
from detente.lexicons.english import english

__all__ = ["GENERIC_SUBJECT_CHECKS"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Tags of a clause that picks out any one of a kind: a present participle or the simple present
# ("a state *bullying* its neighbours", "a president who *attacks* the press").
DESCRIBING_TAGS = frozenset({"VBG", "VBZ", "VBP"})
# Parts of a noun phrase that make it one particular party ("a country's army", "two armies").
PARTICULAR_DEPS = frozenset({"poss", "nummod"})


def _generic_rule(match: Match) -> str | None:
    """ "a country must defend itself": an indefinite singular subject and a modal of duty or
    permission on the trigger's clause."""
    senses = english().senses
    found = next(
        (
            (verb, c)
            for verb in _clause_verbs(match)
            for c in verb.children
            if c.dep_ == "aux" and c.lower_ in senses.generic_modals
        ),
        None,
    )
    if found is None or _perfect(found[0]):
        return None
    clause, modal = found
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not _generic(subject):
        return None
    return f"subject 'a {subject.text}' with {modal.text!r}: a rule for any of a kind, no act"


def _described_generic(match: Match) -> str | None:
    """senses18: "a state bullying its neighbours cannot be a partner", "a president who attacks
    the press must resign": a participle or a relative clause that picks out any one of a kind,
    as the subject of a rule (a modal of duty or permission), tells no act either."""
    head = match.head
    noun = head.head
    if head.dep_ not in ("acl", "relcl") or head.tag_ not in DESCRIBING_TAGS:
        return None  # "a soldier who fired on protesters must be punished": one act told
    if noun.dep_ not in SUBJECT_DEPS or not _generic(noun):
        return None
    clause = noun.head
    modals = english().senses.generic_modals
    modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in modals), None)
    if modal is None or _perfect(clause):
        return None
    return f"{head.text!r} on 'a {noun.text}' with {modal.text!r}: any of a kind, no act"


def _clause_verbs(match: Match) -> list[Token]:
    """The verbs a modal may stand on: the trigger's head, its frame, and the last word of the
    trigger (an obligation's head is its speaker, "said"; its verb ends the trigger)."""
    last = match.head.doc[match.trigger[1] - 1]
    verbs = [match.head, *([match.frame] if match.frame is not None else []), last]
    return [v for v in verbs if v.pos_ in ("VERB", "AUX")]


def _generic(noun: Token) -> bool:
    """ "a country", "a president who loses a vote": a common noun after "a"/"an" with nothing
    that makes it one particular party."""
    if noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
        return False
    articles = english().senses.generic_articles
    if not any(c.dep_ == "det" and c.lower_ in articles for c in noun.children):
        return False
    return not any(c.dep_ in PARTICULAR_DEPS or _named(c) for c in noun.children)


def _named(modifier: Token) -> bool:
    """ "a Gondor army", "a single Georgian unit": a name or a word made from one (capitalised
    inside the sentence) ties the noun to one party."""
    if modifier.dep_ not in ("compound", "amod") or modifier.i == modifier.sent.start:
        return False
    return modifier.pos_ == "PROPN" or modifier.text[:1].isupper()


def _perfect(verb: Token) -> bool:
    """ "may have fired": a modal perfect speculates on an act done."""
    perfect = english().words.perfect_aux
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children)


# claims16: a quoted complaint in the simple present ('"they call us terrorists"'), and what
# must come about told with its place phrase first ('out of this city must emerge ...'), and
# a habit or rule told by a present-tense 'when' clause ('when Gondor attacks, we retaliate')
GENERIC_SUBJECT_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _generic_rule,
    _described_generic,
    *QUOTED_HABIT_CHECKS,
    *INVERTED_DUTY_CHECKS,
    *HABITUAL_CLAUSE_CHECKS,
    *NOBODY_SUBJECT_CHECKS,  # claims17: "nobody wants to fight", "who would want to invade"
    *CAPACITY_CHECKS,  # claims17: "limit their ability to fire rockets"
    *FOILED_CHECKS,  # claims17: "police prevented an attack": not the police's attack
)
