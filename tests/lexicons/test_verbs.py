"""The shipped verb-pattern lexicon loads, covers the whole ontology and stays unambiguous."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import yaml

from detente.errors import LexiconError
from detente.lexicons.ontology import PLOVER_TYPES, Ontology, load_ontology
from detente.lexicons.verbs import PatternModel, VerbLexicon, load_verbs

# Lemmas are single tokens: spaCy never yields a lemma with a space, and an underscore is a
# leftover placeholder, so a pattern carrying either could never fire.
LEMMA = re.compile(r"^[^\s_]+$")


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="module")
def lexicon(ontology: Ontology) -> VerbLexicon:
    return load_verbs(known_codes=tuple(ontology.codes))


def _shipped_text() -> str:
    return resources.files("detente.lexicons").joinpath("data/verbs.yaml").read_text("utf-8")


def _produced_codes(lexicon: VerbLexicon) -> set[str]:
    """Every CAMEO code a pattern assigns or a frame composes."""
    codes = {p.cameo for p in lexicon.patterns.values()}
    for frames in lexicon.frames.values():
        for frame in frames:
            codes.add(frame.default)
            codes.update(frame.by_root.values())
    return codes


def _triggers(pattern: PatternModel) -> list[tuple[str, str]]:
    return [("verb", v) for v in pattern.verbs] + [("noun", n) for n in pattern.nouns]


def test_shipped_lexicon_loads_against_the_ontology(lexicon: VerbLexicon) -> None:
    assert lexicon.version and len(lexicon.patterns) > 300
    assert {"commit", "refuse", "threaten", "request"} <= set(lexicon.by_kind)


def test_every_codable_three_digit_cameo_code_is_produced(
    lexicon: VerbLexicon, ontology: Ontology
) -> None:
    codable = {c for c, e in ontology.codes.items() if len(c) == 3 and e.codable}
    covered = {code[:3] for code in _produced_codes(lexicon)}
    assert sorted(codable - covered) == []


def test_every_plover_type_is_reachable(lexicon: VerbLexicon, ontology: Ontology) -> None:
    reached = {ontology.cameo(c).event_type for c in _produced_codes(lexicon)}
    assert set(PLOVER_TYPES) <= reached


def test_pattern_ids_are_unique_in_the_shipped_file() -> None:
    ids = [p["id"] for p in yaml.safe_load(_shipped_text())["patterns"]]
    assert len(ids) == len(set(ids))


def test_a_duplicate_pattern_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "verbs.yaml"
    path.write_text(
        'version: "t"\npatterns:\n'
        '  - {id: a.meet, verbs: [meet], cameo: "040"}\n'
        '  - {id: a.meet, verbs: [visit], cameo: "042"}\n',
        "utf-8",
    )
    with pytest.raises(LexiconError, match="duplicate pattern id"):
        load_verbs(path)


def test_an_unknown_cameo_code_is_refused(tmp_path: Path, ontology: Ontology) -> None:
    path = tmp_path / "verbs.yaml"
    path.write_text('version: "t"\npatterns:\n  - {id: a.x, verbs: [x], cameo: "0999"}\n', "utf-8")
    with pytest.raises(LexiconError, match="unknown CAMEO codes"):
        load_verbs(path, known_codes=tuple(ontology.codes))


def test_no_trigger_has_two_patterns_with_identical_constraints(lexicon: VerbLexicon) -> None:
    seen: dict[tuple, list[str]] = defaultdict(list)
    for p in lexicon.patterns.values():
        for trigger in _triggers(p):
            key = (
                trigger,
                frozenset(p.objects),
                frozenset(p.object_modifiers),
                frozenset(p.subjects),
                p.particle,
                frozenset(p.as_nouns),
                p.when_negated,
                p.clause,  # "agreed *that* it was fair" (a view) is not "agreed" alone
                p.no_object,  # "withdrew from Arnor" is not "withdrew its plan"
                p.group_recipient,  # "expelled the mission" (166) leaves one person to 174
            )
            seen[key].append(p.id)
    assert {k[0]: ids for k, ids in seen.items() if len(ids) > 1} == {}


def test_no_verb_and_object_pair_is_claimed_by_two_patterns(lexicon: VerbLexicon) -> None:
    """ "send weapons" is aid and "send warships" a mobilisation: each pair has one meaning
    ("give *financial* support" and "give *military* support": its modifiers make it another;
    "hosted a dinner *for the king*" and "hosted a dinner": a party as recipient does too, and
    so do its subjects: "*teachers* launched a strike" and "launched a strike")."""
    seen: dict[tuple, set[str]] = defaultdict(set)
    for p in lexicon.patterns.values():
        modifiers = frozenset(p.object_modifiers)
        subjects = frozenset(p.subjects)
        for trigger in _triggers(p):
            for obj in p.objects:
                key = (trigger, obj, modifiers, subjects, p.particle, p.when_negated,
                       p.recipient_required)  # fmt: skip
                seen[key].add(p.id)
    assert {k[:2]: sorted(ids) for k, ids in seen.items() if len(ids) > 1} == {}


def test_lemmas_are_single_lowercase_tokens(lexicon: VerbLexicon) -> None:
    words = [
        w
        for p in lexicon.patterns.values()
        for w in (*p.verbs, *p.nouns, *p.objects, *p.as_nouns, *filter(None, [p.particle]))
    ]
    assert [w for w in words if not LEMMA.match(w) or w != w.lower()] == []


def test_statement_senses_map_to_codes_plover_does_not_code(
    lexicon: VerbLexicon, ontology: Ontology
) -> None:
    """ "released a report", "hit a record": matched so the verb's event sense cannot fire."""
    sinks = [p for p in lexicon.patterns.values() if p.id.startswith("statement.")]
    assert sinks and all(not ontology.cameo(p.cameo).codable for p in sinks)


def test_ambiguous_verbs_have_their_news_senses_fenced_off(lexicon: VerbLexicon) -> None:
    """The most specific pattern for a verb comes first, so object senses beat the bare verb."""
    by_verb = lexicon.by_verb
    assert by_verb["release"][0].objects and by_verb["release"][-1].id == "concede.release"
    # "hit"/"strike" are storms and diseases as often as attacks: never coded without an object.
    assert all(p.objects or p.particle for p in (*by_verb["hit"], *by_verb["strike"]))
    statement_objects = {
        o for p in by_verb["hit"] if p.id.startswith("statement.") for o in p.objects
    }
    assert {"record", "high", "headline"} <= statement_objects


def test_request_frames_reach_every_request_mode(lexicon: VerbLexicon, ontology: Ontology) -> None:
    request = lexicon.by_kind["request"]
    modes = {ontology.cameo(c).mode for c in request.by_root.values() if ontology.cameo(c).codable}
    assert {"assist", "yield", "meet"} <= modes
