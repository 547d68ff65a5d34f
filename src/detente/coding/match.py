"""Match verb patterns against one parsed sentence; no actor coding here.

Frames ("agreed to meet") are in frames.py, refusals and obligations told by a modal in
modal_acts.py, acts named by nouns in event_nouns.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from detente.coding.complements import (
    FOR_TO_MARK,
    as_complement,
    clause_fits,
    complement_fits,
    errand_clause,
    for_clause_subject,
    said_clause_subject,
    shifted_result,
    small_clause,
)
from detente.coding.named_forces import named_force
from detente.coding.object_relatives import described_object
from detente.coding.subjects import passive_clause_patient, subject_clause_patient
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
from detente.lexicons.verbs import PatternModel, VerbLexicon

# A participle used as an adjective ("its long-threatened invasion") is no event of its own.
MODIFIER_DEPS = frozenset({"amod", "compound"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Labels of a verb's particle or direction ("blasted *off*", "blasted *into* orbit").
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})
# The "-ing" form, whose clause can hide a verb's object ("accept refugees fleeing the war").
GERUND_PARTICIPLE = "VBG"
# Dependents that make a noun a phrase of its own ("*the* air", "*clean* air", "*Gondor's* air"),
# not a bare modifier shared with the next conjunct ("air and artillery strikes").
BARE_NOUN_BLOCKERS = frozenset({"det", "poss", "amod", "compound", "nummod", "quantmod"})
# Likewise a light verb's trigger runs to its object noun only when it is near ("imposed new
# sanctions"), not across "seized their 3,000 kilos of rotten meat".
MAX_LIGHT_GAP = 4
# The recipient place of a protest said: the subject of the report it closes or states.
SAID_SPEC = "said"
# The clause kind of a call made on the caller's own errand ("called X to thank him").
ERRAND = "errand"
# CAMEO root of statements, which are coded to be dropped ("pleaded not guilty" too).
STATEMENT_ROOT = "01"
# Entity labels under which a capitalised word still names a thing acted on ("the Paris
# *Agreement*", "the Patriot *Act*", "*EUR* 5 million"); under others it names a party, place
# or product ("seized Quezon *City*", "received the Trade *Mission*", "struck a Honda *Accord*").
THING_ENTITIES = frozenset({"", "EVENT", "LAW", "WORK_OF_ART", "MONEY"})
# Tags of a currency code or symbol heading an amount: "donated *USD1* million".
CURRENCY_TAGS = frozenset({"NNP", "$"})
# Entity labels of a phrase that tells when: "on Monday", "at noon" (verbs13).
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Patterns that take amounts of money list this word ("$5 million"); an amount the parser
# heads by its figure ("pledged £*10*m") is such an amount too.
AMOUNT_WORD = "million"
# An object word that stands for any act told by a gerund after the pattern's particle
# ("attacked Arnor *for hosting* the rebels", verbs13); no verb lemma is "doing" itself.
GERUND_WORD = "doing"
# The preposition of a result brought about in another ("pressed X *into* lifting the ban").
INTO = "into"


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
    # mainev10: the recipient is the slot's own party or none ("barred foreigners from": no
    # other party named nearby stands in for foreigners who code nothing).
    slot_only: bool = False


def is_negated(token: Token) -> bool:
    negators = english().words.negators
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negators) or _no_longer(c)
        for c in token.children
    )


def negated_in_scope(verb: Token) -> bool:
    """The verb is negated, or is a bare conjunct (no subject or auxiliary of its own, in the
    same verb form) of a negated verb, which shares its negation: "could no longer stand by and
    allow it", "will not sit back and tolerate it" (verbs16); "did not stay and allowed it" (a
    past beside a bare verb) has a clause of its own."""
    if is_negated(verb):
        return True
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")
    return (
        verb.dep_ == "conj"
        and verb.tag_ == verb.head.tag_
        and not any(c.dep_ in own for c in verb.children)
        and is_negated(verb.head)
    )


def _no_longer(adverb: Token) -> bool:
    """ "will *no longer* tolerate": a negated comparative adverb negates its verb."""
    words = english().words
    return (
        adverb.dep_ == "advmod"
        and adverb.lower_ in words.negated_comparatives
        and any(c.lower_ in words.negators for c in adverb.children)
    )


def object_candidates(verb: Token) -> tuple[Token, ...]:
    """The nouns any pattern's light object may be, before the pattern's particle is asked:
    the same for every pattern of the verb, so read once per verb."""
    deps = ("dobj", "nsubjpass") if is_passive(verb) else ("dobj",)
    candidates = [c for c in verb.children if c.dep_ in deps]
    candidates += [c for d in candidates for c in _shared_head(d)]
    candidates += _participle_clause_subjects(verb)
    candidates += _misread_objects(verb)
    if is_participle(verb):  # "peacekeepers *withdrawn* from Arnor"
        candidates.append(verb.head)
    return tuple(candidates)


def _light_object(
    verb: Token, pattern: PatternModel, base: tuple[Token, ...] | None = None
) -> Token | None:
    """The light object: "held *talks*", "fired dozens of *missiles*", "went on *strike*"."""
    candidates = list(object_candidates(verb) if base is None else base)
    if pattern.particle:  # "went on strike", "put on alert": the particle's object is the noun
        # "provided Gondor with aircraft, vehicles and weapons": each conjunct is a thing given
        # (a direct object's conjuncts are not: "take forests and areas for granted").
        given = list(prep_objects(verb, pattern.particle)) + _object_phrase(verb, pattern)
        candidates += [*given, *(c for g in given for c in g.conjuncts if c.i > g.i)]
    for c in candidates:
        if _names_a_party(c) and not named_force(c):  # "seized Quezon City": a place
            continue  # (mainev10: "sent the National Guard" names forces)
        found = _object_inside(c, pattern) or _object_itself(c, pattern)
        if found is not None:
            return found
    return None


def _counts_another(noun: Token) -> bool:
    """ "a new round *of military exercises*", "a package *of reforms*": a quantity noun with
    an "of" phrase names what it counts; the counted noun is the act, not the quantity
    ("began a new round of exercises" holds exercises, no talks)."""
    words = english().words
    return noun.lemma_.lower() in words.quantity_nouns and next(
        prep_objects(noun, "of"), None
    ) is not None


def _measures_another(noun: Token) -> bool:
    """ "$20 billion *in pension obligations*", "$5 million *in shares*": an amount that
    measures a holding traded (english.yaml traded_holdings) is no money given; "$5 million *in
    aid*", "in humanitarian support", "in loan guarantees" stay (verbs12)."""
    if noun.lemma_.lower() not in english().words.amount_nouns:
        return False
    held = english().senses.traded_holdings
    return any(o.lemma_.lower() in held for o in _measured(noun))


