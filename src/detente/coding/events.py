"""Turn pattern matches into coded Event records: actors, ontology codes, modality, ids."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorCode, ActorLexicon, ActorMemory, resolve_actors
from detente.coding.dates import background_modality, resolve_event_date
from detente.coding.match import OBLIGATION, Match, match_sentence
from detente.coding.modality import code_modality
from detente.coding.placement import (
    TRAVELLING_SECTORS,
    authorities,
    by_authorities,
    ethnic_placed,
    from_places,
    homed,
    place_counts,
    placed,
    unknown_attacker,
    weapon,
)
from detente.coding.syntax import (
    child,
    depth,
    governing_subjects,
    is_participle,
    is_passive,
    object_candidates,
    phrase_bounds,
)
from detente.geo.gazetteer import Gazetteer
from detente.geo.locate import ArticlePlaces, extract_places, locate_event
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import VerbLexicon
from detente.records import ActorMention, Article, Event
from detente.records import Span as TextSpan

# Confidence of a fully coded verb event; each weakness below takes a share off.
BASE_CONFIDENCE = 0.9
PENALTY_NO_RECIPIENT = 0.15
PENALTY_REFERENCE = 0.1  # actor known only through an earlier mention ("the ministry", "they")
PENALTY_NOMINAL = 0.15
PENALTY_MODALITY = 0.1
# How much of the article the actor resolver sees as context for bare roles.
CONTEXT_CHARS = 3000
# Material acts told as future or conditional are intents: cooperation → AGREE (03x),
# conflict → THREATEN (13x), through the commit frame's table. Verbal acts stay as they are.
INTENT_MODALITIES = frozenset({"future", "hypothetical"})
INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
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
THREAT_ROOT = "13"
PERSON_VIOLENCE_ROOT = "18"
# PLOVER 0.8 types whose definition requires a recipient (the manual's "Requires recipient: Yes").
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
PROTEST_ROOT = "14"
ORG_KINDS = frozenset({"IGO", "NGO", "MNC", "IMG"})
# Quantity and membership nouns: the actor is what they count ("scores of refugees").
PARTITIVES = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "score",
        "scores",
        "member",
        "members",
        "number",
        "group",
        "majority",
        "some",
        "most",
        "all",
        "many",
        "few",
    }
)
# People nouns that are no actor alone but are one with a country or sector word beside them.
PERSON_HEADS = frozenset(
    {
        "officer",
        "man",
        "woman",
        "boy",
        "girl",
        "youth",
        "person",
        "national",
        "personnel",
        "staff",
        "crew",
        "employee",
        "worker",
        "guard",
    }
)
# How a nominal event hangs under the verb whose subject may be its actor ("went on strike").
NOMINAL_PATH_DEPS = frozenset(
    {"dobj", "pobj", "prep", "conj", "attr", "oprd", "nsubjpass", "xcomp"}
)
# Phrases that set a nominal event apart from the clause's subject ("because of fighting").
CAUSE_PREPS = frozenset({"because", "after", "following", "amid", "despite", "since", "before"})
# Verbs of these CAMEO roots react to an event named as their object; they do not do it.
REACTION_ROOTS = frozenset({"01", "02", "09", "10", "11", "12"})
# Named entities whose codes are remembered for later references ("both sides", "the country").
REMEMBERED_ENTS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Coder:
    """Everything the event coder needs, loaded once per process and then shared."""

    verbs: VerbLexicon
    ontology: Ontology
    actors: ActorLexicon
    gazetteer: Gazetteer | None = None  # None: events get no location

    @property
    def lexicon_version(self) -> str:
        """One string naming every lexicon that coded an event."""
        return (
            f"verbs:{self.verbs.version}+actors:{self.actors.version}+cameo:{self.ontology.version}"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    article: Article
    doc: Doc
    memory: ActorMemory
    context: str
    places: ArticlePlaces | None = None
    place_counts: Mapping[str, int] = field(default_factory=dict)  # see placement.place_counts
    ents: tuple[Span, ...] = ()  # the Doc's entities, built once: Doc.ents makes new Spans


def _names_an_actor(coder: Coder, head: Token, ctx: _Context) -> bool:
    """Whether an object's common-noun head is itself an actor word ("officials", "troops").

    Subjects are trusted (news makes actors the subjects of clauses, "Palestinian bombers"),
    and "thousands of Kurds" is judged by the noun after "of".
    """
    if head.pos_ != "NOUN" or head.dep_ in ("nsubj", "nsubjpass"):
        return True
    if head.lemma_.lower() in PERSON_HEADS:  # "South Korean army officers"
        return True
    if head.lemma_.lower() in PARTITIVES:
        inner = next((o for c in head.children if c.lower_ == "of" for o in c.children), None)
        return inner is None or _names_an_actor(coder, inner, ctx)
    return bool(resolve_actors(coder.actors, head.text, date=ctx.article.date))


def _mentions(
    coder: Coder,
    head: Token | None,
    ctx: _Context,
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
        # "arresting 12": a bare count of people acted on
        people = ActorCode(country=None, sector="CVL", name=None, matched=head.text, rule="count")
        return (_mention(people, ctx.doc[head.i : head.i + 1], whole=True),)
    start, end = phrase_bounds(head, core=core)
    span = ctx.doc[start:end]
    codes = resolve_actors(
        coder.actors, span.text, date=ctx.article.date, context=ctx.context, memory=ctx.memory
    )
    if not any(c.country for c in codes):
        respelt = _respelt(coder, span)
        if respelt is not None:  # "Ethopia has agreed": read as the country it misspells
            codes = resolve_actors(
                coder.actors, respelt, date=ctx.article.date, context=ctx.context,
                memory=ctx.memory,
            )
    # "an Australian ultimatum" points at Australia, but "military aid" is nobody: a thing
    # stands for an actor only through a name in it, never through context or a sector word.
    named_only = not _names_an_actor(coder, head, ctx)
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
    return tuple(_mention(code, span, whole=len(codes) == 1) for code in codes)


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
        start=start,
        end=end,
        country=code.country,
        sector=code.sector,
        name=code.name,
        org=code.org,
        other_sectors=code.other_sectors,
        rule=code.rule,
    )


def _confidence(
    match: Match,
    recipient: tuple[ActorMention, ...],
    actor: tuple[ActorMention, ...],
    modality: str,
) -> float:
    score = BASE_CONFIDENCE
    if not recipient:
        score -= PENALTY_NO_RECIPIENT
    if any(a.rule == "reference" for a in actor):
        score -= PENALTY_REFERENCE
    if match.head.pos_ in ("NOUN", "PROPN"):
        score -= PENALTY_NOMINAL
    if modality != "asserted":
        score -= PENALTY_MODALITY
    return round(max(score, 0.05), 2)


def event_id(
    doc_id: str,
    sentence_index: int,
    trigger_start: int,
    cameo: str,
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
) -> str:
    """Stable id: the same article coded with the same lexicons gives the same ids."""

    def codes(mentions: tuple[ActorMention, ...]) -> str:
        return ";".join(f"{m.country}/{m.sector}/{m.start}" for m in mentions)

    parties = f"{codes(actor)}>{codes(recipient)}"
    key = f"{doc_id}|{sentence_index}|{trigger_start}|{cameo}|{parties}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _split_symmetric(
    actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...], symmetric: bool
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """ "China and North Korea agreed …": a reciprocal event between a compound actor is a dyad."""
    if symmetric and not recipient and len({a.country for a in actor}) > 1:
        return actor[:1], actor[1:]
    return actor, recipient


def _actor_mentions(coder: Coder, match: Match, ctx: _Context) -> tuple[ActorMention, ...]:
    """The actor; a pronoun or a missing subject takes the subject of the clause above."""
    head = match.actor
    if head is not None and head.pos_ != "PRON":
        return _mentions(coder, head, ctx, sectorless=True)
    if head is None and match.head.pos_ in ("NOUN", "PROPN") and not _subject_does(coder, match):
        return ()
    if head is None and is_passive(match.head):
        pattern = coder.verbs.patterns.get(match.pattern_id)
        moved = match.head.head if is_participle(match.head) else child(match.head, "nsubjpass")
        if pattern is not None and pattern.own_object and moved is not None:
            return _mentions(coder, moved, ctx)  # "UN peacekeepers were pulled out of Bosnia"
        return ()  # "24 people were killed": who killed them is not the clause above's subject
    # "Nigeria announced that it will withdraw": a pronoun may cross into the reporting clause.
    for subject in governing_subjects(match.head, cross_ccomp=head is not None):
        if subject.pos_ != "PRON":
            found = _mentions(coder, subject, ctx)
            if found:
                return found
    return _mentions(coder, head, ctx)  # the pronoun itself, through the article's memory


def _subject_does(coder: Coder, match: Match) -> bool:
    """Whether the subject of the clause above a nominal event is the one doing it.

    "Workers went on strike", "Israel launched an offensive": yes. "The UN condemned the
    attack", "closed its borders because of fighting between X and Y": no; a verb that reacts
    to the event (accuses, rejects, asks for it) or a phrase of cause or time stands between.
    """
    current = match.head
    for _ in range(6):
        if current.dep_ not in NOMINAL_PATH_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.dep_ == "prep" and current.lower_ in CAUSE_PREPS:
            return False
        if current.pos_ in ("VERB", "AUX"):
            patterns = coder.verbs.by_verb.get(current.lemma_.lower(), ())
            # light-verb patterns ("make an appeal") take their sense from their object
            return not any(p.cameo[:2] in REACTION_ROOTS and not p.objects for p in patterns)
    return False


def _searched_recipient(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: _Context
) -> tuple[ActorMention, ...]:
    """A recipient the pattern did not place: the nearest coded noun phrase below the trigger."""
    taken = {i for m in actor for i in range(m.start, m.end)}
    own = {m.country for m in actor}
    trigger = {t.i for t in ctx.doc[match.trigger[0] : match.trigger[1]]}
    exclude = set(range(*phrase_bounds(match.actor))) if match.actor is not None else set()
    roots = [match.head] + ([match.frame] if match.frame is not None else [])
    # "threatened to strike unless Israel withdrew": the condition names the target.
    conditions = match.cameo[:2] == THREAT_ROOT
    for root in roots:
        light = [ctx.doc[i] for i in sorted(trigger) if ctx.doc[i].pos_ == "NOUN" and i != root.i]
        for head in (*light, *object_candidates(root, exclude, trigger, conditions=conditions)):
            if head.idx in taken:
                continue
            found = _mentions(coder, head, ctx, core=True, sectorless=True)
            # "rejected an *Australian* ultimatum" names the other side; the actor's own
            # country on the trigger's noun ("an Israeli offensive") does not.
            # "disperse demonstrators": an agent noun in the trigger is still the recipient.
            if (head.i in trigger and {m.country for m in found} <= own
                    and all(m.sector is None for m in found)):
                continue
            if found:
                return found
    return ()


def _protested_government(cameo: str, actor: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """A protest that names no target is aimed at the protesters' own government.

    The recipient points at the words that gave the country ("*Algerian* students") and says
    by its rule that it was implied, so users can keep or drop such recipients.
    """
    if cameo[:2] != PROTEST_ROOT or not actor or actor[0].sector in ("GOV", None):
        return ()
    first = actor[0]
    if first.country is None or len(first.country) != 3 or first.country in ORG_KINDS:
        return ()
    implied = replace(first, sector="GOV", name=None, org=None, other_sectors=(), rule="implied")
    return (implied,)


def _violence_against_a_thing(match: Match, recipient: tuple[ActorMention, ...]) -> bool:
    """ "slaughtered 6,500 hogs": violence against people (CAMEO 18) needs a person as object."""
    head = match.recipient
    return (
        match.cameo[:2] == PERSON_VIOLENCE_ROOT
        and head is not None
        and head.pos_ == "NOUN"
        and not recipient
    )


def _shared_object(match: Match) -> Match:
    """ "killed and wounded dozens of Palestinians": conjoined verbs share the last one's object."""
    if match.recipient is not None or match.head.pos_ not in ("VERB", "AUX"):
        return match
    queue = [c for c in match.head.children if c.dep_ == "conj"]
    while queue:
        verb = queue.pop(0)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return replace(match, recipient=obj)
        if child(verb, "nsubj", "nsubjpass") is None:  # a conjunct with its own subject stops
            queue.extend(c for c in verb.children if c.dep_ == "conj")
    return match


