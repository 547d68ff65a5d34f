"""People acted on whom no lexicon knows: a name the parser took for an organisation, a noun
of a person arrested, a demonstrative described as people.

Each rule holds only for acts done to people (CAMEO codes listed in english.yaml), whose object
is a person whatever words name them; names and nouns of places or things never are.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.coder import ArticleState
from detente.coding.match import Match
from detente.coding.recipients import Resolve, antecedent
from detente.coding.syntax import (
    agent_of,
    child,
    is_participle,
    is_passive,
    phrase_bounds,
    prep_objects,
)
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]

# Entity labels of places and peoples: a name so tagged is no person acted on.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# The part of speech of "and"/"or" and the comma that join the names of a list ("X, Y and Z").
JOINING_POS = frozenset({"CCONJ"})
LIST_COMMA = ","


def unknown_patient(match: Match, ctx: ArticleState) -> Mentions:
    """People acted on whom no lexicon knows: by name, by a noun, or described."""
    head = antecedent(match.recipient)
    return (
        named_patient(head, match.cameo, ctx)
        or arrested_people(head, match.cameo, ctx)
        or described_people(match.recipient, match.cameo, ctx)
    )


def named_patient(head: Token | None, cameo: str, ctx: ArticleState) -> Mentions:
    """ "Police charged *Sun* with assault", "will release *Pablo Emilio Moncayo*": a name that
    no lexicon knows, as the object of an act done to people, is a person's, even where the
    parser took it for an organisation or for nothing; a place's name never is."""
    if head is None or head.pos_ != "PROPN" or cameo not in english().senses.person_act_codes:
        return ()
    start, end = phrase_bounds(head, core=True)
    names = listed_names(ctx.doc[start:end])
    if not names or not all(_a_name(name) for name in names):
        return ()  # "the Shaik case", "Sun Media": more than a name
    if any(t.ent_type_ in PLACE_LABELS for n in names for t in n) or any(
        _names_a_place(name, ctx) for name in names
    ):
        return ()
    # named, so the article remembers who the person is for the sentences after
    return tuple(_private_person(name) for name in names)


def _private_person(name: Span) -> ActorMention:
    """A person known by name alone, to be placed where the act was done."""
    return ActorMention(text=name.text, start=name.start_char, end=name.end_char, country=None,
                        sector="CVL", name=name.text, rule="named-person")  # fmt: skip


def _a_name(span: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)


def listed_names(span: Span) -> list[Span]:
    """recip18: "arrested *Tarmo Vask and Ilse Moor*": the names a phrase lists, split at "and"
    and commas (the parser, not knowing the names, may hang the first on the last as one
    phrase); a phrase with no list is one name."""
    names, start = [], span.start
    for token in span:
        if token.dep_ == "cc" or token.pos_ in JOINING_POS or token.text == LIST_COMMA:
            if token.i == start:
                return []  # a list must name someone before each "and"
            names.append(span.doc[start : token.i])
            start = token.i + 1
    if start >= span.end:
        return []
    names.append(span.doc[start : span.end])
    return names


def arrested_people(head: Token | None, cameo: str, ctx: ArticleState) -> Mentions:
    """ "detectives arrested *the brothers*", "*the owner* of a restaurant was arrested": the
    object of an arrest or a charge is a person, whatever noun no lexicon knows names them; a
    document charged or a place is none."""
    senses, words = english().senses, english().words
    if head is None or head.pos_ != "NOUN" or cameo not in senses.person_object_codes:
        return ()
    things = senses.document_nouns | senses.held_things | words.vehicles
    if head.lemma_.lower() in things | words.settlement_nouns | words.area_nouns:
        return ()  # "your homes are locked", "charged the petition"
    if head.ent_type_ in PLACE_LABELS or _names_a_place(ctx.doc[head.i : head.i + 1], ctx):
        return ()  # "arrested in the capital" parsed as its object
    start, end = phrase_bounds(head)
    span = ctx.doc[start:end]
    mention = ActorMention(text=span.text, start=span.start_char, end=span.end_char,
                           country=None, sector="CVL", rule="count")  # fmt: skip
    return (mention,)


def described_people(head: Token | None, cameo: str, ctx: ArticleState) -> Mentions:
    """ "should release all *those* wrongfully imprisoned", "killed *those* who resisted": a
    demonstrative described by a participle or a "who" clause, as the object of an act done to
    people, stands for people (no sector word names them; rule "count")."""
    senses = english().senses
    acts_on_people = cameo in senses.person_act_codes or cameo[:2] == (
        english().codes.person_violence_root
    )
    if head is None or head.pos_ != "PRON" or head.lower_ not in senses.people_demonstratives:
        return ()
    if not acts_on_people or not any(_describes_people(c) for c in head.children):
        return ()
    span = ctx.doc[head.left_edge.i : head.right_edge.i + 1]  # the description is the party
    mention = ActorMention(text=span.text, start=span.start_char, end=span.end_char,
                           country=None, sector="CVL", rule="count")  # fmt: skip
    return (mention,)


