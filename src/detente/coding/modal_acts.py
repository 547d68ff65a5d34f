"""Acts told through a modal: a concession announced as never to come ("will not lift the
ban") is a refusal, an act someone "must" do a demand from the one who says so."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.frames import as_demand
from detente.coding.match import Match, actor_of, is_negated, match_verb
from detente.coding.syntax import child
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon


def _refusing_aux(verb: Token, lexicon: VerbLexicon) -> Token | None:
    """The "will" of "will not lift the ban", the "can" of "cannot accept refugees" (or the
    reported "said it would not lift")."""
    if not is_negated(verb):
        return None
    words = english().words
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.speech
    allowed = words.future_aux | (words.refusal_reported_aux if reported else frozenset())
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in allowed), None)


def _refused_by_modal(verb: Token) -> Token | None:
    """The "can" of "cannot accept refugees", "can't lift the blockade"."""
    if not is_negated(verb):
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
    if _duty_of_own(speaker, addressee):
        return None
    return speaker, addressee


def _duty_of_own(speaker: Token, addressee: Token | None) -> bool:
    """ "China said *it* must adopt countermeasures", "we must respond": a duty the speaker
    states for itself asks nothing of anyone; it tells what the speaker means to do. Told to
    someone ("told Sudan it must leave"), the pronoun is the one told."""
    if addressee is None or addressee.lower_ not in english().words.self_duty_pronouns:
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in speaker.children)


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
        actor=actor_of(speaker),
        recipient=addressee,
        symmetric=False,
        # lead23: with no act the lexicon knows, only a party told to act makes it a demand:
        # "both must go together" (a programme and a reform), "peace must prevail" ask no one;
        # a passive duty ("the prisoners must be separated") still asks whoever is to do it
        needs_recipient=inner is None and (addressee is None or addressee.dep_ != "nsubjpass"),
    )
