"""Modality of an event: asserted, negated, hypothetical, future or historical."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.arranged import imminent
from detente.coding.backshift import counterfactual, reported_will
from detente.coding.breach_claims import charged_breach
from detente.coding.claims import asked_by_noun, claimed_by, scheduled_by, unrealised_by
from detente.coding.clause_moods import (
    conditioned,
    mandated,
    object_controller,
    outcome_of,
    permitted,
    wished,
)
from detente.coding.complements import unaddressed_errand
from detente.coding.decisions import decided_act
from detente.coding.denials import denied_by
from detente.coding.descriptions import described_for_ahead, inquired_into
from detente.coding.governed import (
    aimed_by,
    described_earlier,
    described_standing,
    governing_verb,
    occasion_prep,
    sought_by,
    verb_lemma,
)
from detente.coding.habits import frequency, simple_present, tendency
from detente.coding.no_determiners import none_done, none_given
from detente.coding.noun_moods import described_ahead, planned_noun
from detente.coding.periods import earlier_period
from detente.coding.reading import Reading
from detente.coding.standing_states import standing_state
from detente.coding.stretches import long_stretch
from detente.coding.supposed_nouns import supposed_noun
from detente.coding.syntax import clause_verb, is_to_infinitive
from detente.coding.temporal_clauses import temporal_present
from detente.coding.testimony import recounted
from detente.coding.unenacted import unenacted
from detente.lexicons.english import EnglishWords, english

UNDONE = frozenset({"hypothetical", "future"})  # modalities a composed intent is read from
NOUNS = frozenset({"NOUN", "PROPN"})  # parts of speech a relative clause's occasion can be
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # verb forms with a tense of their own
# "not being investigated only by": at most this many words from "not" to "only" in "not only".
NOT_ONLY_GAP = 3


def _chain(trigger: Token, frame: Token | None) -> list[Token]:
    """The trigger and the verbs that govern it through xcomp/conj, up to its clause."""
    tokens = [trigger]
    current = _occurring(trigger) or trigger
    if current is not trigger:
        tokens.append(current)
    while _joined_up(current):
        if _misjoined(current):
            break
        current = current.head
        tokens.append(current)
    if frame is not None and frame not in tokens:
        tokens.append(frame)
    return tokens


def _joined_up(tok: Token) -> bool:
    """Whether a verb's modality is told on its head: an infinitive complement or a conjunct,
    or an adjective after "be" ("is not *able* to attack", "should be *able* to seek")."""
    if tok.head.i == tok.i:
        return False
    return tok.dep_ in ("xcomp", "conj") or (tok.dep_ == "acomp" and tok.pos_ == "ADJ")


def _occurring(trigger: Token) -> Token | None:
    """ "a summit is unlikely to take place", "talks will begin", "the meeting was not held":
    the verb that says whether an event noun takes place tells its modality."""
    verbs = english().senses.occurrence_modal_verbs
    if trigger.pos_ not in NOUNS or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = trigger.head
    if head.i != trigger.i and head.lemma_.lower() in verbs:
        return head
    # "a summit is unlikely to take place": the occurrence verb hangs on the predicate of "be"
    said = (g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp")
    return next((v for v in said if v.lemma_.lower() in verbs), None)


def _participle_adjunct(tok: Token) -> bool:
    """A participle with no subject, auxiliary or conjunction of its own ("asking for")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)


def _misjoined(tok: Token) -> bool:
    """A verb with its own tense cannot share a base form's modal or "to": "would continue to
    build and rejected the claim" tells the rejecting as done; the parser's conj is wrong. Nor
    can it share the negation of a verb in another tense: "representation is not effective …
    and agreed to explore" tells the agreeing as done."""
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS:
        return False
    head = tok.head.tag_
    return head == "VB" or (head in FINITE_TAGS and (head == "VBD") != (tok.tag_ == "VBD"))


def code_modality(trigger: Token, *, frame: Token | None = None) -> str:
    """Classify the event's modality from the auxiliaries and markers of its clause."""
    return read_modality(trigger, frame=frame).modality


