"""The PETRARCH verb-dictionary reader on small made-up snippets, one construct at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import LexiconError
from detente.lexicons.petrarch.verbs import (
    Code,
    Marker,
    NounPhrase,
    PrepPhrase,
    SynsetRef,
    VerbPhrase,
    Word,
    parse_code,
    parse_verb_dictionary,
    read_verb_dictionary,
)

SNIPPET = """\
# made-up dictionary of the realm's verbs
&STEED
+HORSE
+WAR_STEED
+MEARAS_

&SPELL_
+CHARM

####### VERB PATTERNS #######

---  BESIEGE   [190]  ---
BESIEGE
ENCIRCLE {ENCIRCLES ENCIRCLING ENCIRCLED }  # a note
+RIDE_DOWN {+RODE_DOWN +RIDDEN_DOWN} [193]
WALL_+OFF
- * &STEED                                  [193]   # BESIEGE
- * {WAR HORNS}                             [190:190]
- * (WITH {SIEGE TOWERS})                   [:173]
- $ * (TO +)                                [042]
- ORCS * (FROM ^)                           [---]
"""


def test_synsets_keep_their_phrases_and_plural_rules() -> None:
    found = parse_verb_dictionary(SNIPPET, "realm.txt")
    steed = found.synsets["&STEED"]
    assert [p.words for p in steed.phrases] == [("HORSE",), ("WAR", "STEED"), ("MEARAS",)]
    # A phrase ending in '_' has no generated plural; a label ending in '_' none for any phrase.
    assert [p.plural for p in steed.phrases] == [True, True, False]
    assert [p.plural for p in found.synsets["&SPELL"].phrases] == [False]


def test_a_block_keeps_its_code_verbs_forms_and_glued_words() -> None:
    [block] = parse_verb_dictionary(SNIPPET, "realm.txt").blocks
    assert block.name == "BESIEGE" and block.code == Code(source="190")
    besiege, encircle, ride_down, wall_off = block.verbs
    assert besiege.forms is None and besiege.code is None and besiege.line == 13
    assert encircle.forms is not None and len(encircle.forms) == 3
    assert ride_down.phrase == VerbPhrase(words=("RIDE", "DOWN"), index=0)
    assert ride_down.code == Code(source="193")
    assert wall_off.phrase == VerbPhrase(words=("WALL", "OFF"), index=1)  # WALL_+OFF: verb "OFF"


def test_patterns_read_words_synsets_phrases_markers_and_codes() -> None:
    [block] = parse_verb_dictionary(SNIPPET, "realm.txt").blocks
    steed, horns, towers, visit, skipped = block.patterns
    assert steed.after == (SynsetRef(name="&STEED"),) and steed.comment == "BESIEGE"
    assert horns.after == (NounPhrase(parts=(Word(text="WAR"), Word(text="HORNS"))),)
    assert horns.code == Code(source="190", reverse="190")
    tower_phrase = NounPhrase(parts=(Word(text="SIEGE"), Word(text="TOWERS")))
    assert towers.after == (PrepPhrase(prep="WITH", parts=(tower_phrase,)),)
    assert towers.code == Code(source=None, reverse="173")
    assert visit.before == (Marker(kind="$"),)
    assert visit.after == (PrepPhrase(prep="TO", parts=(Marker(kind="+"),)),)
    assert skipped.before == (Word(text="ORCS"),) and skipped.code.is_null
    assert skipped.line == 21


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("042", Code(source="042")),
        ("042:043", Code(source="042", reverse="043")),
        (":173", Code(source=None, reverse="173")),
        ("---", Code(source=None)),
        ("080!", Code(source="080", marked=True)),
    ],
)
def test_codes_are_read_in_every_written_form(text: str, code: Code) -> None:
    assert parse_code(text) == code


def test_bad_lines_are_recorded_with_file_and_line_and_the_rest_is_read() -> None:
    text = SNIPPET + "- * (WITH TOWERS                [190]\n- * HORNS\n"
    found = parse_verb_dictionary(text, "realm.txt")
    assert found.problems == (
        "realm.txt:22: unclosed '('",
        "realm.txt:23: pattern without a [code]",
    )
    assert len(found.blocks[0].patterns) == 5


def test_a_line_outside_any_block_is_a_problem_not_a_crash() -> None:
    found = parse_verb_dictionary("BESIEGE\n", "realm.txt")
    assert found.problems == ("realm.txt:1: line outside any synset or verb block",)
    assert found.blocks == ()


def test_semicolon_comments_and_transformations_are_understood() -> None:
    text = (
        "---  RIDE   [---]  ---\nRIDE {RIDES RODE RIDDEN};gm 3/1/19\n~ a (a b RIDE) SAY = a b 010\n"
    )
    found = parse_verb_dictionary(text, "realm.txt")
    assert found.problems == ()
    [ride] = found.blocks[0].verbs
    assert ride.forms is not None and [f.verb for f in ride.forms] == ["RIDES", "RODE", "RIDDEN"]
    assert found.transformations == ((3, "~ a (a b RIDE) SAY = a b 010"),)


def test_an_unreadable_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"missing\.txt: cannot read verb dictionary"):
        read_verb_dictionary(tmp_path / "missing.txt")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(LexiconError, match=r"binary\.txt: verb dictionary is not UTF-8"):
        read_verb_dictionary(binary)
