"""The parties stage: who acts and who is acted on, read from the trigger's phrases.

Each party is an actor phrase resolved through the actor lexicons (coding/actors.py) into
mentions with offsets. Placement by the event's location comes later (coding/placement.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.coding.actor_clauses import (
    attack_modifiers,
    attack_place,
    bare_complement,
    infinitive_owner,
    means_user,
    reporting_subject,
)
from detente.coding.actors import ActorCode, resolve_actors
from detente.coding.coder import ArticleState, Coder
from detente.coding.conjuncts import conjoined_recipients
from detente.coding.match import Match
from detente.coding.namesakes import local_namesakes
from detente.coding.outcome import Rejected
from detente.coding.patients import unknown_patient
from detente.coding.placement import GUESSED_RULES, by_authorities, weapon
from detente.coding.recipients import (
    Resolve,
    addressee,
    claim_author,
    in_general,
    not_the_actor,
    place_recipient,
    referred_recipient,
    vague_parties,
)
from detente.coding.syntax import (
    MAX_SEARCH_TOKENS,
    agent_of,
    child,
    governing_subjects,
    is_participle,
    is_passive,
    object_candidates,
    phrase_bounds,
    prep_objects,
)
from detente.lexicons.english import english
from detente.records import ActorMention

# Actor rules that rest on a name in the phrase itself (not on context or a sector noun).
NAMED_RULES = frozenset(
    {
        "country-name",
        "demonym",
        "seat-of-power",
        "org",
        "person-role",
        "stated-role",
        "user",
        "surname",
    }
)
# How a nominal event hangs under the verb whose subject may be its actor ("went on strike").
NOMINAL_PATH_DEPS = frozenset(
    {"dobj", "pobj", "prep", "conj", "attr", "oprd", "nsubjpass", "xcomp"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Parties:
    """Actor and recipient mentions of one trigger, before placement."""

    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    arm: Token | None = None  # the weapon that stands for unnamed attackers ("a bomb killed")


def find_parties(coder: Coder, match: Match, ctx: ArticleState) -> Parties | Rejected:
    """The parties stage: the actor, the recipient, or the reason there is no event."""
    actor = actor_mentions(coder, match, ctx)
    nominal = match.head.pos_ in ("NOUN", "PROPN")
    if not actor and match.symmetric and nominal and match.recipient is not None:
        actor = mentions(coder, match.recipient, ctx)  # "the meeting between X and Y"
        recipient: tuple[ActorMention, ...] = ()
    else:
        resolve, actor_head = _resolver(coder, ctx), _actor_head(match, actor, ctx)
        recipient = claim_author(resolve, match.recipient, match.cameo, actor) or (
            referred_recipient(resolve, match.recipient, ctx, actor_head, actor)
        )
        recipient = conjoined_recipients(
            resolve, match.recipient, recipient, ctx, actor_head, actor
        ) or unknown_patient(match, ctx)
    actor, recipient = split_symmetric(actor, recipient, match.symmetric)
    if _violence_against_a_thing(match, recipient):
        detail = _text(match.recipient)
        return Rejected(stage="parties", reason="violence-against-thing", detail=detail)
    # "A roadside bomb killed …": the weapon stands for attackers no one names
    arm = weapon(match) if not any(m.country for m in actor) else None
    if arm is not None:
        actor = named_attacker(coder, arm, ctx)
        arm = None if actor else arm
    if not actor and arm is None and not by_authorities(match):
        return Rejected(stage="parties", reason="no-actor", detail=_text(match.actor))
    if not recipient and not in_general(_resolver(coder, ctx), match.recipient):
        recipient = recipient_beyond_slot(coder, match, actor, ctx)
    return Parties(actor=actor, recipient=not_the_actor(recipient, actor), arm=arm)


def named_attacker(coder: Coder, arm: Token, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """ "Three people were killed in Israeli air strikes", "in a US drone strike": an attack
    that names the state or group behind it has that side as attacker, not an unidentified
    force. A sector word alone ("coalition", "drone") names no side."""
    for word in attack_modifiers(arm):
        found = mentions(coder, word, ctx)
        if found and all(m.country and m.rule in NAMED_RULES for m in found):
            return found
    return ()


def recipient_beyond_slot(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """When the pattern's slot codes no actor: a place acted on, the addressee of a message,
    and last the nearest actor below the trigger."""
    resolve = _resolver(coder, ctx)
    found = place_recipient(match.recipient, match.cameo, ctx, actor)
    if found:
        return found
    to = addressee(match.head, match.cameo)
    if to is not None:
        found = referred_recipient(resolve, to, ctx, _actor_head(match, actor, ctx), actor)
        if found:
            return found
    return (
        lower_slot_recipient(coder, match, actor, ctx)
        or searched_recipient(coder, match, actor, ctx)
        or struck_recipient(coder, match, actor, ctx)
        # "will fight back if the U.S. persists": the condition, when nothing else is named
        or (_conditional_conflict(match) and searched_recipient(
            coder, match, actor, ctx, conditions=True)) or ()
    )  # fmt: skip


def lower_slot_recipient(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """ "released $1.2 billion in military assistance *to* Egypt": the pattern's recipient
    preposition, which the parser hung on a noun of the object rather than on the verb."""
    pattern = coder.verbs.patterns.get(match.pattern_id)
    obj = child(match.head, "dobj")
    if pattern is None or obj is None:
        return ()
    # an "of" phrase inside the object is the noun's own complement ("a demand for the sacking
    # *of* the adviser"), never a slot the parser moved
    preps = set(pattern.recipient) - {"of"}
    resolve, actor_head = _resolver(coder, ctx), _actor_head(match, actor, ctx)
    queue, seen = [obj], 0
    # only through the object's own prepositional phrases and appositions ("an operation,
    # Operation Thunder, *against* militants": the same thing), nearest first; bounded
    while queue and seen < MAX_SEARCH_TOKENS:
        noun = queue.pop(0)
        seen += 1
        queue.extend(c for c in noun.children if c.dep_ == "appos")
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            inner = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in preps and inner:
                found = referred_recipient(resolve, inner[0], ctx, actor_head, actor, slot=False)
                if found and not _own_forces(found, actor):
                    return found
            queue.extend(inner)
    return ()


def struck_recipient(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """ "carried out air strikes in Mosul, *killing* dozens of fighters": a participle clause of
    violence after an attack tells whom the attack hit."""
    roots = english().codes.attack_roots
    if match.cameo[:2] not in roots:
        return ()
    resolve, actor_head = _resolver(coder, ctx), _actor_head(match, actor, ctx)
    for clause in match.head.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            continue
        patterns = coder.verbs.by_verb.get(clause.lemma_.lower(), ())
        struck = child(clause, "dobj")
        if struck is None or not any(p.cameo[:2] in roots for p in patterns):
            continue
        found = referred_recipient(resolve, struck, ctx, actor_head, actor, slot=False)
        if found and not _own_forces(found, actor):
            return found
    return ()


def _text(token: Token | None) -> str:
    if token is None:
        return "no subject"
    start, end = phrase_bounds(token)
    return f"{token.doc[start:end].text!r} codes no actor"


def _names_an_actor(coder: Coder, head: Token, ctx: ArticleState) -> bool:
    """Whether an object's common-noun head is itself an actor word ("officials", "troops").

    Subjects are trusted (news makes actors the subjects of clauses, "Palestinian bombers"),
    and "thousands of Kurds" is judged by the noun after "of".
    """
    if head.pos_ != "NOUN" or head.dep_ in ("nsubj", "nsubjpass"):
        return True
    words = english().words
    if head.lemma_.lower() in words.person_heads:  # "South Korean army officers"
        return True
    if head.lemma_.lower() in words.partitives:
        inner = next((o for c in head.children if c.lower_ == "of" for o in c.children), None)
        return inner is None or _names_an_actor(coder, inner, ctx)
    return bool(resolve_actors(coder.actors, head.text, date=ctx.article.date))


def mentions(
    coder: Coder,
    head: Token | None,
    ctx: ArticleState,
    *,
    core: bool = False,
    sectorless: bool = False,
) -> tuple[ActorMention, ...]:
    """Resolve the noun phrase headed by ``head`` into coded actor mentions with offsets.

    ``sectorless`` keeps mentions known only by sector ("23 people"): the event's place may
    give them a country later.
    """
    if head is None:
        return ()
    if head.pos_ == "NUM" and head.dep_ in ("dobj", "nsubjpass") and sectorless:
        # "release three of the Colombian hostages": the people counted are named after "of"
        counted = next(prep_objects(head, "of"), None)
        named = mentions(coder, counted, ctx, core=core, sectorless=True) if counted else ()
        if named:
            return named
        # "arresting 12": a bare count of people acted on
        people = ActorCode(country=None, sector="CVL", name=None, matched=head.text, rule="count")
        return (_mention(people, ctx.doc[head.i : head.i + 1], whole=True),)
    related = _related_by_name(coder, head, ctx, sectorless=sectorless)
    if related:
        return related
    # "rejected the minister's claims", "condemned his remarks", "the remarks by X": a thing said
    # or done stands for its owner, who is the party.
    named_only = not _names_an_actor(coder, head, ctx)
    owned = _owners(coder, head, ctx, core=core, sectorless=sectorless) if named_only else ()
    if owned:
        return owned
    start, end = phrase_bounds(head, core=core)
    if end - start > 1 and ctx.doc[end - 1].dep_ == "case" and ctx.doc[end - 1].head.i == head.i:
        end -= 1  # "the minister's": the possessive ending is not part of the party's name
    span = ctx.doc[start:end]
    codes = resolve_actors(
        coder.actors, span.text, date=ctx.article.date, context=ctx.context, memory=ctx.memory
    )
    codes = local_namesakes(coder.actors, span.text, codes, ctx.places)  # "ATHENS, Ga."
    if not any(c.country for c in codes):
        respelt = _respelt(coder, span)
        if respelt is not None:  # "Ethopia has agreed": read as the country it misspells
            codes = resolve_actors(
                coder.actors, respelt, date=ctx.article.date, context=ctx.context,
                memory=ctx.memory,
            )
    # "an Australian ultimatum" points at Australia, but "military aid" is nobody: a thing
    # stands for an actor only through a name in it, never through context or a sector word.
    if named_only:
        # "Israeli military policies": the country is named, but "military" is no actor here.
        codes = tuple(
            replace(c, sector=None, other_sectors=()) if c.rule == "agent" else c for c in codes
        )
    codes = tuple(
        c
        for c in codes
        if (c.country is not None or (sectorless and c.sector is not None))
        and not (named_only and c.rule not in NAMED_RULES and c.rule != "agent")
    )
    if not codes and sectorless and _private_person(head, span):
        # "police arrested John Smith": a person named without any role is a private citizen,
        # placed later where the event happened or by who acted on them.
        person = ActorCode(country=None, sector="CVL", name=span.text, matched=span.text,
                           rule="named-person")  # fmt: skip
        return (_mention(person, span, whole=True),)
    return tuple(_mention(code, span, whole=len(codes) == 1) for code in codes)


def _owners(
    coder: Coder, head: Token, ctx: ArticleState, *, core: bool, sectorless: bool
) -> tuple[ActorMention, ...]:
    """The party a thing said or done stands for: its owner ("the minister's claims", "the
    remarks by X"), else its author told by a participle ("the plan proposed by X")."""
    owner = child(head, "poss") or next(prep_objects(head, "by"), None)
    if owner is not None:
        return mentions(coder, owner, ctx, core=core, sectorless=sectorless)
    author = _proposer(head)
    if author is None:
        return ()
    # "efforts made by relevant parties" names nobody in particular
    authored = mentions(coder, author, ctx, core=core, sectorless=sectorless)
    return () if vague_parties(author, authored) else authored


def _proposer(thing: Token) -> Token | None:
    """ "an amount *pushed by* the federal government", "the plan drawn up by Gondor": a thing
    made, put forward or done by someone, told by a participle, stands for its author."""
    participle = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return agent_of(participle) if participle is not None else None


def _related_by_name(
    coder: Coder, head: Token, ctx: ArticleState, *, sectorless: bool
) -> tuple[ActorMention, ...]:
    """ "a fellow US ally, Qatar", "Washington's ally Israel": a noun of relation with a name in
    apposition is the named party; the words before it name the other side of the relation."""
    if head.lemma_.lower() not in english().words.relational_nouns:
        return ()
    for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        found = mentions(coder, name, ctx, core=True, sectorless=sectorless)
        if any(m.country for m in found):
            return found
    return ()


def _private_person(head: Token, span: Span) -> bool:
    """Whether the phrase is only a person's name: every word part of one PERSON entity."""
    return head.ent_type_ == "PERSON" and all(
        t.ent_type_ == "PERSON" or t.is_punct for t in span
    )


def _respelt(coder: Coder, span: Span) -> str | None:
    """The phrase with a misspelt country name or demonym put right, if it has one.

    Only capitalised proper nouns that are no person and no place the gazetteer knows are
    tried, and only a single-letter slip that fits exactly one name is put right.
    """
    for token in span:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ == "PERSON":
            continue
        if coder.gazetteer is not None and coder.gazetteer.lookup(token.text):
            continue
        name = coder.actors.respell(token.text)
        if name is not None:
            at = token.idx - span.start_char
            return span.text[:at] + name + span.text[at + len(token.text) :]
    return None


def _mention(code: ActorCode, span: Span, *, whole: bool) -> ActorMention:
    start, end = span.start_char, span.end_char
    if not whole and code.matched:
        offset = span.text.find(code.matched)
        if offset >= 0:
            start, end = span.start_char + offset, span.start_char + offset + len(code.matched)
    return ActorMention(
        text=span.text[start - span.start_char : end - span.start_char],  # Doc.text joins all
        start=start, end=end, country=code.country, sector=code.sector, name=code.name,
        org=code.org, other_sectors=code.other_sectors, rule=code.rule,  # type: ignore[arg-type]
    )  # fmt: skip


def split_symmetric(
    actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...], symmetric: bool
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """ "China and North Korea agreed …": a reciprocal event between a compound actor is a dyad."""
    if symmetric and not recipient and len({a.country for a in actor}) > 1:
        return actor[:1], actor[1:]
    return actor, recipient


def actor_mentions(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """The actor; a pronoun or a missing subject takes the subject of the clause above."""
    head = match.actor
    if head is not None and head.pos_ != "PRON":
        found = mentions(coder, head, ctx, sectorless=True)
        if attack_place(match, found):
            return ()
        return found or mentions(coder, means_user(match), ctx, sectorless=True)
    if head is None and match.head.pos_ in ("NOUN", "PROPN") and not _subject_does(coder, match):
        return ()
    if head is None and is_passive(match.head):
        pattern = coder.verbs.patterns.get(match.pattern_id)
        moved = match.head.head if is_participle(match.head) else child(match.head, "nsubjpass")
        if pattern is not None and pattern.own_object and moved is not None:
            return mentions(coder, moved, ctx)  # "UN peacekeepers were pulled out of Bosnia"
        return ()  # "24 people were killed": who killed them is not the clause above's subject
    owned = mentions(coder, infinitive_owner(match), ctx) if head is None else ()
    if owned:
        return owned
    # "Nigeria announced that it will withdraw": a pronoun may cross into the reporting clause.
    crossing = head is not None or bare_complement(match.head)
    for subject in governing_subjects(match.head, cross_ccomp=crossing):
        if subject.pos_ != "PRON":
            found = mentions(coder, subject, ctx)
            if found:
                return found
    # "Teachers said they will not end the strike": the pronoun's own sentence names it first
    named = _reporting(coder, match, ctx) if head is not None else ()
    return named or mentions(coder, head, ctx)  # the pronoun itself, through the article's memory


def _reporting(coder: Coder, match: Match, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """A subject pronoun's agreeing subject above, even one known only by sector; a person
    known by name alone is left to the article's memory of who they are."""
    found = mentions(coder, reporting_subject(match), ctx, sectorless=True)
    return tuple(m for m in found if m.rule != "named-person")


def _subject_does(coder: Coder, match: Match) -> bool:
    """Whether the subject of the clause above a nominal event is the one doing it.

    "Workers went on strike", "Israel launched an offensive": yes. "The UN condemned the
    attack", "closed its borders because of fighting between X and Y": no; a verb that reacts
    to the event (accuses, rejects, asks for it) or a phrase of cause or time stands between.
    """
    codes, words = english().codes, english().words
    current = match.head
    for _ in range(6):
        if current.dep_ not in NOMINAL_PATH_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.dep_ == "prep" and current.lower_ in words.cause_preps:
            return False
        if current.pos_ in ("VERB", "AUX"):
            patterns = coder.verbs.by_verb.get(current.lemma_.lower(), ())
            # light-verb patterns ("make an appeal") take their sense from their object
            return not any(p.cameo[:2] in codes.reaction_roots and not p.objects for p in patterns)
    return False


def searched_recipient(
    coder: Coder,
    match: Match,
    actor: tuple[ActorMention, ...],
    ctx: ArticleState,
    *,
    conditions: bool | None = None,
) -> tuple[ActorMention, ...]:
    """A recipient the pattern did not place: the nearest coded noun phrase below the trigger."""
    taken = {i for m in actor for i in range(m.start, m.end)}
    own = {m.country for m in actor}
    trigger = {t.i for t in ctx.doc[match.trigger[0] : match.trigger[1]]}
    exclude = set(range(*phrase_bounds(match.actor))) if match.actor is not None else set()
    roots = [match.head] + ([match.frame] if match.frame is not None else [])
    # "threatened to strike unless Israel withdrew": the condition names the target.
    if conditions is None:
        conditions = match.cameo[:2] == english().codes.threat_root
    resolve, actor_head = _resolver(coder, ctx, core=True), _actor_head(match, actor, ctx)
    # "declared a state of siege": a measure laid on an area is no party, whatever its words
    measure = match.cameo in english().codes.area_codes
    for root in roots:
        light = [
            ctx.doc[i]
            for i in sorted(trigger)
            if ctx.doc[i].pos_ == "NOUN" and i != root.i and not measure
        ]
        for head in (*light, *object_candidates(root, exclude, trigger, conditions=conditions)):
            if head.idx in taken:
                continue
            found = referred_recipient(resolve, head, ctx, actor_head, actor, slot=False)
            if _own_forces(found, actor):
                continue
            # "rejected an *Australian* ultimatum" names the other side; the actor's own
            # country on the trigger's noun ("an Israeli offensive") does not.
            # "disperse demonstrators": an agent noun in the trigger is still the recipient.
            if (head.i in trigger and {m.country for m in found} <= own
                    and all(m.sector is None for m in found)):
                continue
            if found:
                return found
    return ()


def _conditional_conflict(match: Match) -> bool:
    """ "will fight back firmly *if the U.S. persists*": a hostile act (CAMEO 13-20) made to hang
    on what another party does is a threat to that party, whatever code the verb has."""
    words = english().words
    return match.cameo[:2] >= english().codes.threat_root and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.ultimatum_marks | {"if"}
                                  for m in c.children)
        for c in match.head.children
    )  # fmt: skip


def _own_forces(found: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]) -> bool:
    """ "Russia sent troops to Syria", "pulled out 2,000 U.S. troops": forces of the acting
    state, found beyond the pattern's slot, are its means, not the party acted on."""
    travelling = english().codes.travelling_sectors
    own = {m.country for m in actor}
    state = bool(actor) and all(m.sector in (None, "GOV", "MIL") for m in actor)
    return (
        state
        and bool(found)
        and all(
            m.sector in travelling and (m.country in own | {None} or m.rule in GUESSED_RULES)
            for m in found
        )
    )