def read_modality(trigger: Token, *, frame: Token | None = None) -> Reading:
    """The event's modality and the cue that decided it ("negated: 'not' on 'heeded'")."""
    reading = _read(trigger, frame)
    if reading.modality in UNDONE and not (reading.as_told or reading.aimed):
        controller = object_controller(trigger)
        if controller is not None:
            cue = f"{reading.cue}; what {controller.text!r} would have its object do, no intent"
            return replace(reading, cue=cue, as_told=True)
    return reading


def _read(trigger: Token, frame: Token | None) -> Reading:
    words = english().words
    chain = _chain(trigger, frame)
    children = [c for tok in chain for c in tok.children]
    not_done = _not_done(chain, frame, words)
    not_done = not_done or none_given(trigger) or none_done(trigger)  # claims18: "sent no troops"
    if not_done is not None:
        return _regretted(trigger, chain, words) or not_done
    denied = denied_by(chain, frame, read_modality)  # claims18: "denies it is negotiating"
    if denied is not None:
        return denied
    claim = claimed_by(chain, frame) or unenacted(trigger)  # claims11: a vetoed text's content
    claim = claim or charged_breach(chain)  # backgr1: "says Gondor violated the rules"
    if claim is not None:
        return Reading(modality="hypothetical", cue=claim, as_told=True)
    unrealised = unrealised_by(trigger) or sought_by(trigger) or aimed_by(trigger)
    if unrealised is not None:
        kind, cue = unrealised
        return Reading(modality="hypothetical", cue=cue, aimed=kind == "aimed",
                       as_told=kind != "aimed")  # fmt: skip
    # claims15: a meeting planned, expected or hoped for ("is planned for March", "a summit,
    # which officials hope will take place")
    ahead_noun = planned_noun(trigger) or described_ahead(trigger, read_modality)
    ahead_noun = ahead_noun or supposed_noun(trigger)  # claims17: "an invasion would lead to"
    if ahead_noun is not None:
        return ahead_noun
    # claims10: another's act hoped for, what an outcome verb secures, a main clause under
    # "if", what one is allowed to do (questions are stance_senses.py's)
    mood = wished(trigger, frame) or outcome_of(trigger, read_modality) or mandated(trigger, frame)
    mood = mood or conditioned(chain) or permitted(chain, frame) or _conditional(children, words)
    mood = mood or temporal_present(chain)  # lead18: "when Gondor attacks, we retaliate"
    mood = mood or decided_act(chain, read_modality)  # senses19: "the decision to expel"
    if mood is not None:
        return mood
    able = _ability(children, chain)
    if able is not None:
        return able
    own = [t for t in chain if frame is None or t.i != frame.i]
    aimed = (
        _aimed_at(own, words) or _asked_for(own, frame, words) or _planned(trigger, frame, words)
    )
    if aimed is not None:
        return Reading(modality="hypothetical", cue=aimed, aimed=True)
    ahead = _told_ahead(trigger, chain, children, words)
    if ahead is not None:
        return ahead
    background = (
        _past_perfect(trigger) or _background(chain, words) or _standing_governor(trigger)
        or standing_state(trigger) or recounted(chain)  # claims12: testimony at a hearing
    )  # fmt: skip
    if background is not None:
        return Reading(modality="historical", cue=background)
    adjunct = _modal_of_governor(trigger, words) or imminent(chain) or _inherited(trigger, frame)
    if adjunct is not None:
        return adjunct
    return Reading(
        modality="asserted", cue="no negation, condition, modal or future marker on the clause"
    )


