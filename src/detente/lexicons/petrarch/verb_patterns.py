"""Compile PETRARCH verb patterns into our dependency-pattern records, counting what is dropped.

PETRARCH patterns were written for a constituency parse and its own matcher. Ours looks at a verb
lemma, one particle or preposition it governs, one object head (with optional modifiers), and the
places where the recipient may be. A PETRARCH pattern is kept when it says no more than that;
otherwise it is dropped with a named reason, so that nothing matches more loosely than written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from detente.lexicons.petrarch.verb_scope import other_senses, residual_code, written_for
from detente.lexicons.petrarch.verbs import (
    Code,
    Element,
    Marker,
    NounPhrase,
    PrepPhrase,
    SynsetRef,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    VerbPhrase,
    Word,
)
from detente.lexicons.verbs import PatternModel

RECORD = dict(frozen=True, slots=True, kw_only=True)

# Part of the compiled-pattern cache key: bump whenever a rule here or in verb_import changes
# what is produced.
COMPILER_VERSION = "7"
# Particles that are adverbs only ("call off", "set aside", "press ahead").
ADVERB_PARTICLES = frozenset({
    "ahead", "apart", "aside", "away", "back", "down", "forth", "forward", "off", "out",
    "together", "up"
})  # fmt: skip
# Words that follow a verb as a particle or head a prepositional phrase ("ask for", "press on").
# Our matcher accepts either reading, so a lone one of these is as likely "on Tuesday".
PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at",
    "before", "behind", "below", "between", "beyond", "by", "during", "for", "from", "in",
    "inside", "into", "near", "of", "on", "onto", "outside", "over", "past", "round",
    "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "with",
    "within", "without"
})  # fmt: skip
PARTICLES = ADVERB_PARTICLES | PREPOSITIONS
# Prepositions that head dates and durations ("on Wednesday", "for a sixth day", "in March"): a
# pattern asking for one of these with no object in it matches nearly every news sentence.
TIME_PREPOSITIONS = frozenset({
    "after", "around", "at", "before", "by", "during", "for", "in", "on", "over", "past",
    "since", "through", "throughout", "until", "within"
})  # fmt: skip
# "- * (TO) [040]" (COME) or "- * ON + [...]": a preposition alone says where the target is, but
# nothing of the verb's sense, which PETRARCH left to its target being an actor; our recipients
# also resolve places ("came to Cairo", "came to help", "came to a close"), so the verb alone
# would code its every use.
LONE_PREPOSITION = "lone preposition: where the target is, nothing of the verb's sense"
# Our own convention for a sense that is no event: a 01x statement code, which PLOVER does not
# code, so the event is dropped (see verbs.yaml). PETRARCH's null code `---` on a pattern says
# the same: "this verb with this object is not an event".
NO_EVENT_CODE = "010"
STATEMENT_ROOT = "01"
# A bare verb (no object, no particle) is imported only with a code of a material act. Verbal
# codes on bare verbs (decide, want, consider, call: 02-05, 09-13) are PETRARCH's operators over
# the clause or quote they govern ("decided to ease sanctions" is coded as the easing), a
# combination our matcher leaves to our own frames; alone they would code the wrapper instead.
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# A word spaCy keeps as one token with a lemma we can compare: letters only.
PLAIN_WORD = re.compile(r"^[a-z]+$")


class Dropped(Exception):
    """A pattern or verb the matcher cannot use soundly; the message is the counted reason."""


@dataclass(**RECORD)
class Slot:
    """What a pattern (or a multi-word verb) asks of the verb's dependents."""

    particle: str | None = None
    objects: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ("dobj",)


