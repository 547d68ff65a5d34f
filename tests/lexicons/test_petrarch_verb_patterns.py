"""Compiling PETRARCH verb patterns: what each becomes, and what is dropped and why."""

from __future__ import annotations

import pytest

from detente.lexicons.petrarch.verb_patterns import (
    CompiledVerbs,
    compile_verb_dictionary,
    noun_forms,
)
from detente.lexicons.petrarch.verbs import parse_verb_dictionary
from detente.lexicons.verbs import PatternModel

KNOWN = (
    "042", "061", "070", "073", "130", "141", "160", "173", "180", "190", "191", "193", "1721"
)
SPLIT_WORD = "word the tokenizer splits or keeps unlemmatised (hyphen, digit, '/')"
HEADER = "&STEED\n+HORSE\n+WAR_STEED\n+PONY\n\n"


def _compile(body: str) -> CompiledVerbs:
    dictionary = parse_verb_dictionary(HEADER + body, "realm.txt")
    return compile_verb_dictionary(
        dictionary, prefix="realm", source_name="realm.txt", known_codes=KNOWN
    )


def _one(pattern_line: str, verbs: str = "BESIEGE\n") -> PatternModel:
    compiled = _compile(f"---  BESIEGE   [---]  ---\n{verbs}{pattern_line}\n")
    [pattern] = compiled.patterns
    return pattern


def _dropped(pattern_line: str, verbs: str = "BESIEGE\n") -> dict[str, int]:
    compiled = _compile(f"---  BESIEGE   [---]  ---\n{verbs}{pattern_line}\n")
    assert compiled.patterns == ()
    return dict(compiled.patterns_dropped)


def test_an_object_becomes_our_light_object_in_lemma_form() -> None:
    pattern = _one("- * TOWERS   [190]  # BESIEGE")
    assert pattern.verbs == ("besiege",) and pattern.objects == ("towers", "tower")
    assert pattern.particle is None and pattern.recipient == ("dobj",)
    assert pattern.cameo == "190"
    assert pattern.id == "realm:8" and pattern.source == "realm.txt:8"


def test_a_synset_object_takes_its_single_word_members() -> None:
    pattern = _one("- * &STEED   [193]")
    # "WAR_STEED" is two words: one object lemma cannot require both.
    assert pattern.objects == ("horse", "pony")


def test_a_two_word_noun_phrase_is_head_plus_modifier() -> None:
    pattern = _one("- * {SIEGE TOWERS}   [190]")
    assert pattern.objects == ("towers", "tower") and pattern.object_modifiers == ("siege",)


def test_a_prepositional_phrase_with_a_noun_is_particle_plus_object() -> None:
    pattern = _one("- * (WITH TOWERS)   [190]")
    assert pattern.particle == "with" and pattern.objects == ("towers", "tower")


def test_an_empty_prepositional_phrase_alone_is_no_sense_of_the_verb() -> None:
    # "COME (TO) [040]" would code "came to help" and "came to a close" as well.
    assert _dropped("- * (AGAINST)   [190]") == {
        "lone preposition: where the target is, nothing of the verb's sense": 1
    }


def test_an_object_with_an_empty_preposition_keeps_both() -> None:
    pattern = _one("- * TOWERS (AGAINST +)   [190]")
    assert pattern.objects == ("towers", "tower") and pattern.particle is None
    assert pattern.recipient == ("against", "dobj")


def test_a_leading_adverb_particle_and_object() -> None:
    pattern = _one("- * UP TOWERS   [190]")
    assert pattern.particle == "up" and pattern.objects == ("towers", "tower")


def test_a_null_code_becomes_our_no_event_sense() -> None:
    pattern = _one("- * PONY   [---]")
    assert pattern.cameo == "010"


def test_a_two_way_code_keeps_the_source_event_and_marks_symmetry() -> None:
    assert _one("- * TOWERS   [190:190]").symmetric
    one_way = _one("- * TOWERS   [042:073]")
    assert one_way.cameo == "042" and not one_way.symmetric