def _conditional(children: list[Token], words: EnglishWords) -> Reading | None:
    """ "if it attacks", "would attack", "whether it attacked": a condition, a modal or an open
    question on the clause (a reported "would" is a shifted "will"). An act in a condition or an
    open question is no intent announced ("a disaster if Gondor released them"): it keeps its
    code."""
    for c in children:
        if c.dep_ == "mark" and c.lower_ in words.conditional_marks:
            return Reading(modality="hypothetical", cue=_cue(c), as_told=True)  # claims10
        if c.dep_ == "aux" and c.lower_ in words.hypothetical_aux:
            reported = reported_will(c)
            if reported is not None:
                return Reading(modality="future", cue=reported, ahead=True)
            if (unreal := counterfactual(c)) is not None:  # claims11: "would have attacked"
                return Reading(modality="hypothetical", cue=unreal, as_told=True)
            return Reading(modality="hypothetical", cue=_cue(c))
    return None


def _told_ahead(
    trigger: Token, chain: list[Token], children: list[Token], words: EnglishWords
) -> Reading | None:
    """An act told as lying ahead: a future auxiliary, a scheduled event noun, or the
    complement of a verb of expecting ("expected to sign") or of intending ("plans to impose",
    "wants Uganda to withdraw")."""
    for c in children:
        if c.dep_ == "aux" and c.lower_ in words.future_aux:
            return Reading(modality="future", cue=_cue(c), ahead=True)
    scheduled = scheduled_by(trigger) or _ahead_adverbial(chain)
    if scheduled is not None:
        return Reading(modality="future", cue=scheduled, ahead=True, as_told=True)
    for tok in chain:
        governor = verb_lemma(tok.head) if tok.dep_ in ("xcomp", "ccomp") else ""
        if tok.dep_ == "ccomp" and not _wished(tok, governor, words):
            continue
        # another party's act wished or expected ("wants Uganda to withdraw") is no intent of it
        # claims15: "Gondor is expected to meet Arnor": others expect it, no intent of Gondor's
        other = tok.dep_ == "ccomp" or _passive_governor(tok)
        if governor in words.future_governors:
            cue = f"complement of {tok.head.text!r}"
            return Reading(modality="future", cue=cue, ahead=True, as_told=other)
        if governor in words.intent_governors:
            cue = f"complement of {tok.head.text!r}: an intent, not an act"
            return Reading(modality="hypothetical", cue=cue, ahead=True, as_told=other)
    return None


def _passive_governor(clause: Token) -> bool:
    """ "is expected to meet", "are hoped to sign": a passive verb of expecting or hoping tells
    what others expect of its subject, not what the subject intends."""
    return clause.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in clause.head.children)


def _ahead_adverbial(chain: list[Token]) -> str | None:
    """ "payments agreed to in the future", "will meet in the coming weeks": a time adverbial
    that points after the telling."""
    phrases = english().senses.ahead_phrases
    for tok in _own_clause(chain):
        for c in tok.children:
            if c.dep_ == "prep" and _phrase(c) in phrases:
                return f"{_phrase(c)!r} on {tok.text!r}: after the telling"
    return None


def _wished(clause: Token, governor: str, words: EnglishWords) -> bool:
    """ "wants Uganda to withdraw", "hopes that Uganda withdraws", "expects Mordor to attack":
    a clause wished for, or an infinitive expected, is not told as done ("expects that it
    rained" is no expectation of an act)."""
    if governor in words.intent_governors:
        return True
    infinitive = is_to_infinitive(clause)
    return infinitive and governor in words.future_governors


def _inherited(trigger: Token, frame: Token | None) -> Reading | None:
    """ "hopes to settle it at its next meeting", "may vote at their meeting", "intends to take
    advantage of his visit": an event noun or gerund in another verb's object or phrase is no
    more done than that verb's act; an occasion ("during", "at") only when that act lies ahead
    ("infected during their trip" may be doubted, the trip not)."""
    governed = governing_verb(trigger)
    if governed is None or (frame is not None and governed[0].i == frame.i):
        return None
    verb, prep = governed
    reading = read_modality(verb)
    if reading.modality not in ("hypothetical", "future"):
        return None
    if occasion_prep(prep) and reading.modality != "future":
        return None
    cue = f"in the clause of {verb.text!r}: {reading.cue}"
    return Reading(modality=reading.modality, cue=cue, ahead=reading.ahead, as_told=True)