@dataclass(**RECORD)
class CompiledVerbs:
    """Pattern records made from one dictionary, with counts of what was kept and dropped."""

    origin: str
    prefix: str  # of the pattern ids, "petrarch" for the shipped dictionary
    patterns: tuple[PatternModel, ...]
    patterns_kept: Mapping[str, int] = field(default_factory=dict)  # kind → pattern lines
    patterns_dropped: Mapping[str, int] = field(default_factory=dict)  # reason → pattern lines
    verbs_kept: int = 0
    verbs_dropped: Mapping[str, int] = field(default_factory=dict)  # reason → verb entries
    bare_verbs: Mapping[str, int] = field(default_factory=dict)  # outcome → verb entries
    # (pattern, verb) pairs left out: the block's synonyms a pattern was not written for
    synonyms_left_out: int = 0
    unreadable: int = 0  # lines the reader could not read
    problems: tuple[str, ...] = ()  # "file:line: reason" of each of them


def noun_forms(word: str) -> tuple[str, ...]:
    """Lower-cased word and, for a regular plural, its singular: the lemma spaCy gives nouns."""
    lower = word.lower()
    if not PLAIN_WORD.match(lower):
        raise Dropped("word the tokenizer splits or keeps unlemmatised (hyphen, digit, '/')")
    forms = [lower]
    if lower.endswith("ies") and len(lower) > 4:
        forms.append(lower[:-3] + "y")
    elif lower.endswith(("sses", "xes", "ches", "shes", "zes")):
        forms.append(lower[:-2])
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is", "as")) and len(lower) > 3:
        forms.append(lower[:-1])
    return tuple(forms)


