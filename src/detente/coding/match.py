"""Match verb patterns and frames against one parsed sentence; no actor coding here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.coding.complements import (
    FOR_TO_MARK,
    VERB_POS,
    as_complement,
    clause_fits,
    complement_fits,
    for_clause_subject,
    for_to_clause,
    purpose_clause,
    responsible_party,
    said_clause_subject,
    small_clause,
)
from detente.coding.syntax import (
    agent_of,
    child,
    has_particle,
    is_participle,
    is_passive,
    is_to_infinitive,
    prep_objects,
    subject_of,
)
from detente.lexicons.english import english
from detente.lexicons.verbs import FrameModel, PatternModel, VerbLexicon

# Frames are verbs ("agreed to") or predicate adjectives ("is willing to").
FRAME_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# Frames a noun carries too ("a promise to disarm", "a refusal to meet"); a request noun ("a call
# to …") is too often something else.
NOMINAL_FRAME_KINDS = frozenset({"commit", "refuse"})
# Frames whose composed event is as mutual as its complement: "agreed to cooperate", "stopped
# cooperating with" (a relation both sides have).
SYMMETRIC_FRAME_KINDS = frozenset({"commit", "halt"})
# An aspectual verb halts an act only when the act is its gerund ("stopped selling arms").
GERUND_TAG = "VBG"
# A participle used as an adjective ("its long-threatened invasion") is no event of its own.
MODIFIER_DEPS = frozenset({"amod", "compound"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# A frame's trigger text runs to its complement verb only when they are this close
# ("agreed to work"); farther apart ("agreed in principle on Saturday to provide") the
# frame verb alone is the trigger, so the evidence span stays readable.
MAX_FRAME_GAP = 3
# Likewise a light verb's trigger runs to its object noun only when it is near ("imposed new
# sanctions"), not across "seized their 3,000 kilos of rotten meat".
MAX_LIGHT_GAP = 4
# The recipient place of a protest said: the subject of the report it closes or states.
SAID_SPEC = "said"
# CAMEO root of statements, which are coded to be dropped ("pleaded not guilty" too).
STATEMENT_ROOT = "01"
# Entity labels under which a capitalised word still names a thing acted on ("the Paris
# *Agreement*", "the Patriot *Act*"); under others it names a party, place or product ("seized
# Quezon *City*", "received the Trade *Mission*", "struck a Honda *Accord*").
THING_ENTITIES = frozenset({"", "EVENT", "LAW", "WORK_OF_ART"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """A trigger found in a sentence, with the tokens that head its actor and recipient."""

    head: Token
    trigger: tuple[int, int]  # token range [start, end)
    pattern_id: str
    cameo: str
    actor: Token | None
    recipient: Token | None
    symmetric: bool
    frame: Token | None = None
    negation_consumed: bool = False
    absorbed: tuple[int, ...] = ()  # tokens of a composed inner event, not to be coded again
    # An imported (PETRARCH) pattern codes only from a source to a target, as PETRARCH does:
    # with no recipient its verb is too general to stand alone ("came to", "appeared in court").
    needs_recipient: bool = False


def _is_negated(token: Token) -> bool:
    negators = english().words.negators
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negators) or _no_longer(c)
        for c in token.children
    )


def _no_longer(adverb: Token) -> bool:
    """ "will *no longer* tolerate": a negated comparative adverb negates its verb."""
    words = english().words
    return (
        adverb.dep_ == "advmod"
        and adverb.lower_ in words.negated_comparatives
        and any(c.lower_ in words.negators for c in adverb.children)
    )


def _light_object(verb: Token, pattern: PatternModel) -> Token | None:
    """The light object: "held *talks*", "fired dozens of *missiles*", "went on *strike*"."""
    deps = ("dobj", "nsubjpass") if is_passive(verb) else ("dobj",)
    candidates = [c for c in verb.children if c.dep_ in deps]
    if is_participle(verb):  # "peacekeepers *withdrawn* from Arnor"
        candidates.append(verb.head)
    if pattern.particle:  # "went on strike", "put on alert": the particle's object is the noun
        # "provided Gondor with aircraft, vehicles and weapons": each conjunct is a thing given
        # (a direct object's conjuncts are not: "take forests and areas for granted").
        given = list(prep_objects(verb, pattern.particle))
        candidates += [*given, *(c for g in given for c in g.conjuncts if c.i > g.i)]
    for c in candidates:
        if _names_a_party(c):  # "seized Quezon City" names a place, not an act
            continue
        found = _object_itself(c, pattern) or _object_inside(c, pattern)
        if found is not None:
            return found
    return None


def _names_a_party(noun: Token) -> bool:
    """A proper noun that names a party, place or product, not a capitalised common noun.

    Headlines and titles capitalise the thing acted on ("lifted the State of Emergency",
    "signed the Paris Agreement", "received the UAE Ambassador"): such a word is the
    pattern's object when its lemma is one, unless the parser reads it as part of such a name.
    """
    return noun.pos_ == "PROPN" and noun.ent_type_ not in THING_ENTITIES


def _object_itself(noun: Token, pattern: PatternModel) -> Token | None:
    """The noun when it, or its modifier for an effort or carrier noun, is the pattern's object."""
    words = english().words
    lemma = noun.lemma_.lower()
    if lemma in pattern.objects:
        return noun
    # "launched a *mediation* effort", "provided *shelter* materials": the modifier names the act
    # or the thing given.
    carriers = words.effort_nouns | words.carrier_nouns
    if lemma in carriers and any(
        m.dep_ == "compound" and m.lemma_.lower() in pattern.objects for m in noun.children
    ):
        return noun
    return None