def _ability(children: list[Token], chain: list[Token]) -> Reading | None:
    """ "they can seize your house", "police will be able to detain": a modal or adjective of
    ability tells what may be done, no act and no intent announced; the act keeps its own code."""
    senses = english().senses
    able = next((c for c in children if c.dep_ == "aux" and c.lower_ in senses.ability_aux), None)
    able = able or next(
        (
            t
            for t in chain
            if t.dep_ == "acomp"
            and t.lemma_.lower() in senses.ability_adjectives
            and not _managed(t.head)
            and _ahead_adverbial(chain) is None  # "able to attack in the future": ahead
        ),
        None,
    )  # claims13
    if able is None:
        return None
    return Reading(modality="hypothetical", cue=f"{_cue(able)}: an ability", as_told=True)


def _managed(be: Token) -> bool:
    """ "police were able to detain him", "have been able to reach": "be able" told as past
    with no modal says the act was done (managed), not only that it could be."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children)
    return be.tag_ in ("VBD", "VBN") and not modal


def _modal_of_governor(trigger: Token, words: EnglishWords) -> Reading | None:
    """ "will write to the commissioner *asking* for measures": a participle adjunct shares its
    governor's future or conditional modal ("did not come, *citing* illness" cites all the same)."""
    if not _participle_adjunct(trigger):
        return None
    for c in trigger.head.children:
        if c.dep_ == "aux" and c.lower_ in words.future_aux:
            return Reading(modality="future", cue=_cue(c), ahead=True)
        if c.dep_ == "aux" and c.lower_ in words.hypothetical_aux:
            return Reading(modality="hypothetical", cue=_cue(c))
    return None


def _aimed_at(chain: list[Token], words: EnglishWords) -> str | None:
    """An act that is only aimed at: the complement of "tried", "plotted", "plans", or an
    infinitive of purpose ("sent troops to quell …", "a unit set up to investigate", "a plan to
    attack"). None when the act is told as done."""
    for tok in chain:
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.attempt_governors:
            return f"complement of {tok.head.text!r}: attempted, not done"
        infinitive = is_to_infinitive(tok)
        doing = tok.head.lemma_.lower() in english().senses.doing_verbs  # "had done to support"
        if infinitive and tok.dep_ in ("advcl", "acl") and not doing:
            return f"infinitive of purpose {('to ' + tok.text)!r} on {tok.head.text!r}"
        # "calls for the minister to resign", "pressure for troops to withdraw": a for-to
        # clause names what is wanted, however the parser hangs it
        if infinitive and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            return f"wanted act 'for ... to {tok.text}' on {tok.head.text!r}: not done"
    return None


def _asked_for(chain: list[Token], frame: Token | None, words: EnglishWords) -> str | None:
    """An act asked of another party ("advised the chairman to resign", "called on the UN to
    continue to provide aid", "it is imperative that agencies provide aid"): not done. A request
    frame's own complement is left to the frame, which codes the request itself."""
    for tok in chain:
        governor = tok.head
        if frame is not None and governor.i == frame.i:
            continue
        if tok.dep_ == "xcomp" and governor.lemma_.lower() in words.request_governors:
            if (errand := unaddressed_errand(governor)) is not None and errand.i == tok.i:
                continue  # senses18: "called to congratulate him": the call's own errand
            return f"complement of {governor.text!r}: asked of another, not done"
        if (asked := asked_by_noun(tok)) is not None:  # claims12: "the demand that X resign"
            return asked
        needs = [governor, *(c for c in governor.children if c.dep_ == "acomp")]
        if tok.dep_ == "ccomp" and any(
            n.lemma_.lower() in words.necessity_adjectives for n in needs
        ):
            return f"clause required by {governor.text!r}: asked for, not done"
    return None


