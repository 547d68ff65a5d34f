"""Code a parsed article into Events: a chain of named stages for every trigger candidate.

find triggers (triggers.py) → parties (parties.py) → framing: modality and CAMEO/PLOVER code
(framing.py) → setting: date and location (here) → placement (placement.py) → the record.
Each stage returns its result or a ``Rejected`` naming the stage and the reason; the outcome
of every candidate is what ``detente code --explain`` prints.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorCode, ActorMemory, resolve_actors
from detente.coding.armed_expulsions import armed_expulsion
from detente.coding.attacked_places import people_of_places
from detente.coding.authorities import article_home
from detente.coding.campaign_senses import reject_campaign
from detente.coding.centring import covers, main_subject, quoted_speaker, remember_subject
from detente.coding.charged_persons import private_persons_acted_on
from detente.coding.coder import ArticleState, Coder
from detente.coding.country_surnames import story_context
from detente.coding.crackdowns import crackdown_target
from detente.coding.culture_senses import reject_honoured
from detente.coding.dates import story_reference, weekday_news
from detente.coding.death_inquiries import reject_routine_inquiry
from detente.coding.exhortation_senses import reject_exhortation
from detente.coding.framing import Framing, civil_violence, frame_event
from detente.coding.headlines import is_title, repair_headline_passives
from detente.coding.historic_present import present_account
from detente.coding.linked_actors import arrest_by_police, reported_speaker_act
from detente.coding.match import Match
from detente.coding.namesakes import namesake_map, seat_finder
from detente.coding.narrative import account_date
from detente.coding.nonevents import reject_organising
from detente.coding.outcome import Rejected
from detente.coding.parties import Parties, find_parties, shared_object
from detente.coding.party_mentions import mentions
from detente.coding.phrase_acronyms import place_countries
from detente.coding.placement import place_counts, place_parties
from detente.coding.plural_antecedents import subject_group
from detente.coding.plural_subjects import plural_subject
from detente.coding.postures import posture_as_told
from detente.coding.predictions import predicted_threat
from detente.coding.press_home import press_home
from detente.coding.pronoun_bodies import note_force_users
from detente.coding.relevance import mark_relevance
from detente.coding.restated import harm_left, restated
from detente.coding.secessions import dated_parties, dated_setting
from detente.coding.senses import reject_hosting
from detente.coding.setting import Setting, modality_cue, set_event
from detente.coding.shared_phrases import note_placed_phrases, with_placed_phrases
from detente.coding.state_groups import uncoded_subjects
from detente.coding.style_adjectives import styled_entity
from detente.coding.syntax import depth, is_to_infinitive
from detente.coding.trace import SentenceTrace, trace_sentence, with_relevance
from detente.coding.travel import (
    reject_home_travel,
    reject_own_forces_visit,
    reject_private_travel,
)
from detente.coding.triggers import scan_sentence
from detente.coding.verb_readings import reject_reading
from detente.coding.verbal_clashes import verbal_clash
from detente.coding.victim_kin import note_victims
from detente.geo.article_place import article_place
from detente.geo.locate import extract_places
from detente.geo.party_place import party_place
from detente.lexicons.english import english
from detente.lexicons.relevance import relevance_lexicon
from detente.records import ActorMention, Article, Event
from detente.records import Span as TextSpan

__all__ = ["Coder", "Outcome", "code_article", "code_match", "event_id"]

# Confidence of a fully coded verb event; each weakness below takes a share off.
BASE_CONFIDENCE = 0.9
PENALTY_NO_RECIPIENT = 0.15
PENALTY_REFERENCE = 0.1  # actor known only through an earlier mention ("the ministry", "they")
PENALTY_NOMINAL = 0.15
PENALTY_MODALITY = 0.1
# How much of the article the actor resolver sees as context for bare roles.
CONTEXT_CHARS = 3000
# Rejections after the parties stage whose parties are still remembered for later sentences.
KEEP_PARTIES = frozenset({"no-event-sense", "same-fact"})
# Named entities whose codes are remembered for later references ("both sides", "the country").
REMEMBERED_ENTS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What became of one trigger candidate: each stage's result, and the event or why not."""

    match: Match
    parties: Parties | None = None
    framing: Framing | None = None
    setting: Setting | None = None
    event: Event | None = None
    rejected: Rejected | None = None


