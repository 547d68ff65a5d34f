"""Acts named by nouns: an announced act ("announced the suspension of links") and event
nouns with their parties ("X's attack on Y")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.complements import responsible_party
from detente.coding.handled_requests import is_request, request_handler
from detente.coding.match import (
    MAX_LIGHT_GAP,
    Match,
    actor_of,
    carries_modifier,
    find_recipient,
)
from detente.coding.named_events import named_event
from detente.coding.syntax import child, prep_objects
from detente.lexicons.verbs import VerbLexicon


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
        recipient = find_recipient(noun, specs, light)
        if recipient is None and light is None and "dobj" in pattern.recipient:
            recipient = inner
        close = 0 < noun.i - verb.i <= MAX_LIGHT_GAP
        return Match(
            head=verb,
            trigger=(verb.i if close else noun.i, noun.i + 1),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=actor_of(verb),
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
    """Nominal events: "X's attack on Y", "the meeting between X and Y"; never the noun of a
    past event's proper name ("the Armenian Genocide")."""
    if named_event(noun):
        return None
    for pattern in lexicon.by_noun.get(noun.lemma_.lower(), ()):
        if pattern.object_modifiers and not carries_modifier(noun, pattern.object_modifiers):
            continue
        owner = (child(noun, "poss") or _nominal_owner(noun)) if pattern.owner_acts else None
        if owner is not None and owner.lemma_.lower() in pattern.object_modifiers:
            owner = None  # "Missile strikes" opening a sentence: the weapon, not a party
        actor = owner or next(prep_objects(noun, "by"), None) or responsible_party(noun)
        recipient = find_recipient(noun, pattern.recipient, None)
        recipient = recipient or request_handler(noun, pattern.cameo)  # mainev9
        if recipient is None and pattern.symmetric:
            recipient = _verb_phrase_partner(noun, pattern.recipient)
        if actor is None and recipient is None:
            if pattern.object_modifiers:
                return None  # the modifier settled the sense ("air strikes"): no other reading
            continue
        if recipient is None and pattern.recipient_required:
            continue  # "the council's April 6 meeting": a sitting of one body, nobody met
        return Match(
            head=noun,
            trigger=(noun.i, noun.i + 1),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=actor,
            recipient=recipient,
            symmetric=pattern.symmetric,
            # an act owned by its own phrase codes only with a party acted on (mainev12)
            needs_recipient=pattern.recipient_required
            and (is_request(pattern.cameo) or pattern.owner_required),
        )
    return None


def _verb_phrase_partner(noun: Token, specs: tuple[str, ...]) -> Token | None:
    """ "scheduled a meeting *with the governor*": the parser often hangs the partner's phrase on
    the verb whose direct object the event noun is; it still names the noun's partner (for
    acts done with someone; "endorsed the invasion *on* Iraq" makes no invader of the endorser)."""
    if noun.dep_ != "dobj":
        return None
    preps = tuple(spec for spec in specs if spec not in ("dobj", "dative"))
    return find_recipient(noun.head, preps, None) if preps else None
