"""Find a sentence's triggers: frames first, then verbs, then event nouns; say why others fail."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.coding.bans import match_ban
from detente.coding.blame import blame_idiom, match_blame, match_to_blame
from detente.coding.complements import VERB_POS
from detente.coding.court_appearances import match_court_appearance
from detente.coding.custody import match_custody
from detente.coding.event_nouns import match_nominalised, match_noun
from detente.coding.failings import match_failing
from detente.coding.frames import FRAME_POS, match_frame
from detente.coding.match import MODIFIER_DEPS, NOUN_POS, Match, match_verb
from detente.coding.means_clauses import hung_means, with_means
from detente.coding.modal_acts import match_obligation, match_refusal
from detente.coding.necessity import match_necessity
from detente.coding.outcome import Reason, Rejected
from detente.coding.people_participles import names_people
from detente.coding.prevented import prevented_acts
from detente.coding.torture_deaths import match_torture_death
from detente.coding.wished_acts import match_wish
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """A word the lexicons know as a trigger that gave no candidate here, and why."""

    token: Token
    rejected: Rejected


@dataclass(slots=True, kw_only=True)
class TriggerScan:
    """The trigger candidates of one sentence, in the order they were found."""

    matches: list[Match] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    consumed: dict[int, Reason] = field(default_factory=dict)  # verbs another trigger governs
    light_objects: set[int] = field(default_factory=set)  # nouns inside a trigger

    def skip(self, token: Token, reason: Reason) -> None:
        self.skipped.append(
            Skipped(token=token, rejected=Rejected(stage="triggers", reason=reason))
        )


def match_sentence(sent: Span, lexicon: VerbLexicon) -> list[Match]:
    """Every trigger in the sentence; a frame consumes its complement verb."""
    return scan_sentence(sent, lexicon).matches


def scan_sentence(sent: Span, lexicon: VerbLexicon) -> TriggerScan:
    """Every trigger in the sentence, and the trigger words that gave none."""
    scan = TriggerScan()
    for act in prevented_acts(sent):  # "barred X from meeting": no meeting happened
        scan.consumed.setdefault(act.i, "prevented-act")
    # the sentence's tokens made once for the three passes (a Span makes new ones each time)
    tokens = list(sent)
    _scan_frames(tokens, lexicon, scan)
    _scan_verbs(tokens, lexicon, scan)
    _scan_nouns(tokens, lexicon, scan)
    return scan


def _scan_frames(tokens: list[Token], lexicon: VerbLexicon, scan: TriggerScan) -> None:
    """ "agreed to meet": the frame and its complement verb make one candidate."""
    for tok in tokens:
        if tok.pos_ in FRAME_POS and tok.lemma_.lower() in lexicon.frames:
            found = match_frame(tok, lexicon)
            if found is not None and found.frame is not None:
                scan.matches.append(found)
                scan.consumed.setdefault(tok.i, "complement-of-frame")
                scan.consumed.setdefault(found.frame.i, "complement-of-frame")
                scan.light_objects.update(found.absorbed)
                _consume_frame_means(found, scan)


def _consume_frame_means(found: Match, scan: TriggerScan) -> None:
    """ "urged Peru to end the crisis *by withdrawing*": how a requested or alleged act is to
    be done is part of what is asked or alleged (coding/means_clauses.py)."""
    assert found.frame is not None
    codes = english().codes
    reason: Reason | None = None
    if found.cameo[:2] in codes.request_roots:
        reason = "requested-act"
    elif found.cameo[:2] in codes.accusation_roots:
        reason = "alleged-act"
    if reason is None:
        return
    for i in with_means(found.frame.doc, {found.frame.i}) - {found.frame.i}:
        scan.consumed.setdefault(i, reason)


def _not_an_act(tok: Token) -> Reason | None:
    """A verb form used as another part of speech: a participle modifying a noun, or one
    standing for people ("the injured were taken to hospital", claims18)."""
    if tok.dep_ in MODIFIER_DEPS:
        return "modifier"
    # lead26: "the island remains fatality free": a verb's bare adjective tells a state
    if tok.tag_ == "JJ" and tok.lower_ in english().senses.state_adjectives:
        return "no-event-sense"
    return "people-noun" if names_people(tok) else None


def _scan_verbs(tokens: list[Token], lexicon: VerbLexicon, scan: TriggerScan) -> None:
    """Verbs and predicate adjectives: obligations, verb patterns, announced acts."""
    heads = {m.head.i for m in scan.matches}
    for tok in tokens:
        pos = tok.pos_
        predicate = pos == "ADJ" and tok.dep_ == "acomp"  # "is opposed to", "is hostile to"
        if not (pos in VERB_POS or predicate or _verb_tagged_noun(tok)):
            continue
        # auxiliaries ("has heeded") are never triggers themselves: no need to explain them
        known = tok.lemma_.lower() in lexicon.by_verb and tok.dep_ not in ("aux", "auxpass")
        if tok.i in scan.consumed:
            if known and tok.i not in heads:
                scan.skip(tok, scan.consumed[tok.i])
            continue
        unused = _not_an_act(tok)
        if unused is not None:
            if known:
                scan.skip(tok, unused)
            continue
        if blame_idiom(tok) is not None:  # claims12: "Mordor is to blame", no act of Mordor's
            found = match_to_blame(tok, lexicon)
            if found is None:
                scan.skip(tok, "judged-party")
            else:
                scan.matches.append(found)
            continue
        found = (
            match_obligation(tok, lexicon)
            or match_wish(tok, lexicon)  # lead20: "want X to resign"
            or match_necessity(tok, lexicon)
            or match_court_appearance(tok, lexicon)
            or match_custody(tok, lexicon)
            or match_torture_death(tok, lexicon)  # mainev12
            or match_refusal(tok, lexicon)
            or match_verb(tok, lexicon)
            or match_nominalised(tok, lexicon)
            or match_blame(tok, lexicon)
            or match_failing(tok, lexicon)  # mainev9
            or match_ban(tok, lexicon)  # mainev10
        )
        if found is None:
            if known:
                scan.skip(tok, "no-pattern-fits")
            continue
        scan.matches.append(found)
        scan.light_objects.update(range(found.trigger[0], found.trigger[1]))
        # "called X to congratulate him": the call's errand; "appeared in court charged with
        # theft": one accusation
        for i in found.absorbed:
            scan.consumed.setdefault(i, "complement-of-frame")
        _consume_content(tok, found, scan)


def _verb_tagged_noun(tok: Token) -> bool:
    """ "EU and UN *hand* over supplies to Nigeria": a headline's present verb the tagger read
    as a noun. A noun never takes both a subject and a direct object; a word that does is the
    clause's verb."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


