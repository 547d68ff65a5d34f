"""Shootings and stabbings told without the one who did them: "a man was shot in Bree".

A passive of a verb that names an armed assailant by itself (shoot, stab, gun down) with no
"by" phrase still says that someone attacked: bullets and knives are used by people, whereas
"was killed" or "was injured" may tell an accident, a storm or a disease. Local news reports
such attacks before anyone is named ("A woman was stabbed Tuesday morning while jogging near
Briarcliff Road in DeKalb County"). The attacker is coded as for a bombing no one claims:
unidentified armed forces (UAF) of the country where it happened, and only where the event's
place is read (the story's home alone would also place the background and the wrong readings
of the sentences after it, through the actors the article then remembers).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import child, is_passive
from detente.geo.locate import PLACE_LABELS
from detente.lexicons.english import english
from detente.records import ActorMention, ActorRule, Place

UNKNOWN_FORCES = "UAF"
# The rule left on the attacker a shooting's verb stands for: unattributed, as for a bombing.
ARMED_RULE: ActorRule = "unattributed"


def armed_verb(word: Token | None) -> bool:
    """Whether the word is a verb that names an armed assailant by itself ("shot", "stabbed")."""
    if word is None:
        return False
    return word.pos_ == "VERB" and word.lemma_.lower() in english().words.armed_verbs


def armed_act(match: Match) -> Token | None:
    """The verb of an agentless passive that names an armed assailant by itself ("was shot",
    "were gunned down", "after being stabbed"), which then stands for the unnamed attacker."""
    head = match.head
    if match.actor is not None or match.frame is not None:
        return None
    if match.cameo[:2] not in english().codes.attack_roots or not armed_verb(head):
        return None
    if not is_passive(head) or child(head, "agent") is not None:
        return None
    moved = child(head, "nsubjpass")
    if moved is not None and moved.ent_type_ in PLACE_LABELS:
        return None  # "Baghdad was shot up": a place is no person attacked
    return head


def armed_attacker(
    match: Match, arm: Token, location: Place | None, recipient: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Unidentified forces of the place of a shooting or stabbing told by its verb alone. Only
    when the one attacked is a party the passive's own subject names: "he was shot" with "he"
    unread would be an attack on no one, and "pets left behind by evacuees are being shot" is
    no attack on the evacuees."""
    # "was shot on Thursday": the one shot is the passive's subject, whatever slot the
    # pattern filled ("fire on"); else the subject the parties stage gave a passive gerund
    patient = child(arm, "nsubjpass") or armed_patient(match).recipient
    if location is None or location.country is None or not _names_patient(patient, recipient):
        return ()
    mention = ActorMention(
        text=arm.text,
        start=arm.idx,
        end=arm.idx + len(arm.text),
        country=location.country,
        sector=UNKNOWN_FORCES,
        rule=ARMED_RULE,
    )
    return (mention,)


def _names_patient(patient: Token | None, recipient: tuple[ActorMention, ...]) -> bool:
    """Whether a party found for the act is named by the words of its patient itself."""
    if patient is None:
        return False
    return any(m.start <= patient.idx < m.end for m in recipient)


def armed_patient(match: Match) -> Match:
    """ "Two men were hospitalized after *being shot*", "died after being stabbed": a passive
    gerund under a preposition has no subject of its own; the one shot is the subject of the
    clause it hangs on (or the noun that clause describes: "2 men hospitalized after being
    shot"). Other matches are returned as they are."""
    head = match.head
    if match.recipient is not None or armed_act(match) is None or head.dep_ != "pcomp":
        return match
    if child(head, "auxpass") is None:
        return match
    clause = head.head.head  # "after" hangs on the verb it times
    patient = clause.head if clause.dep_ == "acl" else child(clause, "nsubj", "nsubjpass")
    if patient is None or patient.pos_ not in ("NOUN", "PROPN", "PRON"):
        return match
    return replace(match, recipient=patient)