def _object_inside(noun: Token, pattern: PatternModel) -> Token | None:
    """The object a quantity ("dozens *of missiles*") or an amount ("$5 million *in aid*") holds."""
    words = english().words
    lemma = noun.lemma_.lower()
    prep = "of" if lemma in words.quantity_nouns else "in" if lemma in words.amount_nouns else None
    if prep is None:
        return None
    inner = next(prep_objects(noun, prep), None)
    if inner is not None and inner.lemma_.lower() in pattern.objects:
        return inner
    return None


def _fits(verb: Token, pattern: PatternModel) -> tuple[bool, Token | None]:
    """Whether the verb meets the pattern's constraints; returns the light object if any."""
    if pattern.when_negated and not _is_negated(verb):
        return False, None
    obj = None
    if pattern.objects:
        obj = _light_object(verb, pattern)
        if obj is None:
            return False, None
        if pattern.object_modifiers and not any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in pattern.object_modifiers
            for c in obj.children
        ):
            return False, None
    if pattern.particle and not has_particle(verb, pattern.particle):
        return False, None
    if pattern.clause is not None and not clause_fits(verb, pattern.clause):
        return False, None
    if pattern.subjects and not _subject_fits(verb, pattern.subjects):
        return False, None
    if pattern.as_nouns:
        comp = as_complement(verb)
        if comp is None or not complement_fits(comp, pattern.as_nouns):
            return False, None
        if child(comp, "neg") and not pattern.cameo.startswith(STATEMENT_ROOT):
            return False, None  # "found him *not* guilty" acquits; a plea stays a statement
    return True, obj


def _subject_fits(verb: Token, words: tuple[str, ...]) -> bool:
    """The subject is one of the words, carries one ("peacekeeping troops"), or counts one
    ("the first deployment of peacekeepers", "dozens of peacekeepers")."""
    subject = subject_of(verb)
    if subject is None:
        return False
    near = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))]
    near += list(prep_objects(subject, "of"))
    near += [c for n in near[-1:] for c in n.children if c.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in words for t in near)


def _find_recipient(token: Token, specs: tuple[str, ...], light: Token | None) -> Token | None:
    """The first phrase head found at the places the pattern lists, in order."""
    for spec in specs:
        found = _recipient_at(token, spec, light)
        if found is not None:
            return found
    return None