def _consume_content(verb: Token, found: Match, scan: TriggerScan) -> None:
    """What a request asks for and what an accusation alleges are not coded as done."""
    codes = english().codes
    if found.cameo[:2] in codes.request_roots:
        for i in with_means(verb.doc, _complement_verbs(verb)):
            scan.consumed.setdefault(i, "requested-act")
    if found.cameo[:2] in codes.accusation_roots:
        alleged = with_means(verb.doc, _alleged_acts(verb) | hung_means(verb))
        for i in alleged:
            scan.consumed.setdefault(i, "alleged-act")
        _drop_alleged_frames(alleged, scan)
    if found.cameo in codes.denial_codes:
        for i in _denied_allegations(verb):
            scan.consumed.setdefault(i, "alleged-act")
    if found.cameo in codes.claim_codes:
        for i in _complement_verbs(verb):
            scan.consumed.setdefault(i, "claimed-act")


def _drop_alleged_frames(alleged: set[int], scan: TriggerScan) -> None:
    """lead26: "accused the Centre of *refusing to act*", "accused X of threatening to attack": a
    frame found first inside what an accusation alleges is alleged too, and not the accuser's."""
    for found in [m for m in scan.matches if m.frame is not None and m.head.i in alleged]:
        scan.matches.remove(found)
        scan.skip(found.head, "alleged-act")


def _scan_nouns(tokens: list[Token], lexicon: VerbLexicon, scan: TriggerScan) -> None:
    """Event nouns that no light verb took: "X's attack on Y"."""
    reacted = _reacted_to(scan.matches)
    for tok in tokens:
        if (
            tok.pos_ in NOUN_POS
            and tok.i not in scan.light_objects
            and tok.lemma_.lower() in lexicon.by_noun
        ):
            found = match_noun(tok, lexicon)
            if found is None:
                scan.skip(tok, "no-parties")
            elif found.actor is None and tok.i in reacted:
                scan.skip(tok, "reacted-to")
            else:
                scan.matches.append(found)


def _reacted_to(matches: list[Match]) -> set[int]:
    """Tokens in what a statement, appeal or accusation is about ("offered condolences *over
    an attack*", "condemned *the attack*"): a nominal event there is its topic, and with no
    owner of its own it has no actor but the one reacting, who did not do it."""
    roots = english().codes.reaction_roots
    # the reaction's content: its object and complements, and prepositions other than those of
    # cause and time ("refused ... *after* clashes" says when, not what was refused)
    content = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prep")
    background = english().words.cause_preps
    return {
        t.i
        for m in matches
        if m.cameo[:2] in roots
        for c in m.head.children
        if c.dep_ in content and c.lower_ not in background
        for t in c.subtree
    }


def _complement_verbs(verb: Token) -> set[int]:
    """Clauses a request governs ("demanded that X leave"): wished for, not reported as done."""
    return {c.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERB_POS}


def _alleged_acts(verb: Token) -> set[int]:
    """ "accused the LTTE of *using* civilians as shields", "blamed X for *attacking*": what an
    accusation alleges is its content, not an event the text reports."""
    preps = english().words.allegation_preps
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused X of" either way
    alleged = [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ in ("pcomp", "pobj") and obj.pos_ in VERB_POS
    ]
    # claims14: "accused X of backing *and funding* the rebels": each conjoined act alleged,
    # also when the parser hung the second gerund on the accusing verb (no finite verb of its
    # own there: "accused X of backing and *funded* them" would be)
    opening = [p.i for p in verb.children if p.dep_ == "prep" and p.lower_ in preps]
    first = min(opening, default=None)
    joined = [c for obj in alleged for c in obj.children if c.dep_ == "conj" and c.pos_ in VERB_POS]
    if first is not None:
        joined += [c for c in verb.children if _gerund_conjunct(c) and c.i > first]
    return {t.i for t in (*alleged, *joined)}


def _gerund_conjunct(tok: Token) -> bool:
    """A bare gerund joined as a conjunct: no subject or auxiliary of its own."""
    own = ("nsubj", "nsubjpass", "aux", "auxpass")
    return tok.dep_ == "conj" and tok.tag_ == "VBG" and not any(c.dep_ in own for c in tok.children)


def _denied_allegations(verb: Token) -> set[int]:
    """ "denied charges *that it suspended* an official", "rejected accusations *that a deal
    allowing* …": what a denied allegation says was done is the allegation, not a reported event."""
    nouns = english().words.allegation_nouns
    return {
        t.i
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in nouns
        for clause in obj.children
        if clause.dep_ in ("acl", "ccomp") and clause.pos_ in VERB_POS
        for t in clause.subtree
        if t.pos_ in VERB_POS
    }