def _measured(amount: Token) -> Iterator[Token]:
    """What an amount's "in" or "of" phrase names: on the amount, or on the verb right after it
    (the parser hangs "$20 billion *in obligations*" either way; "$2.5 billion *of* its pension
    obligations", senses12)."""
    found = [*prep_objects(amount, "in"), *prep_objects(amount, "of")]
    after = amount.doc[amount.i + 1] if amount.i + 1 < len(amount.doc) else None
    if after is not None and after.lower_ == "in" and after.head == amount.head:
        found += [c for c in after.children if c.dep_ == "pobj"]
    for noun in found:  # "$3 million *in the form of* grants": the grants
        yield from prep_objects(noun, "of") if noun.lemma_.lower() == "form" else (noun,)


def _object_phrase(verb: Token, pattern: PatternModel) -> list[Token]:
    """ "banned a member, Mr X, *from holding* office": the parser hangs the verb's phrase on
    its direct object; the phrase's object must still be one the pattern names."""
    if pattern.particle is None:
        return []
    direct = child(verb, "dobj")
    found = list(prep_objects(direct, pattern.particle)) if direct is not None else []
    return [f for f in found if f.lemma_.lower() in pattern.objects]


def _participle_clause_subjects(verb: Token) -> list[Token]:
    """ "will not accept *refugees* fleeing the war": the parser makes the object the subject of
    a clause of its participle; the noun is still what the verb takes."""
    return [
        s
        for c in verb.children
        if c.dep_ == "ccomp" and c.tag_ == GERUND_PARTICIPLE
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _misread_objects(verb: Token) -> list[Token]:
    """The object the parser read as something else: a bare noun right after the verb taken for
    an adverbial ("eased *curfew hours*"), or the subject it gave an infinitive that follows
    ("declared *a state of siege* to begin at midnight"). Only a pattern's own object words
    can match them, as for any object."""
    if child(verb, "dobj") is not None:
        return []
    found = [
        c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > verb.i
    ]
    found += [
        s
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and is_to_infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ == "NOUN"
    ]
    return found


def _shared_head(noun: Token) -> list[Token]:
    """ "launched *air* and artillery *strikes*": a bare singular noun conjoined to a plural one
    is a modifier they share, or a second object ("seized money and weapons"); the verb acts on
    the plural noun either way."""
    if noun.tag_ != "NN" or any(c.dep_ in BARE_NOUN_BLOCKERS for c in noun.children):
        return []
    return [c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"]


def _names_a_party(noun: Token) -> bool:
    """A proper noun that names a party, place or product, not a capitalised common noun.

    Headlines and titles capitalise the thing acted on ("lifted the State of Emergency",
    "signed the Paris Agreement", "received the UAE Ambassador"): such a word is the
    pattern's object when its lemma is one, unless the parser reads it as part of such a name.
    """
    return noun.pos_ == "PROPN" and noun.ent_type_ not in THING_ENTITIES


def _object_itself(noun: Token, pattern: PatternModel) -> Token | None:
    """The noun when it, or its modifier for an effort or carrier noun, is the pattern's object
    (not a quantity of something else: "a round of exercises" is no round of talks)."""
    words = english().words
    lemma = noun.lemma_.lower()
    if _counts_another(noun) or _measures_another(noun):
        return None
    if lemma in pattern.objects:
        return noun
    if AMOUNT_WORD in pattern.objects and _amount_of_money(noun, pattern):
        return noun
    if GERUND_WORD in pattern.objects and noun.dep_ == "pcomp" and noun.tag_ == GERUND_PARTICIPLE:
        return noun
    # "launched a *mediation* effort", "provided *shelter* materials": the modifier names the act
    # or the thing given.
    carriers = words.effort_nouns | words.carrier_nouns
    if lemma in carriers and any(
        m.dep_ == "compound" and m.lemma_.lower() in pattern.objects for m in noun.children
    ):
        return noun
    return None


def _amount_of_money(noun: Token, pattern: PatternModel) -> bool:
    """ "donated USD1 *million*" (a currency code heading the amount) or "pledged £*10*m" (a
    figure the tagger marks as money): an amount of money, as "$5 million" is."""
    if noun.pos_ == "NUM" and noun.ent_type_ == "MONEY":
        return True
    return noun.tag_ in CURRENCY_TAGS and any(
        c.dep_ == "nummod" and c.lemma_.lower() in pattern.objects for c in noun.children
    )


def _object_inside(noun: Token, pattern: PatternModel) -> Token | None:
    """The object a quantity ("dozens *of missiles*") or an amount ("$5 million *in aid*") holds."""
    words = english().words
    lemma = noun.lemma_.lower()
    if lemma in words.quantity_nouns:
        inner = next(prep_objects(noun, "of"), None)
    elif lemma in words.amount_nouns:
        inner = next(_measured(noun), None)
    else:
        return None
    if inner is not None and inner.lemma_.lower() in pattern.objects:
        return inner
    return None


def carries_modifier(noun: Token, modifiers: tuple[str, ...]) -> bool:
    """Whether the noun carries a modifier of the pattern ("*nuclear* tests", "*air* strikes")."""
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in modifiers for c in noun.children
    )


def _named_for(verb: Token, obj: Token, modifiers: tuple[str, ...]) -> bool:
    """The object's purpose, told by an infinitive, is one of the modifiers: "launched an
    operation *to monitor* the ships" is a monitoring operation (verbs12). The parser hangs
    the infinitive on the noun or on the verb."""
    purposes = [c for c in obj.children if c.dep_ in ("acl", "relcl")]
    purposes += [c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i]
    return any(is_to_infinitive(p) and p.lemma_.lower() in modifiers for p in purposes)


def _object_fits(
    verb: Token, pattern: PatternModel, base: tuple[Token, ...] | None = None
) -> tuple[bool, Token | None]:
    """The pattern's light object, with its modifier or purpose, when it asks for one."""
    if not pattern.objects:
        return True, None
    obj = _light_object(verb, pattern, base)
    if obj is None:
        return False, None
    if pattern.object_modifiers and not (
        carries_modifier(obj, pattern.object_modifiers)
        or _named_for(verb, obj, pattern.object_modifiers)
    ):
        return False, None
    return True, obj


def _fits(
    verb: Token, pattern: PatternModel, base: tuple[Token, ...] | None = None
) -> tuple[bool, Token | None]:
    """Whether the verb meets the pattern's constraints; returns the light object if any
    (``base``: the verb's object candidates, read once for all its patterns)."""
    if pattern.when_negated and not negated_in_scope(verb):
        return False, None
    if pattern.no_object and child(verb, "dobj") is not None:
        return False, None
    if pattern.particle is None and _phrasal_sense(verb) is not None:
        return False, None
    ok, obj = _object_fits(verb, pattern, base)
    if not ok:
        return False, None
    if not _particle_fits(verb, pattern, obj):
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


def _phrasal_sense(verb: Token) -> str | None:
    """The particle that makes another verb of this one: "the rocket *blasted off*" was
    launched, "he *stormed off* the stage" left it, "exports *shot up*" rose (with no object
    only: "gunmen shot up a bar" shoots) (verbs12). Patterns that name a particle of their own
    ("shot *down* a plane") are not asked."""
    senses = english().senses
    lemma = verb.lemma_.lower()
    particles = set(senses.particle_senses.get(lemma, ()))
    if child(verb, "dobj") is None:
        particles |= senses.bare_particle_senses.get(lemma, frozenset())
    return next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ in PARTICLE_DEPS
            and c.lower_ in particles
            and not _adverb_of_extent(c)
        ),
        None,
    )