def _recipient_at(token: Token, spec: str, light: Token | None) -> Token | None:
    """The phrase head at one place a pattern names: dobj, dative or a preposition."""
    if spec == "dobj" and is_participle(token):
        return token.head if light is None or token.head.i != light.i else None
    if spec == "dobj":
        deps = ("nsubjpass",) if is_passive(token) else ("dobj",)
        return next(
            (c for c in token.children if c.dep_ in deps and (light is None or c.i != light.i)),
            None,
        )
    if spec == "dative":
        return next((c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    if spec == SAID_SPEC:
        return said_clause_subject(token)
    if spec == "by" and is_passive(token):
        return None  # "was opposed by China": the agent is the actor
    found = next(prep_objects(token, spec), None)
    if found is None and light is not None:
        found = next(prep_objects(light, spec), None)
    if found is None and spec == FOR_TO_MARK:
        found = for_clause_subject(token if light is None else light, token)
    return found




def _actor_of(verb: Token) -> Token | None:
    return agent_of(verb) if is_passive(verb) else subject_of(verb)


def _verb_lemmas(verb: Token) -> tuple[str, ...]:
    """ "test-fired" is parsed as "test" "-" "fired": try the lemma "test-fire" before "fire"."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].head.i == verb.i:
        return (f"{doc[verb.i - 2].lower_}-{lemma}", lemma)
    return (lemma,)


def _stative_object(verb: Token) -> Token | None:
    """ "Israel is opposed to the plan": a passive form that states the subject's own stance."""
    prep = english().words.stative_passives.get(verb.lemma_.lower())
    if prep is None or not is_passive(verb) or agent_of(verb) is not None:
        return None
    return next(prep_objects(verb, prep), None)


def _match_stative(verb: Token, obj: Token, patterns: Iterable[PatternModel]) -> Match | None:
    """Code "X is opposed to Y" as the active "X opposes Y", "X were engaged in Y" likewise."""
    prep = english().words.stative_passives[verb.lemma_.lower()]
    for pattern in patterns:
        if pattern.particle not in (None, prep) or pattern.as_nouns or pattern.when_negated:
            continue
        light = obj if obj.lemma_.lower() in pattern.objects else None
        if pattern.objects and light is None:
            continue
        if light is None:
            recipient: Token | None = obj
        else:
            specs = tuple(spec for spec in pattern.recipient if spec != "dobj")
            recipient = _find_recipient(verb, specs, light)
        close = light is not None and 0 < light.i - verb.i <= MAX_LIGHT_GAP
        return Match(
            head=verb,
            trigger=(verb.i, (light.i if close and light is not None else verb.i) + 1),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=child(verb, "nsubjpass"),
            recipient=recipient,
            symmetric=pattern.symmetric,
        )
    return None


def match_verb(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """The most specific verb pattern the token satisfies, with its actor and recipient."""
    patterns = (p for lemma in _verb_lemmas(verb) for p in lexicon.by_verb.get(lemma, ()))
    stative = _stative_object(verb)
    if stative is not None:
        return _match_stative(verb, stative, patterns)
    for pattern in patterns:
        ok, light = _fits(verb, pattern)
        if not ok:
            continue
        recipient = _find_recipient(verb, pattern.recipient, light)
        if recipient is None and pattern.as_nouns:
            clause = small_clause(verb)  # "found *Nielsen* guilty": the clause's subject
            recipient = child(clause, "nsubj") if clause is not None else None
        imported = pattern.source is not None
        if imported and recipient is None:
            continue  # PETRARCH's target: a phrase at one of the pattern's recipient places
        if pattern.recipient_required and (recipient is None or recipient.pos_ not in NOUN_POS):
            continue  # "contributed to widening the gap": an act, not a party, receives
        close = light is not None and 0 < light.i - verb.i <= MAX_LIGHT_GAP
        end = (light.i if close and light is not None else verb.i) + 1
        return Match(
            head=verb,
            trigger=(verb.i, end),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=_actor_of(verb),
            recipient=recipient,
            symmetric=pattern.symmetric,
            negation_consumed=pattern.when_negated,
            needs_recipient=imported or pattern.recipient_required,
        )
    return None


def _announced_act(verb: Token, lexicon: VerbLexicon) -> tuple[Token, str] | None:
    """The action noun an announcing verb takes as its object, and the verb it stands for."""
    if verb.lemma_.lower() not in lexicon.announcers:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    lemma = lexicon.nominalisations.get(noun.lemma_.lower())
    return (noun, lemma) if lemma is not None else None


def match_nominalised(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Italy announced a suspension of air links with Serbia": coded as "suspended air links".

    The announcing verb's object noun stands for a pattern verb; its "of" phrase is the light
    object (or the recipient of a pattern without one).
    """
    act = _announced_act(verb, lexicon)
    if act is None:
        return None
    noun, lemma = act
    inner = next(prep_objects(noun, "of"), None)
    for pattern in lexicon.by_verb.get(lemma, ()):
        if pattern.particle or pattern.as_nouns or pattern.when_negated:
            continue
        light = inner if inner is not None and inner.lemma_.lower() in pattern.objects else None
        if pattern.objects and light is None:
            continue
        specs = tuple(spec for spec in pattern.recipient if spec != "dobj")
        recipient = _find_recipient(noun, specs, light)
        if recipient is None and light is None and "dobj" in pattern.recipient:
            recipient = inner
        close = 0 < noun.i - verb.i <= MAX_LIGHT_GAP
        return Match(
            head=verb,
            trigger=(verb.i if close else noun.i, noun.i + 1),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=_actor_of(verb),
            recipient=recipient,
            symmetric=pattern.symmetric,
        )
    return None


def _nominal_owner(noun: Token) -> Token | None:
    """The named modifier of an event noun: "*Palestinian* riots", "*Israeli* air strikes"."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.i < noun.i and c.text[:1].isupper()
        ),
        None,
    )


def match_noun(noun: Token, lexicon: VerbLexicon) -> Match | None:
    """Nominal events: "X's attack on Y", "the meeting between X and Y"."""
    for pattern in lexicon.by_noun.get(noun.lemma_.lower(), ()):
        owner = (child(noun, "poss") or _nominal_owner(noun)) if pattern.owner_acts else None
        actor = owner or next(prep_objects(noun, "by"), None) or responsible_party(noun)
        recipient = _find_recipient(noun, pattern.recipient, None)
        if actor is None and recipient is None:
            continue
        return Match(
            head=noun,
            trigger=(noun.i, noun.i + 1),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=actor,
            recipient=recipient,
            symmetric=pattern.symmetric,
        )
    return None


def _frame_for(verb: Token, lexicon: VerbLexicon) -> FrameModel | None:
    for frame in lexicon.frames.get(verb.lemma_.lower(), ()):
        if frame.particle is None or has_particle(verb, frame.particle):
            return frame
    return None


def _frame_complement(verb: Token, frame: FrameModel) -> Token | None:
    """The verb a frame governs: "agreed *to meet*", or a noun's "a promise *to disarm*"."""
    if verb.pos_ == "NOUN":
        if frame.kind not in NOMINAL_FRAME_KINDS:
            return None
        comp = next((c for c in verb.children if c.dep_ == "acl" and is_to_infinitive(c)), None)
    else:
        comp = child(verb, "xcomp") or _requested_clause(verb, frame)
        if comp is None and frame.kind == "request" and not is_passive(verb):
            comp = for_to_clause(verb)  # "called for Israel to withdraw"
        if frame.kind == "purpose":
            comp = purpose_clause(verb)
    if comp is not None and frame.kind == "halt" and comp.tag_ != GERUND_TAG:
        return None  # "stopped to talk to reporters": a purpose, not the talk stopped
    return comp if comp is not None and comp.pos_ in VERB_POS else None


def _requested_clause(verb: Token, frame: FrameModel) -> Token | None:
    """ "called on Arnor *to lift* the ban", "asked the guild, the hall's owner, *to end* it": the
    parser often attaches a request's infinitive as an adverbial clause; after an addressee it is
    still what is asked for."""
    if frame.kind != "request" or is_passive(verb):
        return None  # "a vote was called by X to end …": nobody is asked
    addressee = _find_recipient(verb, frame.recipient, None)
    if addressee is None:
        return None
    if addressee.dep_ == "dobj" and verb.lemma_.lower() in english().words.summon_verbs:
        return None  # "called the envoy to discuss it": a call made for a purpose
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and is_to_infinitive(c) and not _own_subject(c)
        ),
        None,
    )