class _Compiler:
    """Compiles the blocks of one dictionary; synsets resolve against that dictionary."""

    def __init__(self, dictionary: VerbDictionary, known_codes: frozenset[str]) -> None:
        self.dictionary = dictionary
        self.known = known_codes

    def words(self, part: Word | SynsetRef | Marker) -> tuple[str, ...]:
        """The lemma forms a word or a synset stands for (single-word synset members only)."""
        if isinstance(part, Marker):
            raise Dropped("actor marker inside a noun phrase")
        if isinstance(part, Word):
            return noun_forms(part.text)
        synset = self.dictionary.synsets.get(part.name.rstrip("_"))
        if synset is None:
            raise Dropped("undefined synset")
        forms: list[str] = []
        for phrase in synset.phrases:
            if len(phrase.words) == 1 and PLAIN_WORD.match(phrase.words[0].lower()):
                forms.extend(noun_forms(phrase.words[0]))
        if not forms:
            raise Dropped("synset without single-word members")
        return tuple(dict.fromkeys(forms))

    def noun(self, element: Element) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(head forms, modifier forms) of a word, synset or two-word noun phrase."""
        if isinstance(element, NounPhrase):
            if len(element.parts) > 2:
                raise Dropped("noun phrase of three or more words")
            if len(element.parts) == 1:
                return self.words(element.parts[0]), ()
            return self.words(element.parts[1]), self.words(element.parts[0])
        if isinstance(element, Word | SynsetRef):
            if isinstance(element, Word) and element.text.lower().endswith("ly"):
                raise Dropped("adverb after the verb")
            return self.words(element), ()
        raise Dropped("actor marker the matcher cannot place")

    def slot(self, pattern: VerbPattern) -> Slot:
        """The constraints of a pattern's words after the verb."""
        if any(not (isinstance(e, Marker) and e.kind == "$") for e in pattern.before):
            raise Dropped("words before the verb (subject or adverb)")
        after = list(pattern.after)
        particle = None
        if after and isinstance(after[0], Word) and after[0].text.lower() in PARTICLES:
            particle = after.pop(0).text.lower()  # type: ignore[union-attr]  # checked above
        preps = [e for e in after if isinstance(e, PrepPhrase)]
        targets = [e for e in after if isinstance(e, Marker)]
        nouns = [e for e in after if not isinstance(e, PrepPhrase | Marker)]
        if len(preps) > 1:
            raise Dropped("more than one prepositional phrase")
        if len(nouns) > 1:
            raise Dropped("more than one word or phrase after the verb")
        if any(t.kind != "+" for t in targets) or len(targets) > 1:
            raise Dropped("actor marker the matcher cannot place")
        objects, modifiers = self.noun(nouns[0]) if nouns else ((), ())
        if not preps:
            if particle in PREPOSITIONS and not objects and not targets:
                # PETRARCH's bare "* ON" is the adverb of "pressed on"; our matcher would
                # equally take the preposition of "demanded on Tuesday".
                raise Dropped("lone particle that is also a preposition of time or place")
            if particle is None and not objects:
                # "* +" says only that the object is the target: the verb alone, whose code
                # comes from its own line under the bare-verb rules, not from this line.
                raise Dropped("pattern that constrains nothing beyond the verb")
            if particle in PREPOSITIONS and not objects:
                raise Dropped(LONE_PREPOSITION)
            # "* DOWN +": the phrasal verb's object is the target.
            places = (particle, "dobj") if targets and particle and not objects else ("dobj",)
            return Slot(particle=particle, objects=objects, modifiers=modifiers, recipient=places)
        return self._with_prep(preps[0], particle, objects, modifiers)

    def _with_prep(
        self,
        prep: PrepPhrase,
        particle: str | None,
        objects: tuple[str, ...],
        modifiers: tuple[str, ...],
    ) -> Slot:
        word = prep.prep.lower()
        if not PLAIN_WORD.match(word):
            raise Dropped("preposition the tokenizer splits")
        inner = [p for p in prep.parts if not (isinstance(p, Marker) and p.kind == "+")]
        if len(prep.parts) > 1:
            raise Dropped("several words after a preposition")
        if not inner:  # "(TO)", "(WITH +)": the preposition's object is the recipient
            if particle is None and not objects and word in TIME_PREPOSITIONS:
                raise Dropped("lone preposition that also heads dates and durations")
            if particle is None and not objects:
                raise Dropped(LONE_PREPOSITION)
            return Slot(
                particle=particle, objects=objects, modifiers=modifiers, recipient=(word, "dobj")
            )
        if objects:
            raise Dropped("object and prepositional object both required")
        if particle is not None:
            raise Dropped("particle and prepositional object both required")
        objects, modifiers = self.noun(inner[0])
        return Slot(particle=word, objects=objects, modifiers=modifiers)

    def code(self, code: Code) -> tuple[str, bool]:
        """Our CAMEO code and whether the event goes both ways (`[050:050]`)."""
        if code.marked:
            raise Dropped("code marked '!' (meaning undocumented)")
        if code.is_null:
            return NO_EVENT_CODE, False
        if code.source is None:
            raise Dropped("event only from target to source (`[:code]`)")
        if code.source not in self.known:
            raise Dropped("CAMEO code unknown to the ontology")
        return code.source, code.reverse == code.source

    def verb_slot(self, entry: VerbEntry) -> tuple[str, Slot]:
        """The lemma of a block's verb and what its glued words ask ("+CALL_OFF": particle)."""
        phrase: VerbPhrase = entry.phrase
        if entry.forms == ():
            raise Dropped("literal verb form `{}` (an inflected phrase, not a lemma)")
        if phrase.index > 0:
            raise Dropped("words before the verb in a multi-word verb")
        lemma = phrase.verb.lower()
        if not re.match(r"^[a-z]+(-[a-z]+)?$", lemma):
            raise Dropped("verb the tokenizer splits")
        rest = [w.lower() for w in phrase.words[1:]]
        if not rest:
            return lemma, Slot()
        if len(rest) == 1 and rest[0] in PARTICLES:
            return lemma, Slot(particle=rest[0])
        if len(rest) == 1:
            return lemma, Slot(objects=noun_forms(rest[0]))
        if len(rest) == 2 and rest[0] in PARTICLES:
            return lemma, Slot(particle=rest[0], objects=noun_forms(rest[1]))
        raise Dropped("multi-word verb the matcher cannot split")