def _describes_people(clause: Token) -> bool:
    """A participle on the word ("imprisoned"), or a relative clause whose relative is "who"."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    return clause.dep_ == "relcl" and any(
        c.tag_ == "WP" and c.lower_ in english().words.person_relatives for c in clause.children
    )


def _names_a_place(span: Span, ctx: ArticleState) -> bool:
    """Whether a place the article names starts inside the span."""
    places = ctx.places.mentions if ctx.places is not None else ()
    return any(p.start is not None and span.start_char <= p.start < span.end_char for p in places)


def expelling_state(match: Match) -> Match:
    """ "Sixty diplomats were expelled from Gondor", "journalists deported from Arnor": in an
    agentless passive of expulsion the "from" phrase names who expels and the passive subject
    whom; the caller keeps this reading only when the "from" phrase names a state."""
    verb = match.head
    if match.actor is not None or verb.lemma_.lower() not in english().senses.expulsion_verbs:
        return match
    if not is_passive(verb) or agent_of(verb) is not None:
        return match
    source = next(prep_objects(verb, "from"), None)
    expelled = verb.head if is_participle(verb) else child(verb, "nsubjpass")
    if source is None or expelled is None or expelled.i == verb.i:
        return match
    if child(source, "conj") is not None:
        return match  # "expelled from both the West and Russia": each side expels the other's
    return replace(match, actor=source, recipient=expelled)


def held_by(resolve: Resolve, match: Match, found: Mentions) -> Mentions:
    """ "called for the release of prisoners jailed in Mordor", "demanded the release of two
    Gondorians held by Orcs", "called for Frodo's release": an appeal or demand for people's
    release is addressed to those who hold them, not to the people held. The holder is read
    from the participle on the people ("held by", "jailed in") or the owner of the release
    ("Mordor's release of the prisoners"); when none is named the appeal names no recipient."""
    codes = english().codes
    if match.cameo[:2] not in (codes.appeal_root, codes.demand_root) or not found:
        return found
    done_to = _passive_patient(match, found)
    if done_to is not None:
        doer = agent_of(done_to.head) or _holder(done_to)
        return resolve(doer) if doer is not None else ()
    release = _release_noun(match.head)
    held = _released_people(release) if release is not None else None
    if release is None or held is None:
        return found
    start, end = held.left_edge.idx, held.right_edge.idx + len(held.right_edge)
    if not all(start <= m.start < end for m in found):
        return found  # "called on Gondor to release them": the addressee is named
    holder = holder_of_released(release)
    return resolve(holder) if holder is not None else ()


def _passive_patient(match: Match, found: Mentions) -> Token | None:
    """ "an MP said the detainees *must be separated*": a duty stated in the passive asks
    whoever does the act; its subject, private people (english.yaml patient_sectors), is only
    whom it is done to (recip12). A state or body there ("Mordor must be stopped") stays."""
    subject = match.recipient
    if subject is None or subject.dep_ != "nsubjpass" or not is_passive(subject.head):
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    private = english().senses.patient_sectors
    inside = all(start <= m.start < end and m.sector in private for m in found)
    return subject if inside else None


def _release_noun(trigger: Token) -> Token | None:
    """ "the release" in the trigger's object or "for" phrase (or the trigger itself)."""
    releases = english().senses.release_nouns
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    nouns += [o for p in trigger.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj"]  # fmt: skip
    return next((noun for noun in nouns if noun.lemma_.lower() in releases), None)


def _released_people(release: Token) -> Token | None:
    """The people after "the release of", or, with no "of" phrase, its owner ("Frodo's
    release": recip12); a state owning a release is the one releasing ("Mordor's release")."""
    held = next(prep_objects(release, "of"), None)
    if held is not None:
        return held
    owner = child(release, "poss")
    return owner if owner is not None and owner.ent_type_ not in PLACE_LABELS else None


def holder_of_released(noun: Token) -> Token | None:
    """Who holds the people a release noun names ("the release of prisoners *jailed in
    Mordor*", "*Mordor's* release of the prisoners"), if the noun is one and says it."""
    if noun.lemma_.lower() not in english().senses.release_nouns:
        return None
    held = _released_people(noun)
    if held is None:
        return None
    return _holder(held) or (child(noun, "poss") if held.dep_ != "poss" else None)


def _holder(held: Token) -> Token | None:
    """Who holds people told by a participle on them: "held *by* Orcs", "jailed *in* Mordor"."""
    holding = english().senses.holding_verbs
    for clause in held.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in holding:
            continue
        holder = agent_of(clause) or next(prep_objects(clause, "in"), None)
        if holder is not None:
            return holder
    return None