def _planned(trigger: Token, frame: Token | None, words: EnglishWords) -> str | None:
    """ "plans a series of protests", "plotted an assassination": a verb of planning whose object
    names the act is the pattern's trigger; the act is not done."""
    if frame is None and trigger.lemma_.lower() in words.plan_verbs:
        return f"{trigger.text!r} plans the act its object names: not done"
    return None


def _regretted(trigger: Token, chain: list[Token], words: EnglishWords) -> Reading | None:
    """ "should never have been arrested", "ought not to have attacked": a past duty missed
    presupposes the act; the negation denies its rightness, not that it happened ("... in the
    first place" sets the act before the story)."""
    aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c for c in aux if c.lower_ in english().senses.regret_modals), None)
    perfect = any(_perfect(c) for c in aux) and trigger.tag_ == "VBN"
    if modal is None or not perfect:
        return None
    background = _background(chain, words)
    if background is not None:
        return Reading(modality="historical", cue=background)
    return Reading(modality="asserted", cue=f"past duty missed {_cue(modal)}: the act was done")


def _reported_now(trigger: Token) -> bool:
    """ "police said ten people had been arrested": the past perfect under a reporting verb in
    the past (or in an adverbial clause of what it reports) is the reported present perfect
    shifted back, the news itself."""
    clause = trigger.head if trigger.dep_ == "advcl" else trigger  # "said, while X had done, …"
    governor = clause.head
    reporting = governor.lemma_.lower() in english().senses.reporting_verbs
    return clause.dep_ == "ccomp" and reporting and governor.tag_ == "VBD"


def _past_perfect(trigger: Token) -> str | None:
    """Past perfect ("had attacked", "had been vandalising") marks background told before the
    story's own events, unless it is reported speech shifted back. A bare conjunct shares its
    first verb's "had" ("had accused him and threatened to expel him")."""
    verb = _sharing_first(trigger)
    aux = [c for c in verb.children if c.dep_ == "aux"]
    had = next((c for c in aux if c.lower_ == "had"), None)
    if had is None or _reported_now(verb) or _up_to_a_day(verb):
        return None
    progressive = verb.tag_ == "VBG" and any(c.lower_ == "been" for c in aux)
    # the tagger reads a bare conjunct's participle as a past ("and threatened": VBD)
    shared = verb is not trigger and trigger.tag_ in ("VBN", "VBD")
    if verb.tag_ == "VBN" or progressive or shared:
        return f"past perfect {_cue(had)}"
    return None


def _up_to_a_day(verb: Token) -> bool:
    """ "As of Saturday, police had arrested 20 people", "by Monday they had fled": the perfect
    counts the story's own acts up to one of its days; it tells the news, not background."""
    words = english().words
    days = words.weekdays + tuple(words.day_words)
    preps = (c for c in verb.children if c.dep_ == "prep")
    until = (c for c in preps if c.lower_ in english().senses.until_preps)
    return any(t.lower_ in days for c in until for t in c.subtree)


def _sharing_first(verb: Token) -> Token:
    """The first of verbs joined with no subject or auxiliary of their own ("had accused him and
    threatened …": "accused"), or the verb itself."""
    own = ("nsubj", "nsubjpass", "aux", "auxpass")
    while (
        verb.dep_ == "conj"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in own for c in verb.children)
    ):
        verb = verb.head
    return verb


def _background(chain: list[Token], words: EnglishWords) -> str | None:
    """An act set before the story: dated by "previously", "in the past", or told in the past in
    a relative clause of a present-tense statement ("Mitchell, who negotiated the accord, does
    not draw a salary"; "the coalition that has fought IS since 2014 is concerned")."""
    for tok in _own_clause(chain):
        for c in (*tok.children, *_shared_adjuncts(tok)):
            said = c.lower_ if c.dep_ == "advmod" else _phrase(c) if c.dep_ == "prep" else ""
            if said in words.background_adverbs:
                return f"background adverbial {said!r} on {tok.text!r}"
        standing = _standing(tok) or earlier_period(tok) or long_stretch(tok)  # backgr1
        if standing is not None:
            return standing
        occasion = _earlier_occasion(tok, words)
        if occasion is not None:
            return f"told of an earlier occasion ({occasion!r})"
        described = _described_before(tok, words)
        if described is not None:
            return described
        if described_standing(tok):
            return f"present relative clause {tok.text!r}: what {tok.head.text!r} does as a rule"
    return None


