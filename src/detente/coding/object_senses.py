"""Senses of a trigger verb that its object decides: an activity pressed on, a fact ignored, a
vow to destroy what is no party.

- "pressed" (CAMEO 02, urge): one presses a party to do something ("pressed Arnor to
  withdraw", "pressed the king"); with a thing as its object the verb means to go on with it
  ("the army pressed its operations", "pressed their campaign", "pressed its case"), nobody
  is asked.
- "ignored" (CAMEO 128, defy norms or law): disregarding a law, an order, a demand or a party
  defies it; disregarding a fact ("ignoring the number of children", "ignored the plight of
  farmers") is neglect, no defiance.
- "vowed to wipe out" (coding/frames.py composes it as a threat of force, CAMEO 138): with no
  party to destroy ("vowed to eradicate corruption", "vowed to defeat the bill") nobody is
  threatened.

english.yaml's verbs16 block holds the words; coding/verb_readings.py asks here once the parties
are known.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match, find_recipient
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["VOWED_FORCE", "reject_object_sense"]

# The verb pattern that reads "pressed X" as a request (verbs.yaml).
URGE_PATTERN = "request.urge"
# The verb pattern that reads "ignored X" as defiance (verbs.yaml).
DEFY_PATTERN = "reject.defy"
# The suffix coding/frames.py gives a vow whose complement destroys or punishes.
VOWED_FORCE = "vowed-force"
# Entity labels and parts of speech that name a party by themselves ("pressed Arnor", "him").
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PARTY_POS = frozenset({"PROPN", "PRON"})
# Labels of the phrases after a noun that say more of it ("the number *of children*", "the
# plight *of farmers*", "the case *that* ..."): a party found there is not the noun itself.
POSTMODIFIER_DEPS = frozenset({"prep", "relcl", "acl"})
# Parts of speech of a thing named ("ignored the number"); a clause or a name is left as coded.
NOUN_POS = frozenset({"NOUN"})
# Labels of a name after "of" that names whose body the noun is ("the government of Arnor").
NAMED_OWNER_ENTS = frozenset({"GPE", "ORG"})


def _core_end(noun: Token) -> int:
    """The character offset where the noun's own phrase ends, before its postmodifiers."""
    late = [c for c in noun.children if c.dep_ in POSTMODIFIER_DEPS and c.i > noun.i]
    tokens = [t for t in noun.subtree if not any(t in c.subtree for c in late)]
    last = max(tokens, key=lambda t: t.i)
    return last.idx + len(last.text)


def _body_of_named(noun: Token) -> bool:
    """ "the government of Arnor", "the leaders of the Guild": a body named by its owner."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(p.ent_type_ in NAMED_OWNER_ENTS for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


def names_party(noun: Token, recipient: tuple[ActorMention, ...]) -> bool:
    """The noun names a party itself: a name, a pronoun, or the head word of a party found
    ("the Gondorian authorities": a sector word), not a thing of a party ("the number of
    children", "Gondor's trade practices")."""
    if noun.pos_ in PARTY_POS or noun.ent_type_ in PARTY_ENTS:
        return True
    end = _core_end(noun)
    found = [m for m in recipient if m.start <= noun.idx < m.end and m.sector]
    return any(m.end <= end for m in found) or (bool(found) and _body_of_named(noun))


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _pursued_activity(match: Match, recipient: tuple[ActorMention, ...]) -> Token | None:
    """ "pressed its operations", "pressed their campaign": a thing pressed on with."""
    verb = match.head
    if match.pattern_id != URGE_PATTERN:
        return None
    if verb.lemma_.lower() not in english().senses.pressing_verbs:
        return None
    obj = _object(verb)
    if obj is None or names_party(obj, recipient):
        return None
    return obj


def _ignored_fact(match: Match, recipient: tuple[ActorMention, ...]) -> Token | None:
    """ "ignoring the number of children": what is ignored neither binds nor asks, nor is a
    party."""
    verb = match.head
    senses = english().senses
    if match.pattern_id != DEFY_PATTERN or verb.lemma_.lower() not in senses.heedless_verbs:
        return None
    obj = find_recipient(verb, ("dobj",), None)  # "practices ignored for years": the thing
    if obj is None or obj.pos_ not in NOUN_POS or names_party(obj, recipient):
        return None
    if obj.lemma_.lower() in senses.binding_nouns or obj.lower_ in senses.binding_nouns:
        return None
    return obj


def _unaimed_vow(match: Match, recipient: tuple[ActorMention, ...]) -> Token | None:
    """ "vowed to eradicate corruption": a vow to destroy something that is no party."""
    if not match.pattern_id.endswith(VOWED_FORCE) or recipient or match.frame is None:
        return None
    return match.frame


def reject_object_sense(
    match: Match, recipient: tuple[ActorMention, ...] = ()
) -> Rejected | None:
    """A named rejection when the verb's object gives it a sense that reports no event."""
    pursued = _pursued_activity(match, recipient)
    if pursued is not None:
        detail = f"{match.head.text!r} {pursued.text!r}: an activity pressed on, no one asked"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    fact = _ignored_fact(match, recipient)
    if fact is not None:
        detail = f"{match.head.text!r} {fact.text!r}: neither binds nor asks, nothing defied"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    vowed = _unaimed_vow(match, recipient)
    if vowed is not None:
        detail = f"vowed to {vowed.text!r} no party: nobody threatened"
        return Rejected(stage="code", reason="no-event-sense", detail=detail)
    return None