def _adverb_of_extent(adverb: Token) -> bool:
    """ "met him *halfway through* the summit": an adverb before a phrase of time or place
    tells how far, not a particle of the verb."""
    if adverb.dep_ != "advmod":
        return False
    after = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    return child(adverb, "prep") is not None or (after is not None and after.dep_ == "prep")


def _particle_fits(verb: Token, pattern: PatternModel, obj: Token | None) -> bool:
    """The verb governs the pattern's particle, or the particle's phrase hung on the object
    holds the light object ("banned X from holding office")."""
    if pattern.particle is None:
        return True
    if has_particle(verb, pattern.particle) and not _only_times(verb, pattern.particle):
        return True
    return obj is not None and obj in _object_phrase(verb, pattern)


def _only_times(verb: Token, particle: str) -> bool:
    """ "fired the minister *on Monday*": after a direct object (what the verb acts on), a
    preposition whose objects are all dates or times tells when; it is no particle of the verb
    ("fired *on* protesters" takes no object) (verbs13)."""
    if child(verb, "dobj") is None:
        return False
    marks = [c for c in verb.children if c.lower_ == particle and c.dep_ != "punct"]
    objects = [o for p in marks for o in p.children if o.dep_ == "pobj"]
    if not objects or any(m.dep_ != "prep" for m in marks):
        return False
    return all(o.ent_type_ in TIME_ENTITIES for o in objects)


