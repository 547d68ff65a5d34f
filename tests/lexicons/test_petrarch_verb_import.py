"""Imported verb patterns rank after ours: conflicts, duplicates, users' files and the cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from detente.lexicons.ontology import load_ontology
from detente.lexicons.petrarch import verb_import
from detente.lexicons.petrarch.verb_import import import_verbs, load_imported_verbs, verb_counts
from detente.lexicons.verbs import PatternModel, load_verbs

CODES = tuple(load_ontology().codes)
OWN = [
    PatternModel(id="own.besiege-tower", verbs=("besiege",), objects=("tower",), cameo="190"),
    PatternModel(id="own.call-for", verbs=("summon",), particle="for", cameo="020"),
    PatternModel(id="own.deliver", verbs=("deliver",), recipient=("to",), cameo="070"),
]
REALM = """\
---  BESIEGE   [---]  ---
BESIEGE
- * TOWER     [193]
- * GATES     [193]
---  SUMMON   [---]  ---
SUMMON
- * (FOR AID)     [0233]
- * (FOR RANSOM)  [181]
- * (FOR PARLEY)  [---]
- * (FOR HELP)    [020]
---  DELIVER   [---]  ---
DELIVER
- * GRAIN         [073]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_own_patterns_win_and_the_conflict_is_listed(tmp_path: Path) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    found = import_verbs(OWN, verb_files=[realm], shipped=False, known_codes=CODES)
    kept = {(p.verbs, p.particle, p.objects, p.cameo) for p in found.patterns}
    assert (("besiege",), None, ("gates", "gate"), "193") in kept
    assert not any("tower" in p.objects for p in found.patterns)
    [conflict, *_] = found.conflicts
    assert (conflict.verb, conflict.object, conflict.kept_id, conflict.dropped_code) == (
        "besiege", "tower", "own.besiege-tower", "193",
    )  # fmt: skip


def test_an_import_may_refine_an_own_sense_but_not_move_it_to_another_act(
    tmp_path: Path,
) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    found = import_verbs(OWN, verb_files=[realm], shipped=False, known_codes=CODES)
    summon = {p.objects[0]: p.cameo for p in found.patterns if p.verbs == ("summon",)}
    # "summon for aid" details the appeal (0233); "summon for parley" is no event (010);
    # "summon for ransom" would make our appeal a hostage-taking (181): ours stands;
    # "summon for help" (020) says what ours says already.
    assert summon == {"aid": "0233", "parley": "010"}
    assert found.removed["moves an own verb sense to another code (own kept)"] == 1
    assert found.removed["repeats an own verb sense"] == 1
    assert ("summon", "ransom", "own.call-for") in {
        (c.verb, c.object, c.kept_id) for c in found.conflicts
    }


def test_a_refinement_finds_its_recipient_where_our_general_pattern_does(tmp_path: Path) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    found = import_verbs(OWN, verb_files=[realm], shipped=False, known_codes=CODES)
    [grain] = [p for p in found.patterns if p.verbs == ("deliver",)]
    # "delivered grain to Arnor": the grain is the light object, Arnor the recipient.
    assert grain.cameo == "073" and grain.recipient == ("to",)
    assert grain.id == "petrarch-realm:13-deliver"


def test_the_earlier_of_two_user_files_wins(tmp_path: Path) -> None:
    first = _write(tmp_path, "first.txt", "---  STORM   [---]  ---\nSTORM\n- * GATES  [193]\n")
    second = _write(tmp_path, "second.txt", "---  STORM   [---]  ---\nSTORM\n- * GATES  [180]\n")
    found = import_verbs([], verb_files=[first, second], shipped=False, known_codes=CODES)
    [pattern] = found.patterns
    assert pattern.id == "petrarch-first:3" and pattern.cameo == "193"
    assert found.removed == {"shadowed by an earlier imported pattern": 2}  # gates, gate


def test_user_files_rank_before_the_shipped_dictionary(tmp_path: Path) -> None:
    # CAMEO 2.0 codes "thwarted a bid" as 1246; a user's dictionary may say otherwise.
    mine = _write(tmp_path, "mine.txt", "---  THWART   [---]  ---\nTHWART\n- * BID [120]\n")
    lexicon = load_verbs(
        known_codes=CODES, imported=True, verb_files=[mine], cache_dir=tmp_path / "cache"
    )
    [pattern] = [p for p in lexicon.by_verb["thwart"] if p.objects == ("bid",)]
    assert pattern.id == "petrarch-mine:3" and pattern.source == "mine.txt:3"
    assert pattern.cameo == "120"
    assert lexicon.version.endswith("/petrarch-mine/petrarch")