def _merge(verb: Slot, pattern: Slot) -> Slot:
    """A multi-word verb's own words plus a pattern's; both constraining one place is refused."""
    if verb.particle and pattern.particle and verb.particle != pattern.particle:
        raise Dropped("verb phrase and pattern both need a particle")
    if verb.objects and pattern.objects:
        raise Dropped("verb phrase and pattern both need an object")
    return Slot(
        particle=verb.particle or pattern.particle,
        objects=verb.objects or pattern.objects,
        modifiers=pattern.modifiers,
        recipient=pattern.recipient,
    )


def pattern_kind(pattern: PatternModel) -> str:
    """A short name of what a compiled pattern constrains, for the counts."""
    if pattern.cameo.startswith(STATEMENT_ROOT):
        return "no-event sense"
    parts = ["verb"]
    if pattern.particle:
        parts.append("particle")
    if pattern.objects:
        parts.append("object")
    if pattern.object_modifiers:
        parts.append("modifier")
    if pattern.recipient and pattern.recipient[0] != "dobj":
        parts.append("recipient preposition")
    return " + ".join(parts)


@dataclass
class _Tally:
    """Counts gathered while compiling (mutable while compiling only)."""

    kept: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    verbs_dropped: Counter[str] = field(default_factory=Counter)
    bare: Counter[str] = field(default_factory=Counter)
    verbs_kept: int = 0
    synonyms_left_out: int = 0


def _record(
    ident: str, source: str, lemmas: Sequence[str], slot: Slot, code: str, symmetric: bool
) -> PatternModel:
    try:
        return PatternModel(
            id=ident,
            verbs=tuple(dict.fromkeys(lemmas)),
            objects=slot.objects,
            object_modifiers=slot.modifiers,
            particle=slot.particle,
            recipient=slot.recipient,
            cameo=code,
            symmetric=symmetric,
            source=source,
        )
    except ValidationError as exc:
        raise Dropped(f"not a valid pattern ({exc.errors()[0]['msg']})") from exc


def _groups(
    compiler: _Compiler, block: VerbBlock, tally: _Tally
) -> list[tuple[Slot, list[tuple[str, VerbEntry]]]]:
    """The block's usable verbs grouped by what their own glued words ask."""
    groups: dict[Slot, list[tuple[str, VerbEntry]]] = {}
    for entry in block.verbs:
        try:
            lemma, slot = compiler.verb_slot(entry)
        except Dropped as exc:
            tally.verbs_dropped[str(exc)] += 1
            continue
        tally.verbs_kept += 1
        groups.setdefault(slot, []).append((lemma, entry))
    return list(groups.items())


def _bare_verbs(
    compiler: _Compiler,
    block: VerbBlock,
    groups: list[tuple[Slot, list[tuple[str, VerbEntry]]]],
    names: tuple[str, str],
    tally: _Tally,
) -> Iterable[PatternModel]:
    """A verb alone (with its glued words), coded only where that is a sound reading."""
    prefix, source_name = names
    for slot, members in groups:
        for lemma, entry in members:
            code = entry.code or block.code
            if code.is_null:
                tally.bare["no code: only its patterns code"] += 1
                continue
            try:
                cameo, symmetric = compiler.code(code)
                if cameo.startswith(STATEMENT_ROOT):
                    raise Dropped("statement code on a bare verb (no event either way)")
                # Blocks are WordNet synonym sets (the file's header): a synonym shares the
                # block's sense only with its patterns' objects ("issued a statement" is no
                # grant), so alone it takes a code written on its own line or the headword's.
                if entry.code is None and lemma != block.name.lower():
                    raise Dropped("block code on a synonym without a code of its own")
                if cameo[:2] not in MATERIAL_ROOTS:
                    raise Dropped("verbal code on a bare verb (PETRARCH combines it with a clause)")
                _sound_alone(entry, block, cameo)
                yield _record(
                    f"{prefix}:{entry.line}",
                    f"{source_name}:{entry.line}",
                    [lemma],
                    slot,
                    cameo,
                    symmetric,
                )
                tally.bare["coded"] += 1
            except Dropped as exc:
                tally.bare[str(exc)] += 1