def _described_before(tok: Token, words: EnglishWords) -> str | None:
    """A description of a noun by an earlier act: in a present statement ("Mitchell, who
    negotiated the accord, does not draw a salary"), unless it is what an inquiry under way is
    about; or of a noun a demand or plan acts on ("should release those imprisoned")."""
    clause = clause_verb(tok.head)
    if clause is None or _told_with_its_day(tok, words):
        return None
    described = (tok.dep_ == "relcl" and _told_past(tok)) or described_earlier(tok)
    present = described and _told_present(clause) and not _presenting(clause, words)
    if present and not inquired_into(tok.head, clause):
        return f"past relative clause {tok.text!r} in a present statement ({clause.text!r})"
    return described_for_ahead(tok, clause)


def _told_with_its_day(verb: Token, words: EnglishWords) -> bool:
    """ "the man arrested on Monday is being held", "who was detained yesterday": a description
    that names its day tells the story's own news, not background."""
    days = frozenset(words.weekdays) | frozenset(words.day_words)
    return any(t.lower_ in days for t in verb.subtree)


def _standing(verb: Token) -> str | None:
    """ "Russia has long accused the West", "had long opposed": a stance held since long before
    the story, told in the perfect, is no new act; nor is a habit told in the simple present
    ("Algeria traditionally opposes any foreign bases", "has always backed")."""
    senses = english().senses
    if (tending := tendency(verb)) is not None:  # senses18: "the government tends to blame"
        return f"standing stance {tending.text!r} (simple present) on {verb.text!r}"
    if any(c.dep_ == "aux" and _perfect(c) for c in verb.children):
        adverbs, tense = senses.standing_adverbs | senses.habitual_adverbs, "perfect"
    elif simple_present(verb):  # claims11: also a present the tagger read as a bare form
        adverbs, tense = senses.habitual_adverbs, "simple present"
    else:
        return None
    word = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)
    if tense == "simple present":
        word = word or frequency(verb)  # claims11: "every year" ("have rallied every day" is news)
    return None if word is None else f"standing stance {word.text!r} ({tense}) on {verb.text!r}"


def _standing_governor(trigger: Token) -> str | None:
    """ "They have generally been neutral, refusing to take sides": a participle with no subject
    of its own tells the standing position of the verb it hangs on."""
    if not _participle_adjunct(trigger):
        return None
    return _standing(trigger.head)


def _shared_adjuncts(tok: Token) -> list[Token]:
    """ "was arrested or prosecuted in the first place": an adverbial after the last of verbs
    that share their subject and auxiliaries modifies them all (the parser hangs it on the last)."""
    bare = (
        c
        for c in tok.children
        if c.dep_ == "conj"
        and c.i > tok.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    )
    return [a for conj in bare for a in conj.children if a.i > conj.i]


def _own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to the trigger's own conjunct: "raised concerns in the past, and the U.S.
    stopped selling arms" dates the raising, not the stopping; "who have fought and are still
    fighting" tells the fighting as present."""
    own = []
    for tok in chain:
        own.append(tok)
        if tok.dep_ == "conj":
            break
    return own


