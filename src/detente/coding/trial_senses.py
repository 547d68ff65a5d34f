"""Words of a trial's people and steps: a defendant named by a participle, a plea in court.

"Counsel for the accused", "the accused was released on bail", "the detained were freed" use a
past participle with an article as a noun for a person (dictionary: the accused "a person or
group of people charged with a crime"): nobody accuses or detains anyone in those words.
"Counsel for the accused made a plea for leniency", "the defence lawyer appealed to the jury to
acquit his client", "the prosecutor asked the judge for a longer sentence": a party to a trial
asking the court or the jury for a ruling is a step of the trial's procedure (dictionary: plea
"a formal statement by or on behalf of a litigant in court"), no political request (CAMEO 02,
10). A lawyer's appeal outside court ("lawyers urged the president to pardon him") and an
appeal to a court by a state ("Arnor appealed to the court of justice") stay. "The lawyer
defended three men accused of robbery", "he defended his client": counsel speaking for a
client serves them in law (dictionary: lawyer "one who advises clients or speaks for them in
court"), no political support (CAMEO 052); "Gondor defended its policy" stays. "The prosecutor
accused the defendant of lying", "the judge criticised the defendant": reproach between the
people of a trial is its argument, no political accusation (CAMEO 110-112); "the judge
criticised the police" stays. english.yaml's `person_participles`, `trial_roles`,
`trial_pleaders`, `trial_addressees`, `trial_outcomes`, `counsel_nouns`, `client_nouns`,
`counsel_verbs`, `courtroom_codes` and `trial_targets` hold the words; the framing stage drops
such triggers with the reason no-event-sense (coding/nonevents.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import KIND_DEPS, doers_of, is_word, prep_objects
from detente.lexicons.english import english

__all__ = ["TRIAL_CHECKS"]

# Labels of a noun's place in its clause: "counsel for *the accused*", "*the accused* was freed".
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
# Labels that make a participle a verb of its own clause ("the accused *denied* it" is not one:
# "the man accused *of* fraud", "those detained *by* police" have their own phrases).
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "prep",
                         "ccomp", "xcomp", "advcl"})  # fmt: skip


def _person_participle(match: Match) -> str | None:
    """ "for the accused", "the detained were freed": a participle after "the" heading a noun
    phrase, with no phrase of its own, names people."""
    head = match.head
    if head.tag_ != "VBN" or head.dep_ not in NOMINAL_DEPS:
        return None
    if not is_word(head, english().senses.person_participles):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in CLAUSE_DEPS for c in head.children):
        return None
    return f"'the {head.text}': a person named by a participle, no act"


def _named(token: Token, words: frozenset[str]) -> bool:
    """The noun or a word naming its kind is one of ``words`` ("the defence lawyer", "counsel
    for the accused")."""
    return is_word(token, words) or any(
        c.dep_ in KIND_DEPS and is_word(c, words) for c in token.children
    )


def _addressees(head: Token) -> list[Token]:
    """Who is asked: "asked *the judge*", "appealed *to the jury*", "pleaded *with the judge*",
    "made a plea *to the jury*" (an object asking "for" something is the plea itself)."""
    senses = english().senses
    found = list(prep_objects(head, senses.trial_addressee_preps))
    for obj in (c for c in head.children if c.dep_ in ("dobj", "dative")):
        if any(c.dep_ == "prep" and c.lower_ in senses.trial_outcome_preps for c in obj.children):
            found += prep_objects(obj, senses.trial_addressee_preps)
        else:
            found.append(obj)
    return found


def _outcomes(match: Match) -> Iterator[Token]:
    """What is asked for: "for leniency", "a plea *for leniency*", "to acquit", "to deny *bail*"."""
    head = match.head
    yield from prep_objects(head, english().senses.trial_outcome_preps)
    for obj in (c for c in head.children if c.dep_ in ("dobj", "dative")):
        yield obj
        yield from prep_objects(obj, english().senses.trial_outcome_preps)
    if match.frame is not None:
        yield match.frame
        yield from (c for c in match.frame.children if c.dep_ in ("dobj", "dative"))


def _trial_plea(match: Match) -> str | None:
    """ "the defence lawyer appealed to the jury", "counsel made a plea for leniency": a party
    to a trial asking the court, or asking for a ruling with no one else named, is procedure."""
    senses = english().senses
    if match.cameo[:2] not in english().codes.request_roots:
        return None
    doers = [match.actor] if match.actor is not None else doers_of(match.head)
    pleaders = senses.trial_roles | senses.trial_pleaders
    if not doers or not all(_named(d, pleaders) for d in doers):
        return None
    addressees = [a for a in _addressees(match.head) if not is_word(a, senses.trial_outcomes)]
    court = next((a for a in addressees if _named(a, senses.trial_addressees)), None)
    if court is not None:
        return f"{doers[0].text!r} asks {court.text!r}: a step of a trial, no request"
    if addressees:
        return None  # "pleaded with the king for mercy": asked of another party
    outcome = next((o for o in _outcomes(match) if is_word(o, senses.trial_outcomes)), None)
    if outcome is not None:
        return f"{doers[0].text!r} asks for {outcome.text!r}: a step of a trial, no request"
    return None


def _counsel_service(match: Match) -> str | None:
    """ "the lawyer defended three men accused of robbery", "his attorney represented the
    families", "she defended her client": counsel speaking for someone in law serves a client
    (CAMEO 052 "defend verbally" is one party backing another's stand). "Gondor defended its
    policy" and "the attorney general defended the law" (an official, not counsel) stay."""
    senses = english().senses
    head = match.head
    if not is_word(head, senses.counsel_verbs):
        return None
    doers = [match.actor] if match.actor is not None else doers_of(head)
    if doers and all(is_word(d, senses.counsel_nouns) for d in doers):
        return f"{doers[0].text!r} {head.text!r}: counsel serving a client, no political support"
    client = next((o for o in _objects(head) if is_word(o, senses.client_nouns)), None)
    if client is not None:
        return f"{head.text!r} {client.text!r}: counsel serving a client, no political support"
    return None


def _objects(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in ("dobj", "dative")]


def _courtroom_reproach(match: Match) -> str | None:
    """ "the prosecutor accused the defendant of lying", "the judge criticised the defendant for
    his lack of remorse", "the defence accused the witness of lying": reproach between the people
    of a trial is the trial's argument, no political accusation. Aimed at anyone else ("the judge
    criticised the police", "the lawyer accused the minister") it stays."""
    senses = english().senses
    if match.cameo not in senses.courtroom_codes:
        return None
    people = senses.trial_roles | senses.court_nouns
    doers = [match.actor] if match.actor is not None else doers_of(match.head)
    if not doers or not all(_named(d, people) for d in doers):
        return None
    aimed = people | senses.person_participles | senses.trial_pleaders | senses.trial_targets
    targets = [match.recipient] if match.recipient is not None else _objects(match.head)
    if not targets or not all(_named(t, aimed) for t in targets):
        return None
    return f"{doers[0].text!r} at {targets[0].text!r}: argument in a trial, no accusation"


TRIAL_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _person_participle, _trial_plea, _counsel_service, _courtroom_reproach,
)  # fmt: skip