def match_frame(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """Compose "agreed to meet", "refused to withdraw", "urged X to talk" into one event."""
    frame = _frame_for(verb, lexicon)
    comp = _frame_complement(verb, frame) if frame is not None else None
    if frame is None or comp is None:
        return None
    inner = match_verb(comp, lexicon)
    if frame.only_listed_roots and (inner is None or inner.cameo[:2] not in frame.by_root):
        return None
    cameo = frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default
    if frame.keeps_code and inner is not None and inner.cameo[:2] in frame.by_root:
        cameo = inner.cameo  # "sent a team to investigate" is the investigation
    if frame.kind == "request":
        cameo = as_demand(cameo, verb.lemma_)
        recipient = _find_recipient(verb, frame.recipient, None) or for_clause_subject(verb)
    else:
        recipient = inner.recipient if inner else _find_recipient(verb, ("with",), None)
    end = comp.i + 1 if 0 < comp.i - verb.i <= MAX_FRAME_GAP else verb.i + 1
    return Match(
        head=verb,
        trigger=(verb.i, end),
        pattern_id=f"{frame.id}+{inner.pattern_id}" if inner else frame.id,
        cameo=cameo,
        actor=child(verb, "poss") if verb.pos_ == "NOUN" else _actor_of(verb),
        recipient=recipient,
        symmetric=frame.kind in SYMMETRIC_FRAME_KINDS and (inner is None or inner.symmetric),
        frame=comp,
        absorbed=tuple(range(*inner.trigger)) if inner else (),
    )


def _own_subject(verb: Token) -> bool:
    return child(verb, "nsubj", "nsubjpass") is not None


def as_demand(cameo: str, cue: str) -> str:
    """An appeal told with a demand's word ("Iraq *must* disarm", "*demanded* X withdraw") is a
    demand: CAMEO numbers 10x in parallel with 02x (025 appeal to yield, 105 demand it)."""
    codes = english().codes
    if cue.lower() in english().words.demand_words and cameo[:2] == codes.appeal_root:
        return codes.demand_root + cameo[2:]
    return cameo


def _refusing_aux(verb: Token, lexicon: VerbLexicon) -> Token | None:
    """The "will" of "will not lift the ban", the "can" of "cannot accept refugees" (or the
    reported "said it would not lift")."""
    if not _is_negated(verb):
        return None
    words = english().words
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.speech
    allowed = words.future_aux | (words.refusal_reported_aux if reported else frozenset())
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in allowed), None)