def test_a_multi_word_verb_brings_its_particle() -> None:
    compiled = _compile("---  RIDE   [---]  ---\n+RIDE_DOWN {+RODE_DOWN}\n- * TOWERS  [190]\n")
    [pattern] = compiled.patterns
    assert pattern.verbs == ("ride",) and pattern.particle == "down"
    assert pattern.id == "realm:8-7"  # the pattern's line, then the glued verb's line


def test_plain_and_glued_verbs_of_one_block_get_separate_records() -> None:
    compiled = _compile(
        "---  RIDE   [---]  ---\nRIDE\n+RIDE_OUT\n- * TOWERS  [190]  # RIDE , RIDE_OUT\n"
    )
    assert [(p.id, p.verbs, p.particle) for p in compiled.patterns] == [
        ("realm:9", ("ride",), None),
        ("realm:9-8", ("ride",), "out"),
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- ORCS * TOWERS [190]", "words before the verb (subject or adverb)"),
        ("- * TOWERS (WITH ORCS) [190]", "object and prepositional object both required"),
        ("- * (WITH ORCS) (IN FIELD) [190]", "more than one prepositional phrase"),
        ("- * TOWERS GATES [190]", "more than one word or phrase after the verb"),
        ("- * {GREAT SIEGE TOWERS} [190]", "noun phrase of three or more words"),
        ("- * (TO $) [190]", "actor marker the matcher cannot place"),
        ("- * ^ TOWERS [190]", "actor marker the matcher cannot place"),
        ("- * &WARGS [190]", "undefined synset"),
        ("- * TOWERS [:173]", "event only from target to source (`[:code]`)"),
        ("- * TOWERS [999]", "CAMEO code unknown to the ontology"),
        ("- * TOWERS [190!]", "code marked '!' (meaning undocumented)"),
        ("- * FIERCELY [190]", "adverb after the verb"),
        ("- * SIT-IN [141]", SPLIT_WORD),
        ("- * ON [190]", "lone particle that is also a preposition of time or place"),
        ("- * (FOR) [190]", "lone preposition that also heads dates and durations"),
        ("- * (TO A VOTE) [190]", "several words after a preposition"),
    ],
)
def test_patterns_the_matcher_cannot_follow_are_dropped_with_their_reason(
    line: str, reason: str
) -> None:
    assert _dropped(line) == {reason: 1}


def test_a_glued_verb_and_a_pattern_cannot_both_set_the_particle() -> None:
    assert _dropped("- * (WITH TOWERS) [190]  # RIDE_DOWN", verbs="+RIDE_DOWN\n") == {
        "verb phrase and pattern both need a particle": 1
    }


def test_bare_verbs_take_only_their_own_or_the_headwords_material_code() -> None:
    compiled = _compile(
        "---  BESIEGE   [191]  ---\n"
        "BESIEGE\n"  # the headword: the block's code
        "ENCIRCLE\n"  # a synonym with no code of its own: nothing alone
        "STORM [193]\n"  # its own material code
        "WARN [130]\n"  # a verbal code: PETRARCH combines it with the clause it governs
        "BURN [---]\n"
        "- * TOWERS  [191]  # BESIEGE , ENCIRCLE , STORM , WARN , BURN\n"
    )
    bare = [(p.verbs, p.cameo) for p in compiled.patterns if not p.objects]
    assert bare == [(("besiege",), "191"), (("storm",), "193")]
    assert compiled.bare_verbs == {
        "coded": 2,
        "block code on a synonym without a code of its own": 1,
        "verbal code on a bare verb (PETRARCH combines it with a clause)": 1,
        "no code: only its patterns code": 1,
    }
    [with_object] = [p for p in compiled.patterns if p.objects]
    assert with_object.verbs == ("besiege", "encircle", "storm", "warn", "burn")