def _resolver(coder: Coder, ctx: ArticleState, *, core: bool = False) -> Resolve:
    """Recipient phrases resolved as ``mentions`` does, keeping parties known by sector only."""
    return lambda head: mentions(coder, head, ctx, core=core, sectorless=True)


def _actor_head(match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState) -> Token | None:
    """The token that heads the actor: the pattern's subject, or the found actor's words."""
    if match.actor is not None or not actor:
        return match.actor
    span = ctx.doc.char_span(actor[0].start, actor[0].end)
    return span.root if span is not None else None


def _violence_against_a_thing(match: Match, recipient: tuple[ActorMention, ...]) -> bool:
    """ "slaughtered 6,500 hogs": violence against people (CAMEO 18) needs a person as object."""
    head = match.recipient
    return (
        match.cameo[:2] == english().codes.person_violence_root
        and head is not None
        and head.pos_ == "NOUN"
        and not recipient
    )


def shared_object(match: Match) -> Match:
    """ "killed and wounded dozens of Palestinians": conjoined verbs share the last one's object."""
    if match.recipient is not None or match.head.pos_ not in ("VERB", "AUX"):
        return match
    patient = _shared_patient(match.head)
    if patient is not None:
        return replace(match, recipient=patient)
    queue = [c for c in match.head.children if c.dep_ == "conj"]
    while queue:
        verb = queue.pop(0)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return replace(match, recipient=obj)
        if child(verb, "nsubj", "nsubjpass") is None:  # a conjunct with its own subject stops
            queue.extend(c for c in verb.children if c.dep_ == "conj")
    return match


def _shared_patient(verb: Token) -> Token | None:
    """ "Protesters were beaten and *detained* by police", "the plan, pushed by X but *rejected*
    by Y": a passive conjoined to another shares its patient."""
    if verb.dep_ != "conj" or not is_passive(verb) or child(verb, "nsubjpass") is not None:
        return None
    first = verb.head
    if is_participle(first):
        return first.head
    return child(first, "nsubjpass")