def code_match(
    coder: Coder, match: Match, sent: Span, index: int, ctx: ArticleState
) -> Outcome:
    """Run one trigger candidate through the stages, stopping at the first rejection."""
    match = reported_speaker_act(coder, shared_object(match))
    parties = find_parties(coder, match, ctx)
    if isinstance(parties, Rejected):
        return Outcome(match=match, rejected=parties)
    framing = frame_event(coder, match)
    if isinstance(framing, Rejected):
        return Outcome(match=match, parties=parties, rejected=framing)
    # "host a rally", "coordinate activities": with no party as guest or partner, no event
    unpartnered = reject_hosting(match, parties.recipient) or reject_organising(
        match, parties.recipient
    ) or reject_campaign(match, parties.recipient) or reject_exhortation(match)  # senses13
    unpartnered = unpartnered or reject_reading(match, parties.actor, parties.recipient)  # verbs14
    unpartnered = unpartnered or reject_honoured(match, parties.recipient)  # senses17
    unpartnered = unpartnered or reject_routine_inquiry(  # senses19: "the deaths of hikers"
        match, parties.actor, lambda t: mentions(coder, t, ctx, sectorless=True))
    if unpartnered is not None:
        return Outcome(match=match, parties=parties, rejected=unpartnered)
    framing = posture_as_told(coder, match, framing, parties.recipient)  # claims10
    framing = predicted_threat(coder, match, framing, parties.actor,  # claims12
                               lambda t: mentions(coder, t, ctx, sectorless=True))  # fmt: skip
    framing = arrest_by_police(coder, civil_violence(coder, framing, parties.actor), parties.actor)
    framing = crackdown_target(coder, match, framing, parties.recipient)  # verbs17: "on fraud"
    framing = armed_expulsion(coder, framing, parties.actor, parties.recipient)  # verbs18
    framing = verbal_clash(coder, match, framing, parties.actor, parties.recipient)  # verbs19
    setting = dated_setting(coder, set_event(match, framing, parties, ctx), ctx)
    placed = place_parties(  # mainev17: a phrase the sentence placed before keeps its country
        match, with_placed_phrases(parties, ctx.placed_phrases), framing.entry,
        setting.location, ctx, modality=setting.modality,
    )
    if isinstance(placed, Rejected):
        return Outcome(
            match=match, parties=parties, framing=framing, setting=setting, rejected=placed
        )
    # actors9: South Sudan's land before July 2011 was Sudan's
    placed = dated_parties(
        coder.actors, placed, setting.when.date or ctx.reference, ctx.article.text
    )
    placed = people_of_places(placed, framing.entry)  # lead12: "shelled the town" hits people
    placed = private_persons_acted_on(placed, framing.entry, ctx.doc)  # verbs17: "Gomez, of Mexico"
    # lead12: no place in the clause; the one country of its named parties, at country level
    force = framing.entry.root in english().codes.force_roots
    location = party_place(
        coder.gazetteer, setting.location, placed.actor, placed.recipient, force=force)
    location = article_place(  # lead17: a local story's own town for events it does not place
        ctx.places, location, (*placed.actor, *placed.recipient), ctx.home,
        text=ctx.article.text, unaimed_force=force and not placed.recipient)
    setting = replace(setting, location=location)
    home = reject_home_travel(match, placed) or reject_private_travel(match, placed)  # verbs11
    home = home or reject_own_forces_visit(match, placed)  # senses20: "visited his soldiers"
    if home is not None:
        return Outcome(match=match, parties=placed, framing=framing, setting=setting, rejected=home)
    event = record_event(coder, match, sent, index, ctx, placed, framing, setting)
    return Outcome(match=match, parties=placed, framing=framing, setting=setting, event=event)