def _refused_by_modal(verb: Token) -> Token | None:
    """The "can" of "cannot accept refugees", "can't lift the blockade"."""
    if not _is_negated(verb):
        return None
    modals = english().words.refusal_modal_aux
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals), None)


def match_refusal(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Israel will not lift the embargo": a concession announced as never to come is a
    rejection now (CAMEO 12: refuse to ease sanctions, release, meet), as "refused to lift"."""
    frame = lexicon.by_kind.get("refuse")
    aux = _refusing_aux(verb, lexicon) if frame is not None else None
    modal = _refused_by_modal(verb) if frame is not None and aux is None else None
    aux = aux if aux is not None else modal
    inner = match_verb(verb, lexicon) if aux is not None else None
    if frame is None or inner is None or inner.cameo[:2] not in frame.by_root:
        return None
    if modal is not None and inner.cameo[:2] not in english().codes.modal_refusal_roots:
        return None  # "cannot attend the summit", "cannot comment": unable, not refusing
    return replace(
        inner,
        trigger=(min(aux.i, inner.trigger[0]), inner.trigger[1]),  # type: ignore[union-attr]
        pattern_id=f"refusal+{inner.pattern_id}",
        cameo=frame.by_root[inner.cameo[:2]],
        negation_consumed=True,
    )


def obligation_modal(verb: Token) -> Token | None:
    """The modal of obligation on a verb ("must return"), if any."""
    modals = english().words.obligation_modals
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals), None)


def _speaker_and_addressee(verb: Token, lexicon: VerbLexicon) -> tuple[Token, Token | None] | None:
    """Who says that someone must act, and to whom: "Russia said Sudan must …", "issued a
    reminder to Iraq that it must …" (a noun of saying speaks through its verb, to its "to")."""
    speaker = verb.head
    addressee = child(verb, "nsubj", "nsubjpass")
    if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in lexicon.speech_nouns:
        said = speaker
        if said.dep_ not in ("dobj", "nsubjpass"):
            return None
        speaker = said.head
        to = next((o for c in speaker.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj"), None)
        return speaker, to or addressee
    if verb.dep_ != "ccomp" or speaker.lemma_.lower() not in lexicon.speech:
        return None
    return speaker, addressee


def _past_duty(verb: Token) -> bool:
    """ "said he should not have been arrested": a duty in the perfect is past; no one can be
    asked to do it now, so the clause tells (or regrets) the act, it is no demand."""
    perfect = english().words.perfect_aux
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and (c.lemma_.lower() in perfect or c.lower_ in perfect)
        for c in verb.children
    )


def match_obligation(verb: Token, lexicon: VerbLexicon) -> Match | None:
    """ "Russia said Sudan must return the helicopter": a request from the speaker to Sudan."""
    frame = lexicon.by_kind.get("request")
    modal = obligation_modal(verb)
    if frame is None or modal is None or verb.dep_ not in ("ccomp", "acl") or _past_duty(verb):
        return None
    parties = _speaker_and_addressee(verb, lexicon)
    if parties is None:
        return None
    speaker, addressee = parties
    inner = match_verb(verb, lexicon)
    cameo = frame.by_root.get(inner.cameo[:2], frame.default) if inner else frame.default
    return Match(
        head=speaker,
        trigger=(modal.i, verb.i + 1),
        pattern_id=f"obligation+{inner.pattern_id}" if inner else "obligation",
        cameo=as_demand(cameo, modal.lower_),
        actor=_actor_of(speaker),
        recipient=addressee,
        symmetric=False,
    )