def test_the_shipped_import_accounts_for_every_pattern_line(tmp_path: Path) -> None:
    lexicon = load_verbs(known_codes=CODES, imported=True, cache_dir=tmp_path)
    assert lexicon.imports is not None
    [shipped] = lexicon.imports.sources
    pattern_lines = sum(
        1 for line in verb_import.shipped_text().splitlines() if line.startswith("- ")
    )
    read = sum(shipped.patterns_kept.values()) + sum(shipped.patterns_dropped.values())
    assert read + shipped.unreadable == pattern_lines
    assert all(p.startswith("CAMEO.2.0.txt:") for p in shipped.problems)
    assert sum(shipped.patterns_kept.values()) > 2000
    imported_ids = [pid for pid in lexicon.patterns if pid.startswith("petrarch:")]
    assert len(imported_ids) > 2000
    own = load_verbs(known_codes=CODES)
    assert set(own.patterns) <= set(lexicon.patterns)


def test_the_compiled_import_is_reused_from_the_cache_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    cache = tmp_path / "cache"
    args = {"verb_files": [realm], "shipped": False, "known_codes": CODES, "cache_dir": cache}
    first = load_imported_verbs(OWN, "own v1", **args)  # type: ignore[arg-type]
    assert len(list(cache.glob("imported-verbs-*.pickle"))) == 1

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("compiled again although nothing changed")

    monkeypatch.setattr(verb_import, "import_verbs", refuse)
    assert load_imported_verbs(OWN, "own v1", **args) == first  # type: ignore[arg-type]
    monkeypatch.undo()
    realm.write_text(REALM.replace("GATES", "WALLS"), encoding="utf-8")
    changed = load_imported_verbs(OWN, "own v1", **args)  # type: ignore[arg-type]
    assert any("wall" in p.objects for p in changed.patterns)
    assert len(list(cache.glob("imported-verbs-*.pickle"))) == 2


def test_an_unwritable_cache_costs_time_not_the_result(tmp_path: Path) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    blocked = _write(tmp_path, "not-a-folder", "")
    found = load_imported_verbs(
        OWN, "own", verb_files=[realm], shipped=False, known_codes=CODES, cache_dir=blocked
    )
    assert found.patterns


def test_counts_name_every_source_tier_and_what_precedence_removed(tmp_path: Path) -> None:
    realm = _write(tmp_path, "realm.txt", REALM)
    lexicon = load_verbs(known_codes=CODES, verb_files=[realm], cache_dir=tmp_path)
    rows = {(r.source, r.tier, r.kind): r.count for r in verb_counts(lexicon)}
    assert rows[("verbs.yaml", "own", "pattern")] == len(load_verbs().patterns)
    assert rows[("realm.txt", "user", "pattern kept: verb + particle + object")] == 3
    assert rows[("realm.txt", "user", "pattern kept: no-event sense")] == 1
    assert rows[("realm.txt", "user", "pattern kept: verb + object")] == 3
    assert lexicon.imports is not None and lexicon.imports.removed
    removed = {k: n for (_, tier, k), n in rows.items() if k.startswith("verb+object pairs")}
    assert sum(removed.values()) == sum(lexicon.imports.removed.values())
    assert rows[("all imports", "precedence", "pattern records added")] == len(
        [p for p in lexicon.patterns if p.startswith("petrarch-realm:")]
    )


def test_settings_name_the_users_files_and_switch_the_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from detente.config import load_settings

    monkeypatch.setenv("DETENTE_VERB_FILES", os.pathsep.join(["mine.txt", "theirs.txt"]))
    monkeypatch.setenv("DETENTE_IMPORTED_VERBS", "true")
    monkeypatch.setenv("DETENTE_LEXICON_CACHE_DIR", "")
    settings = load_settings()
    assert settings.verb_files == (Path("mine.txt"), Path("theirs.txt"))
    assert settings.imported_verbs is True and settings.lexicon_cache_dir is None
    monkeypatch.delenv("DETENTE_IMPORTED_VERBS")
    assert load_settings().imported_verbs is False  # the default: noise on real news


def test_lexicon_stats_prints_the_verb_sources_and_with_disagreements_the_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    realm = _write(tmp_path, "realm.txt", REALM)
    monkeypatch.setenv("DETENTE_VERB_FILES", str(realm))
    monkeypatch.setenv("DETENTE_IMPORTED_VERBS", "true")
    result = CliRunner().invoke(app, ["lexicon", "stats", "--disagreements"])
    assert result.exit_code == 0, result.output
    verbs = result.output.split("verb lexicon ", 1)[1].splitlines()
    assert verbs[0].endswith("/petrarch-realm/petrarch")
    rows = {(c[0], c[1], c[2]) for c in (line.split("\t") for line in verbs) if len(c) == 4}
    assert ("realm.txt", "user", "pattern kept: verb + object") in rows
    assert (
        "CAMEO.2.0.txt",
        "imported",
        "pattern dropped: words before the verb (subject or adverb)",
    ) in rows
    assert "unreadable: CAMEO.2.0.txt:2374: unbalanced ')'" in verbs
    # "call for talks" is an appeal in our lexicon; CAMEO 2.0's 036 is listed, not used.
    assert any(line.startswith("call for talks\tkept request.call-for 020") for line in verbs)