def _earlier_occasion(tok: Token, words: EnglishWords) -> str | None:
    """ "denied the request at a previous meeting", "a previous meeting, at which heads denied":
    the occasion the act is told at (its prepositional object, or the noun a relative clause
    describes) is marked as earlier than the story."""
    nouns = [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if tok.dep_ == "relcl":
        nouns += _noun_and_governors(tok.head)
    for noun in nouns:
        if any(c.dep_ == "amod" and c.lower_ in words.earlier_words for c in noun.children):
            return noun.text
    return None


def _noun_and_governors(noun: Token) -> list[Token]:
    """A noun and the nouns whose prepositional phrase it ends ("a previous meeting in February
    at another forum, at which …": forum, February, meeting)."""
    nouns = [noun]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUNS:
        noun = noun.head.head
        nouns.append(noun)
    return nouns


def _phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


def _told_past(verb: Token) -> bool:
    """Simple past, or perfect: "who negotiated", "that has fought", "who was jailed"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ == "VBD"
    return any(a.tag_ == "VBD" or _perfect(a) for a in aux)


def _perfect(aux: Token) -> bool:
    """ "has", "have", "'ve": the auxiliary of the perfect (the parser's lemma varies for "'ve")."""
    perfect = english().words.perfect_aux
    return aux.lemma_.lower() in perfect or aux.lower_ in perfect


def _told_present(verb: Token) -> bool:
    """Present tense, not perfect: "does not receive", "is being led", "are concerned"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(_perfect(a) or a.tag_ in ("MD", "VBD") for a in aux):
        return False
    return any(t.tag_ in ("VBZ", "VBP") for t in (verb, *aux))


def _presenting(verb: Token, words: EnglishWords) -> bool:
    """ "This is the soldier who was killed": a clause that only presents its noun."""
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "expl"))
    presenting = any(s.lower_ in words.presenting_subjects for s in subjects)
    return presenting and verb.lemma_.lower() == "be"


def _not_done(chain: list[Token], frame: Token | None, words: EnglishWords) -> Reading | None:
    """Negated: a "not" on the clause itself, not only on what a frame asks or agrees to."""
    # "urged residents not to panic", "agreed not to attack": a negated complement is what was
    # asked or agreed; the frame's act itself was done.
    scope = _negation_scope(chain)
    told = [c for tok in scope if frame is None or tok.i != frame.i for c in tok.children]
    negation = _negation(told, words.negators, english().senses.additive_words)
    if negation is not None:
        return Reading(modality="negated", cue=_cue(negation))
    return _failed(chain, frame)


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The chain up to a conjunct with its own subject or auxiliary: "do not recognize refugees
    and will arrest anyone caught" negates the recognizing only; the arresting has a modal of
    its own. Bare conjuncts share the negation ("did not attack or kill")."""
    scope = []
    for tok in chain:
        scope.append(tok)
        own = ("nsubj", "nsubjpass", "aux", "auxpass")
        if tok.dep_ == "conj" and any(c.dep_ in own for c in tok.children):
            break
    return scope


def _failed(chain: list[Token], frame: Token | None) -> Reading | None:
    """ "failed to attend the meeting", "neglected to inform": the complement was not done."""
    failing = english().senses.failure_verbs
    for tok in chain:
        governor = tok.head
        own = frame is not None and governor.i == frame.i
        if tok.dep_ == "xcomp" and not own and governor.lemma_.lower() in failing:
            return Reading(modality="negated", cue=f"complement of {governor.text!r}: not done")
    return None


def _not_only(word: Token, additive: frozenset[str]) -> bool:
    """ "is not being investigated only by Britain, but by others as well": "not" with "only"
    in the next few words and a "but" after them adds to what is said; nothing is negated."""
    after = word.doc[word.i + 1 : word.i + 1 + NOT_ONLY_GAP]
    only = next((t for t in after if t.lower_ in additive), None)
    return only is not None and any(t.lower_ == "but" for t in word.doc[only.i : word.sent.end])


def _negation(
    children: list[Token], negators: frozenset[str], additive: frozenset[str] = frozenset()
) -> Token | None:
    """The word that negates the clause: "not", "never", or "no longer" ("not only" adds)."""
    for c in children:
        if additive and _not_only(c, additive):
            continue
        if c.dep_ == "neg" or (c.lower_ in negators and c.dep_ in ("advmod", "det")):
            return c
    for c in children:
        if c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no":
            return c  # "will no longer tolerate"
    return None


def _cue(token: Token) -> str:
    return f"{token.text!r} ({token.dep_}) on {token.head.text!r}"