def _sound_alone(entry: VerbEntry, block: VerbBlock, cameo: str) -> None:
    """A bare verb codes alone only when it names one specific act ("assassinate", "deport")."""
    if residual_code(cameo):
        # "help" 070, "engage" 190: a verb whose act CAMEO cannot specify is a general verb.
        raise Dropped("residual code (not otherwise specified) on a bare verb")
    if other_senses(entry, block, cameo[:2]):
        # "DIE [190]" beside "- * (OF NATURAL CAUSES) [---]": its own file knows other senses.
        raise Dropped("bare verb its own patterns give another sense")


def _block_patterns(
    compiler: _Compiler,
    pattern: VerbPattern,
    block: tuple[VerbBlock, list[tuple[Slot, list[tuple[str, VerbEntry]]]]],
    names: tuple[str, str],
    tally: _Tally,
) -> list[PatternModel]:
    """One record per verb group of the block; raises Dropped when no group can take it."""
    prefix, source_name = names
    cameo, symmetric = compiler.code(pattern.code)
    slot = compiler.slot(pattern)
    source, groups = block
    scope = written_for(pattern, source)
    if not groups:
        raise Dropped("block without usable verbs")
    if not scope:
        raise Dropped("written for no verb of its block")
    made: list[PatternModel] = []
    reason = "its verbs cannot be used (multi-word or unusable forms)"
    for verb_slot, every in groups:
        members = [(lemma, entry) for lemma, entry in every if entry.line in scope]
        tally.synonyms_left_out += len(every) - len(members)
        if not members:
            continue
        try:
            merged = _merge(verb_slot, slot)
        except Dropped as exc:
            reason = str(exc)
            continue
        # Plain verbs share the line's id; a multi-word verb's record adds the verb's line.
        glued = "" if verb_slot == Slot() else f"-{members[0][1].line}"
        ident = f"{prefix}:{pattern.line}{glued}"
        lemmas = [lemma for lemma, _ in members]
        made.append(
            _record(ident, f"{source_name}:{pattern.line}", lemmas, merged, cameo, symmetric)
        )
    if not made:
        raise Dropped(reason)
    return made


def compile_verb_dictionary(
    dictionary: VerbDictionary, *, prefix: str, source_name: str, known_codes: Iterable[str]
) -> CompiledVerbs:
    """Compile every block of a dictionary; ids are ``<prefix>:<line>`` of the source line."""
    compiler = _Compiler(dictionary, frozenset(known_codes) | {NO_EVENT_CODE})
    tally = _Tally()
    names = (prefix, source_name)
    out: list[PatternModel] = []
    for block in dictionary.blocks:
        groups = _groups(compiler, block, tally)
        out.extend(_bare_verbs(compiler, block, groups, names, tally))
        for pattern in block.patterns:
            try:
                made = _block_patterns(compiler, pattern, (block, groups), names, tally)
            except Dropped as exc:
                tally.dropped[str(exc)] += 1
                continue
            tally.kept[pattern_kind(made[0])] += 1
            out.extend(made)
    return CompiledVerbs(
        origin=dictionary.origin,
        prefix=prefix,
        patterns=tuple(out),
        patterns_kept=dict(tally.kept),
        patterns_dropped=dict(tally.dropped),
        verbs_kept=tally.verbs_kept,
        verbs_dropped=dict(tally.verbs_dropped),
        bare_verbs=dict(tally.bare),
        synonyms_left_out=tally.synonyms_left_out,
        unreadable=len(dictionary.problems),
        problems=dictionary.problems,
    )