def _intent_cameo(coder: Coder, cameo: str, modality: str, head: Token) -> str:
    """ "will provide aid" is an intent to aid (AGREE); "would blockade" a threat (THREATEN)."""
    frame = coder.verbs.by_kind.get("commit")
    if frame is None or modality not in INTENT_MODALITIES or cameo[:2] not in INTENT_ROOTS:
        return cameo
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children):
        return cameo  # "Iraq must cooperate" is owed, not promised
    return frame.by_root.get(cameo[:2], cameo)


def _ultimatum_cameo(coder: Coder, match: Match, cameo: str, modality: str) -> str:
    """ "will withdraw its force unless the rebels hold elections": an act announced on a
    condition the other side must meet is a threat, whatever the act itself would be."""
    if modality not in INTENT_MODALITIES or cameo[:2] == THREAT_ROOT:
        return cameo
    heads = [match.head] + ([match.frame] if match.frame is not None else [])
    if not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for head in heads
        for c in head.children
    ):
        return cameo
    frame = coder.verbs.by_kind.get("threaten")
    if frame is None:
        return cameo
    return frame.by_root.get(match.cameo[:2], frame.default)


def _code_match(coder: Coder, match: Match, sent: Span, index: int, ctx: _Context) -> Event | None:
    match = _shared_object(match)
    actor = _actor_mentions(coder, match, ctx)
    nominal = match.head.pos_ in ("NOUN", "PROPN")
    if not actor and match.symmetric and nominal and match.recipient is not None:
        actor = _mentions(coder, match.recipient, ctx)  # "the meeting between X and Y"
        recipient: tuple[ActorMention, ...] = ()
    else:
        recipient = _mentions(coder, match.recipient, ctx, sectorless=True)
    actor, recipient = _split_symmetric(actor, recipient, match.symmetric)
    if _violence_against_a_thing(match, recipient):
        return None
    # "A roadside bomb killed …": the weapon stands for attackers no one names
    arm = weapon(match) if not any(m.country for m in actor) else None
    if arm is not None:
        actor = ()
    if not actor and arm is None and not by_authorities(match):
        return None
    if not recipient:
        recipient = _searched_recipient(coder, match, actor, ctx)
    modality = (
        "asserted" if match.negation_consumed else code_modality(match.head, frame=match.frame)
    )
    cameo = (
        match.cameo
        if match.frame is not None
        else _intent_cameo(coder, match.cameo, modality, match.head)
    )
    cameo = _ultimatum_cameo(coder, match, cameo, modality)
    entry = coder.ontology.cameo(cameo)
    if not entry.codable:
        return None
    when = resolve_event_date(match.head, ctx.article.date, future=modality == "future")
    modality = background_modality(modality, when, ctx.article.date)
    countries = [m.country for m in (*actor, *recipient) if m.country is not None]
    location = (
        None
        if ctx.places is None
        else locate_event(ctx.places, match.head, actor_countries=countries)
    )
    actor = homed(from_places(ethnic_placed(actor, location), ctx.places), ctx.place_counts)
    actor = placed(actor, location, travelling=TRAVELLING_SECTORS) or authorities(match, location)
    if not actor and arm is None:
        return None
    recipient = homed(from_places(ethnic_placed(recipient, location), ctx.places), ctx.place_counts)
    recipient = placed(recipient, location, actor)
    recipient = recipient or _protested_government(cameo, actor)
    if arm is not None:
        actor = unknown_attacker(arm, ctx.places, location)
        if not actor:
            return None
    if not recipient and entry.event_type in REQUIRES_RECIPIENT:
        return None
    event_type, mode = entry.event_type, entry.mode
    pattern = coder.verbs.patterns.get(match.pattern_id)  # None for composed frame matches
    override = pattern.plover_type_mode if pattern is not None else None
    if override is not None and cameo == match.cameo:  # a composed intent keeps its own type
        event_type, mode = override
    doc = ctx.doc
    first, last = doc[match.trigger[0]], doc[match.trigger[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    article = ctx.article
    return Event(
        doc_id=article.doc_id,
        event_id=event_id(article.doc_id, index, start, entry.code, actor, recipient),
        sentence_index=index,
        sentence=sent.text.rstrip(),
        sentence_start=sent.start_char,
        date=when.date,
        date_rule=when.rule,
        date_precision=when.precision,
        location=location,
        event_type=event_type,
        mode=mode,
        context=entry.context,
        cameo=entry.code,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        actor=actor,
        recipient=recipient,
        trigger=TextSpan(text=doc[first.i : last.i + 1].text, start=start, end=end),
        confidence=_confidence(match, recipient, actor, modality),
        lexicon_version=coder.lexicon_version,
        pattern_id=match.pattern_id,
        modality=modality,
    )


def _remember_sentence(coder: Coder, sent: Span, events: list[Event], ctx: _Context) -> None:
    for ev in events:
        for m in (*ev.actor, *ev.recipient):
            ctx.memory.remember(
                ActorCode(
                    country=m.country,
                    sector=m.sector,
                    name=m.name,
                    matched=m.text,
                    rule=m.rule,
                    org=m.org,
                )
            )
    for ent in ctx.ents:  # Span.ents would rebuild every entity of the Doc for each sentence
        if sent.start <= ent.start and ent.end <= sent.end and ent.label_ in REMEMBERED_ENTS:
            for code in resolve_actors(coder.actors, ent.text, date=ctx.article.date):
                if code.country is not None:
                    ctx.memory.remember(code)


def code_article(coder: Coder, article: Article, doc: Doc) -> tuple[Event, ...]:
    """Code every sentence of a parsed article, in document order."""
    places = None if coder.gazetteer is None else extract_places(coder.gazetteer, doc, article)
    ctx = _Context(
        article=article,
        doc=doc,
        memory=ActorMemory(),
        context=article.text[:CONTEXT_CHARS],
        places=places,
        place_counts=place_counts(places),
        ents=doc.ents,
    )
    events: list[Event] = []
    for index, sent in enumerate(doc.sents):
        found = []
        for match in match_sentence(sent, coder.verbs):
            event = _code_match(coder, match, sent, index, ctx)
            if event is not None:
                found.append((depth(match.head), match.head.i, event))
        found.sort(key=lambda item: (item[0], item[1]))
        sentence_events = [item[2] for item in found]
        events.extend(sentence_events)
        _remember_sentence(coder, sent, sentence_events, ctx)
    return tuple(events)
