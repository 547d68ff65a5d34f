"""Senses of a trigger from courts, lawsuits, markets and races: no political act between parties.

"The judge allowed the jury to consider the charge", "he denies assisting offences", "agreed to
settle the lawsuit", "programmes targeted to an African audience", "won the Dakar Rally" and
"poultry movement has been restricted" use the words of concessions, rejections, agreements,
attacks, protests and blockades for a trial's procedure, a defendant's answer to a charge, a
civil settlement, marketing, a motor race and an animal-health measure. The framing stage drops
them with the reason no-event-sense (coding/senses.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import KIND_DEPS, is_word, lemma, prep_objects
from detente.lexicons.english import english

__all__ = ["CIVIL_CHECKS"]

# Labels of the clause a verb of permission or denial takes: "allowed the jury to consider"
# (ccomp with its own subject, or xcomp), "denies assisting offences" (xcomp, or a gerund object).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pcomp"})


def _verbs(head: Token) -> list[Token]:
    """The trigger's verb and the verbs of its open complements ("agreed to settle")."""
    return [head, *(c for c in head.children if c.dep_ == "xcomp")]


def _named(token: Token, words: frozenset[str]) -> bool:
    """The noun or a title in its name is one of ``words`` ("the judge", "Judge Rene Navarro")."""
    return is_word(token, words) or any(
        c.dep_ == "compound" and is_word(c, words) for c in token.children
    )


def _court_procedure(match: Match) -> str | None:
    """ "a trial judge allowed the prosecutor to rely on an allegation", "Judge Navarro allowed
    the jury to consider a charge": a court letting a party to the trial act is a ruling in its
    procedure; a concession (CAMEO 08) yields to another party ("allowed inspectors in")."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots or lemma(head) not in senses.permit_verbs:
        return None
    judges = [c for c in head.children if c.dep_ == "nsubj" and _named(c, senses.court_nouns)]
    if not judges:
        return None
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp")]
    allowed = [c for c in head.children if c.dep_ == "dobj"]
    allowed += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    roles = [a for a in allowed if is_word(a, senses.trial_roles)]
    if roles:
        return f"{judges[0].text!r} allowed the {roles[0].text!r}: a ruling in a trial"
    return None


def _denied_objects(head: Token) -> Iterator[Token]:
    """What a denial denies: its object or complement clause, or the noun of the relative
    clause it sits in ("allegations the government denies")."""
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS:
            yield child
    if head.dep_ == "relcl":
        yield head.head


def _enabling_act(match: Match) -> str | None:
    """ "extending the parkway allowed traffic to be diverted": a clause as the subject of
    "allow" is an act or a work that makes something possible; a concession is a party's."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots or lemma(head) not in senses.permit_verbs:
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    if subjects and all(s.dep_ == "csubj" for s in subjects):
        return f"{subjects[0].text!r} ... {head.text!r}: an act that makes possible, no concession"
    return None


def _charge_denied(match: Match) -> str | None:
    """ "he denies assisting offences", "denied committing any crime", "denied speculation that
    he would step down": a defendant's denial of an offence, or a denial of a rumour, answers it
    (CAMEO 016); it turns down no party's request, offer or accusation ("Russia denies the
    charge" Britain made is kept as a rejection of Britain's charge)."""
    senses = english().senses
    head = match.head
    if lemma(head) not in senses.denial_verbs or match.cameo[:2] not in senses.rejection_roots:
        return None
    for denied in _denied_objects(head):
        told = list(denied.subtree) if denied.tag_ == "VBG" else [denied]
        offences = [t for t in told if is_word(t, senses.charge_nouns)]
        if offences:
            return f"{head.text!r} {offences[0].text!r}: an offence or rumour denied, no rejection"
    return None


def _lawsuit_settled(match: Match) -> str | None:
    """ "agreed to settle the lawsuit", "settled the case out of court": ending a lawsuit by a
    payment is a civil settlement; an agreement between parties (CAMEO 03) settles a dispute
    or a conflict ("agreed to settle the border dispute")."""
    senses = english().senses
    for verb in _verbs(match.head):
        if lemma(verb) not in senses.settling_verbs:
            continue
        suits = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        suits += list(prep_objects(verb, senses.topic_preps | {"in"}))
        found = [s for s in suits if is_word(s, senses.lawsuit_nouns)]
        if found:
            return f"{verb.text!r} the {found[0].text!r}: a civil settlement, no agreement"
    return None


def _audience_targeted(match: Match) -> str | None:
    """ "targeted its programmes to an African audience", "adverts aimed at young consumers": a
    message aimed at an audience or a market is marketing, no attack."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    if lemma(head) not in senses.aiming_verbs:
        return None
    aimed = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    aimed += list(prep_objects(head, senses.aim_preps))
    audiences = [a for a in aimed if is_word(a, senses.audience_nouns)]
    if audiences:
        return f"{head.text!r} at an {audiences[0].text!r}: a message aimed, no attack"
    return None


def _named_race(match: Match) -> str | None:
    """ "won the Dakar Rally", "joined the Monte Carlo Rally": a rally named, capitalised, after
    a place is a motor race; a protest rally is named after its cause, if at all."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] != english().codes.protest_root:
        return None
    rallies = [head, *(c for c in head.children if c.dep_ == "dobj")]
    for rally in (r for r in rallies if lemma(r) in senses.race_nouns):
        if rally.i == rally.sent.start or not rally.text[:1].isupper():
            continue
        names = [c for c in rally.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return f"the {names[0].text} {rally.text}: a named race, no protest"
    return None


def _livestock_measure(match: Match) -> str | None:
    """ "poultry movement has been restricted", "banned the movement of cattle": restricting,
    banning or blocking animals or their movement is an animal-health measure, no blockade of
    people (CAMEO 17 and 19 act on parties)."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.coercion_roots:
        return None
    acted = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for thing in acted:
        kinds = [c for c in thing.children if c.dep_ in KIND_DEPS]
        kinds += list(prep_objects(thing, frozenset({"of"})))
        if is_word(thing, senses.livestock_nouns) or any(
            is_word(k, senses.livestock_nouns) for k in kinds
        ):
            return f"{head.text!r} {thing.text!r} of animals: an animal-health measure"
    return None


CIVIL_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _court_procedure, _enabling_act, _charge_denied, _lawsuit_settled, _audience_targeted,
    _named_race, _livestock_measure,
)  # fmt: skip