def one_person(token: Token) -> bool:
    """The token names one person: a person's name or a personal pronoun."""
    return token.ent_type_ == "PERSON" or token.lower_ in english().words.person_pronouns


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


def find_recipient(token: Token, specs: tuple[str, ...], light: Token | None) -> Token | None:
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
    if spec == "dobj" and (patient := passive_clause_patient(token)) is not None:
        return patient  # actors9: "He resigned, forced out by the leadership": he was
    if spec == "dobj" and (patient := subject_clause_patient(token)) is not None:
        return patient  # claims14: "the man detained at the border was …": he was
    if spec == "dobj" and (described := described_object(token)) is not None:
        return described  # lead20: "the rebels Gondor arrested": they were
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


def actor_of(verb: Token) -> Token | None:
    # lead25: a "by" phrase the parser marks as the agent names the doer even where it took the
    # verb for another form ("a ceasefire offer by four groups", "offer" read as a verb); an
    # active verb with a subject of its own keeps it ("Bush criticised research by a team": the
    # "by" phrase there belongs to the object)
    if is_passive(verb) or (agent_of(verb) is not None and child(verb, "nsubj") is None):
        return agent_of(verb)
    return subject_of(verb) or _brought_into(verb)


def _brought_into(verb: Token) -> Token | None:
    """ "pressed Riyadh *into lifting* the blockade", "talked them into signing": a gerund after
    "into" tells what the object of the verb before it was brought to do; the object does it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != INTO:
        return None
    return child(prep.head, "dobj")


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
        if light is not None and pattern.object_modifiers and not carries_modifier(
            light, pattern.object_modifiers
        ):
            continue  # "was engaged in the air war": no *verbal* war, so no criticism
        if light is None:
            recipient: Token | None = obj
        else:
            specs = tuple(spec for spec in pattern.recipient if spec != "dobj")
            recipient = find_recipient(verb, specs, light)
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
    base = None
    for pattern in patterns:
        if base is None and pattern.objects:
            base = object_candidates(verb)
        ok, light = _fits(verb, pattern, base)
        if not ok:
            continue
        recipient = find_recipient(verb, pattern.recipient, light)
        shifted = shifted_result(verb) if pattern.as_nouns else None
        if recipient is None and pattern.as_nouns:
            clause = small_clause(verb) or shifted  # "found *Nielsen* guilty", "let free *X*"
            recipient = child(clause, "nsubj") if clause is not None else None
        imported = pattern.source is not None
        if imported and recipient is None:
            continue  # PETRARCH's target: a phrase at one of the pattern's recipient places
        if pattern.recipient_required and (recipient is None or recipient.pos_ not in NOUN_POS):
            continue  # "contributed to widening the gap": an act, not a party, receives
        if pattern.group_recipient and recipient is not None and one_person(recipient):
            continue  # "he was forced out by his party": removed from office, no expulsion
        close = light is not None and 0 < light.i - verb.i <= MAX_LIGHT_GAP
        end = (light.i if close and light is not None else verb.i) + 1
        return Match(
            head=verb,
            trigger=(verb.i, end),
            pattern_id=pattern.id,
            cameo=pattern.cameo,
            actor=actor_of(verb),
            recipient=recipient,
            symmetric=pattern.symmetric,
            negation_consumed=pattern.when_negated,
            needs_recipient=imported or pattern.recipient_required,
            absorbed=_errand(verb, pattern) + ((shifted.i,) if shifted is not None else ()),
        )
    return None


def _errand(verb: Token, pattern: PatternModel) -> tuple[int, ...]:
    """ "called X to congratulate him": the errand is the call's content, no act of X's."""
    errand = errand_clause(verb) if pattern.clause == ERRAND else None
    return (errand.i,) if errand is not None else ()