def test_a_pattern_is_applied_only_to_the_verbs_its_comment_names() -> None:
    # The block gathered synonyms after the pattern was written for RIDE alone.
    compiled = _compile(
        "---  RIDE   [---]  ---\nRIDE\nGALLOP\nCANTER\n"
        "- * PONY  [042]  # RIDE\n- * TOWERS  [190]  # GALLOP , CANTERED\n"
    )
    assert [(p.verbs, p.cameo) for p in compiled.patterns] == [
        (("ride",), "042"),
        (("gallop",), "190"),
    ]
    assert compiled.synonyms_left_out == 4


def test_a_pattern_naming_no_verb_is_the_headwords_and_a_form_names_its_verb() -> None:
    compiled = _compile(
        "---  RIDE   [---]  ---\nGALLOP\nRIDE {RIDES RODE RIDDEN RIDING}\n"
        "- * TOWERS  [190]\n- * PONY  [042]  # RODE\n"
    )
    assert [p.verbs for p in compiled.patterns] == [("ride",), ("ride",)]


def test_a_pattern_written_for_a_verb_outside_its_block_is_dropped() -> None:
    assert _dropped("- * TOWERS  [190]  # STORM", verbs="ENCIRCLE\n") == {
        "written for no verb of its block": 1
    }


@pytest.mark.parametrize(
    ("block", "reason"),
    [
        # "help" codes CAMEO's residual 070: the verb names no specific act alone.
        (
            "---  HELP   [070]  ---\nHELP\n",
            "residual code (not otherwise specified) on a bare verb",
        ),
        # The file itself shows "die" with no event ("of natural causes").
        (
            "---  DIE   [193]  ---\nDIE\n- * (OF PONY)  [---]  # DIE\n",
            "bare verb its own patterns give another sense",
        ),
    ],
)
def test_a_general_or_ambiguous_verb_is_no_event_alone(block: str, reason: str) -> None:
    compiled = _compile(block)
    assert all(p.objects or p.particle for p in compiled.patterns)
    assert compiled.bare_verbs == {reason: 1}


def test_literal_verb_phrases_are_not_lemmas() -> None:
    compiled = _compile("---  KILL   [---]  ---\n+KIDNAPPED_AND_KILLED {} [180]\n- * PONY [180]\n")
    assert compiled.patterns == ()
    assert compiled.verbs_dropped == {
        "literal verb form `{}` (an inflected phrase, not a lemma)": 1
    }
    assert compiled.patterns_dropped == {"block without usable verbs": 1}


def test_counts_cover_every_pattern_line() -> None:
    compiled = _compile(
        "---  BESIEGE   [---]  ---\nBESIEGE\n"
        "- * TOWERS [190]\n- * {SIEGE TOWERS} [190]\n- ORCS * [190]\n- * PONY [---]\n"
    )
    assert compiled.patterns_kept == {
        "verb + object": 1,
        "verb + object + modifier": 1,
        "no-event sense": 1,
    }
    assert compiled.patterns_dropped == {"words before the verb (subject or adverb)": 1}


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("TOWERS", ("towers", "tower")),
        ("ARMIES", ("armies", "army")),
        ("MARCHES", ("marches", "march")),
        ("PRESS", ("press",)),
        ("GAS", ("gas",)),
        ("STATUS", ("status",)),
    ],
)
def test_noun_forms_add_the_singular_of_regular_plurals(word: str, forms: tuple[str, ...]) -> None:
    assert noun_forms(word) == forms


def test_a_target_marker_after_an_adverb_particle_names_the_recipient_place() -> None:
    pattern = _one("- * DOWN +   [190]")
    assert pattern.particle == "down" and pattern.recipient == ("down", "dobj")


def test_a_target_marker_after_a_preposition_alone_is_no_sense_of_the_verb() -> None:
    assert _dropped("- * ON +   [190]") == {
        "lone preposition: where the target is, nothing of the verb's sense": 1
    }


def test_a_pattern_that_only_marks_the_target_is_no_pattern_of_its_own() -> None:
    assert _dropped("- * +   [190]") == {"pattern that constrains nothing beyond the verb": 1}