def record_event(
    coder: Coder,
    match: Match,
    sent: Span,
    index: int,
    ctx: ArticleState,
    parties: Parties,
    framing: Framing,
    setting: Setting,
) -> Event:
    """The record stage: an Event with its evidence, offsets and codes."""
    entry = framing.entry
    event_type, mode = entry.event_type, entry.mode
    pattern = coder.verbs.patterns.get(match.pattern_id)  # None for composed frame matches
    override = pattern.plover_type_mode if pattern is not None else None
    if override is not None and entry.code == match.cameo:  # a composed intent keeps its own type
        event_type, mode = override
    doc = ctx.doc
    first, last = doc[match.trigger[0]], doc[match.trigger[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    article, when = ctx.article, setting.when
    actor, recipient = parties.actor, parties.recipient
    return Event(
        doc_id=article.doc_id,
        event_id=event_id(article.doc_id, index, start, entry.code, actor, recipient),
        sentence_index=index,
        sentence=sent.text.rstrip(),
        sentence_start=sent.start_char,
        date=when.date,
        date_rule=when.rule,  # type: ignore[arg-type]
        date_precision=when.precision,  # type: ignore[arg-type]
        location=setting.location,
        event_type=event_type,
        mode=mode,
        context=entry.context,
        cameo=entry.code,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        actor=actor,
        recipient=recipient,
        trigger=TextSpan(text=doc[first.i : last.i + 1].text, start=start, end=end),
        confidence=_confidence(match, recipient, actor, setting.modality),
        lexicon_version=coder.lexicon_version,
        pattern_id=match.pattern_id,
        modality=setting.modality,
        modality_cue=modality_cue(framing, setting),
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


def one_per_fact(outcomes: list[Outcome]) -> list[Outcome]:
    """ "travelled to Nashville for talks with CoreCivic", "denounced the crime, calling it
    strange": an event noun in a prepositional phrase of another event's trigger, or a participle
    hanging on it, of the same type and with the same actor, tells the same fact; it is dropped
    with a named reason and the governing event is kept."""
    coded = [o for o in outcomes if o.event is not None]
    kept = []
    for outcome in outcomes:
        whole = next((o for o in coded if _part_of(outcome, o)), None)
        if whole is None:
            kept.append(outcome)
            continue
        assert whole.event is not None
        detail = f"part of {whole.event.trigger.text!r}"
        kept.append(replace(outcome, event=None,
                            rejected=Rejected(stage="code", reason="same-fact", detail=detail)))
    return kept


def _part_of(part: Outcome, whole: Outcome) -> bool:
    """Whether ``part`` is an event noun inside a prepositional phrase of ``whole``'s trigger, or
    a participle restating it, of the same type and actor."""
    if part.event is None or whole.event is None or part is whole:
        return False
    if _held(part, whole) or _purpose_done(part, whole) or _same_harm(part, whole):
        return True
    if _synonyms(part, whole):
        return True
    noun = part.match.head
    prep = noun.head
    inside = noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == whole.match.head.i
    if not (inside or _restating(part, whole)):
        return False
    same_actor = codes_of(part.event.actor) == codes_of(whole.event.actor)
    return part.event.event_type == whole.event.event_type and same_actor


def _synonyms(part: Outcome, whole: Outcome) -> bool:
    """ "arrested and detained the protesters": two verbs with one code and one set of parties."""
    assert part.event is not None and whole.event is not None
    a, b = part.event, whole.event
    same_parties = (codes_of(a.actor), codes_of(a.recipient)) == (
        codes_of(b.actor), codes_of(b.recipient))  # fmt: skip
    return restated(part.match.head, whole.match.head, a.cameo == b.cameo, same_parties)


def _held(part: Outcome, whole: Outcome) -> bool:
    """ "would hold an EU-Israel summit", "talks were held": an event noun that is the object of
    a verb coded with the same CAMEO root is the act that verb reports (its modality and parties
    are the verb's), not a second event."""
    noun, verb = part.match.head, whole.match.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return noun.head.i == verb.i and part.match.cameo[:2] == whole.match.cameo[:2]


def _purpose_done(part: Outcome, whole: Outcome) -> bool:
    """ "the committee met to discuss the situation": an act of the same CAMEO code and actor as
    the verb whose purpose it is, is what that verb does (one meeting, not two)."""
    assert part.event is not None and whole.event is not None
    verb = part.match.head
    purpose = verb.dep_ in ("advcl", "xcomp") and is_to_infinitive(verb)
    if not purpose or verb.head.i != whole.match.head.i:
        return False
    same_actor = codes_of(part.event.actor) == codes_of(whole.event.actor)
    return part.event.cameo == whole.event.cameo and same_actor


def _same_harm(part: Outcome, whole: Outcome) -> bool:
    """ "shot and wounded a policeman", "the attack that killed one policeman", "have fought and
    are still fighting": two assaults joined with no subject of their own, or one describing the
    other, where one names the harm the other did (or both are the same verb), are one act. The
    one kept names whom it hit; else the first told."""
    assert part.event is not None and whole.event is not None
    if part.event.event_type != "ASSAULT" or whole.event.event_type != "ASSAULT":
        return False
    a, b = part.match.head, whole.match.head
    if not (_linked_acts(a, b) or _linked_acts(b, a) or harm_left(a, b) or harm_left(b, a)):
        return False
    # "shot and wounded": a means and the harm it did; "killed and wounded dozens": the harms
    # of one attack
    harm = english().senses.harm_verbs
    lemmas = {a.lemma_.lower(), b.lemma_.lower()}
    if len(lemmas) > 1 and not lemmas & harm:
        return False
    hit, other = part.event.recipient, whole.event.recipient
    if hit and other:
        return codes_of(hit) == codes_of(other) and a.i > b.i
    return bool(other) if bool(hit) != bool(other) else a.i > b.i


def _linked_acts(tok: Token, head: Token) -> bool:
    """ "shot and wounded": a bare conjunct of ``head``; "the attack that killed": a relative
    clause on it."""
    if tok.head.i != head.i or tok.i == head.i:
        return False
    if tok.dep_ == "relcl":
        return True
    own = ("nsubj", "nsubjpass")
    return tok.dep_ == "conj" and not any(c.dep_ in own for c in tok.children)


def _restating(part: Outcome, whole: Outcome) -> bool:
    """ "denounced the attack, calling it cowardly": a participle with no subject of its own
    hanging on another trigger says again what that trigger's act says (same type and actor
    are checked by the caller)."""
    verb, head = part.match.head, whole.match.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    # the parser hangs "calling it …" on the trigger or on its object ("denounced the crime")
    hung = verb.head.i == head.i or (verb.head.dep_ == "dobj" and verb.head.head.i == head.i)
    return hung and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def codes_of(mentions: tuple[ActorMention, ...]) -> tuple[tuple[str | None, str | None], ...]:
    """The (country, sector) codes of a side, in a stable order."""
    return tuple(sorted({(m.country, m.sector) for m in mentions}, key=str))


def _remembered_parties(outcomes: list[Outcome]) -> list[tuple[ActorMention, bool]]:
    """Parties of the sentence's events, and of candidates dropped only for their sense or as
    the same fact: "Mayor Freelen agreed that it is a good idea" is no event, but it still tells
    who Freelen is for the sentences after it. Each is paired with whether it is a side to the
    event: the go-between of talks ("Qatar mediated the talks") is no side of them (recip11)."""
    mentions: list[tuple[ActorMention, bool]] = []
    go_between = english().senses.go_between_codes
    for o in outcomes:
        if o.event is not None:
            side = o.event.cameo not in go_between
            mentions += [(m, side) for m in o.event.actor]
            mentions += [(m, True) for m in o.event.recipient]
        elif o.parties is not None and o.rejected is not None and o.rejected.reason in KEEP_PARTIES:
            mentions += [(m, True) for m in (*o.parties.actor, *o.parties.recipient)]
    return mentions


def _remember_sentence(
    coder: Coder, sent: Span, parties: list[tuple[ActorMention, bool]], ctx: ArticleState
) -> None:
    subject = main_subject(sent)  # actors11: "he" continues the subject (centring.py)
    mentions = [m for m, _ in parties]
    for m, side in parties:
        code = ActorCode(
            country=m.country, sector=m.sector, name=m.name, matched=m.text, rule=m.rule,
            org=m.org,
        )  # fmt: skip
        ctx.memory.remember(code, subject=covers(subject, m.start, m.end), party=side)
    remember_subject(subject, any(covers(subject, m.start, m.end) for m in mentions), lambda text:
                     resolve_actors(coder.actors, text, date=ctx.article.date, memory=ctx.memory),
                     ctx.memory)  # fmt: skip
    speaker = quoted_speaker(sent) if subject is None else None  # mainev15
    remember_subject(speaker, any(covers(speaker, m.start, m.end) for m in mentions), lambda text:
                     resolve_actors(coder.actors, text, date=ctx.article.date, memory=ctx.memory),
                     ctx.memory, speaker=True)  # fmt: skip
    for ent in ctx.ents:  # Span.ents would rebuild every entity of the Doc for each sentence
        if (sent.start <= ent.start and ent.end <= sent.end and ent.label_ in REMEMBERED_ENTS
                and not styled_entity(ent)):  # lead18: "an Italian grocery store"
            for code in resolve_actors(coder.actors, ent.text, date=ctx.article.date,
                                       places=ctx.memory.places):  # actors12: "Nenagh MDC"
                if code.country is not None:
                    ctx.memory.remember(code)
    ctx.memory.note_group(subject_group(sent, lambda text: resolve_actors(
        coder.actors, text, date=ctx.article.date, context=ctx.context, memory=ctx.memory)))
    ctx.memory.note_plural_subject(plural_subject(sent, lambda text: resolve_actors(  # claims20
        coder.actors, text, date=ctx.article.date, context=ctx.context, memory=ctx.memory)))
    blocked = uncoded_subjects(sent, lambda text: resolve_actors(
        coder.actors, text, date=ctx.article.date, context=ctx.context, memory=ctx.memory))
    for code in blocked:  # actors8: "Twenty countries expelled … They": no coded party
        ctx.memory.block(code)
    ctx.memory.close_sentence()


def article_state(coder: Coder, article: Article, doc: Doc) -> ArticleState:
    """A fresh article's state: its places, an empty memory, the context for bare roles."""
    gazetteer = coder.gazetteer
    places = None if gazetteer is None else extract_places(
        gazetteer, doc, article, seat_finder(coder.actors))
    ents = tuple(doc.ents)
    home = article_home(article.text, places, coder.actors.sovereigns)  # actors14
    namesakes = {} if gazetteer is None else namesake_map(
        article.text, places, coder.actors, gazetteer.lookup, home)
    return ArticleState(
        article=article, doc=doc,
        context=story_context(coder, doc, article.text[:CONTEXT_CHARS]),
        memory=ActorMemory(places=place_countries(places),  # actors12
                           home=home if places else None, press=press_home(places)),
        places=places, place_counts=place_counts(places), ents=ents, home=home,
        reference=article.date or story_reference(doc, ents), namesakes=namesakes,
        weekday_news=article.date is None and weekday_news(article.text, doc, ents),
    )  # fmt: skip


def _coded_in_order(
    coder: Coder, matches: Sequence[Match], sent: Span, index: int, ctx: ArticleState
) -> list[Outcome]:
    """Each candidate coded in the sentence's order; who used force is noted at once, so that
    "the missiles fired by the army struck a depot" has its missiles' user (actors12)."""
    outcomes = []
    for match in matches:
        outcome = code_match(coder, match, sent, index, ctx)
        note_force_users((outcome,), ctx.memory)
        note_placed_phrases((outcome.event,), ctx.placed_phrases)
        if outcome.event is not None:
            note_victims((outcome.event,), ctx)  # recip20: whose kin "the victims' families" are
        outcomes.append(outcome)
    return outcomes


def code_article(
    coder: Coder, article: Article, doc: Doc, *, trace: list[SentenceTrace] | None = None
) -> tuple[Event, ...]:
    """Code every sentence of a parsed article, in document order.

    With ``trace`` (a list), every sentence's candidates and their outcomes are appended to it.
    """
    ctx = article_state(coder, article, doc)
    events: list[Event] = []
    first_traced = len(trace) if trace is not None else 0
    for index, sent in enumerate(doc.sents):
        title = index == 0 and is_title(sent, article.title)
        repair_headline_passives(sent, coder.verbs, title=title)  # "Man arrested": read active
        scan = scan_sentence(sent, coder.verbs)
        outcomes = one_per_fact(_coded_in_order(coder, scan.matches, sent, index, ctx))
        coded = sorted(
            (o for o in outcomes if o.event is not None),
            key=lambda o: (depth(o.match.head), o.match.head.i),
        )
        sentence_events = [o.event for o in coded if o.event is not None]
        events.extend(sentence_events)
        if trace is not None:
            trace.append(trace_sentence(coder, sent, index, outcomes, scan.skipped))
        _remember_sentence(coder, sent, _remembered_parties(outcomes), ctx)
        ctx.narrative.told = account_date(
            sent, article.date, weekday_style=ctx.weekday_news, carried=ctx.narrative.told
        )
        ctx.narrative.present = present_account(  # senses19: "In 1993, police arrest him."
            sent, article.date, weekday_style=ctx.weekday_news, carried=ctx.narrative.present
        )
    marked = mark_relevance(relevance_lexicon(), article, events)  # the relevance stage
    if trace is not None:
        trace[first_traced:] = with_relevance(trace[first_traced:], marked)
    return marked
