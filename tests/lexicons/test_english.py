"""english.yaml: the coding rules' word lists are versioned data, and stay out of the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest
from spacy.glossary import GLOSSARY

import detente
from detente import records
from detente.coding import outcome
from detente.coding.coder import Coder
from detente.errors import LexiconError
from detente.lexicons.actors import SECTORS, AgentGroup, Kind
from detente.lexicons.english import english, read_english
from detente.lexicons.verbs import FrameModel

PACKAGE = Path(detente.__file__).parent
# Modules whose rules decide what gets coded: a word list there would escape lexicon_version.
CODING_MODULES = [*sorted((PACKAGE / "coding").glob("*.py")), PACKAGE / "geo" / "locate.py"]
# A word list holds words or short phrases; longer strings are messages, not vocabulary.
WORDLIKE = re.compile(r"\S+(?: \S+){0,2}")
# Parser labels of the older scheme the rules still name, beside spaCy's glossary.
EXTRA_LABELS = {"tmod"}


def _identifiers() -> set[str]:
    """Strings a code set may hold: parser labels and the project's own closed value sets."""
    closed = (
        records.ActorRule, records.Modality, records.DateRule, records.DatePrecision,
        records.PlaceRule, records.PlacePrecision, outcome.Stage, outcome.Reason, Kind,
        FrameModel.model_fields["kind"].annotation,
        AgentGroup.model_fields["rank"].annotation,
        AgentGroup.model_fields["refers"].annotation,
    )
    values = {v for t in closed for v in get_args(t) for v in get_args(v) or (v,)}
    return set(GLOSSARY) | EXTRA_LABELS | set(SECTORS) | values | {""}


def _string_sets(path: Path) -> list[tuple[int, list[str]]]:
    """Every set, list, tuple or dict literal in a module that holds two words or more."""
    tree = ast.parse(path.read_text("utf-8"))
    names = {  # `__all__ = [...]` lists names, not words
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in ("__all__", "__slots__") for t in node.targets)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in names:
            continue
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
            items = [k for k in node.keys if k is not None] + list(node.values)
        else:  # a dict of computed values is a record being built, its keys are field names
            continue
        strings = [
            e.value
            for e in items
            if isinstance(e, ast.Constant)
            and isinstance(e.value, str)
            and WORDLIKE.fullmatch(e.value)
        ]
        if len(strings) >= 2:
            found.append((node.lineno, strings))
    return found


@pytest.mark.parametrize("path", CODING_MODULES, ids=lambda p: p.name)
def test_coding_modules_hold_no_literal_word_sets(path: Path) -> None:
    allowed = _identifiers()
    words = [
        (line, [s for s in strings if s not in allowed])
        for line, strings in _string_sets(path)
        if any(s not in allowed for s in strings)
    ]
    assert not words, (
        f"{path.name} has literal word sets {words}: move them to lexicons/data/english.yaml "
        "so that lexicon_version covers them"
    )


def test_the_guard_sees_a_word_set_written_in_code(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('HEDGES = frozenset({"reportedly", "allegedly"})\nDEPS = ("dobj", "nsubj")\n')
    allowed = _identifiers()
    flagged = [s for _, strings in _string_sets(module) for s in strings if s not in allowed]
    assert flagged == ["reportedly", "allegedly"]


def test_the_shipped_file_loads_with_every_list_filled() -> None:
    shipped = english()
    assert shipped.version
    for name, value in (*shipped.words, *shipped.codes):
        assert value, f"english.yaml: {name} is empty"
    assert shipped.words.definite <= shipped.words.all_determiners
    assert len(shipped.words.weekdays) == 7 and shipped.words.weekdays[0] == "monday"


def test_lexicon_version_names_the_english_file() -> None:
    from detente.coding.actors import load_actor_lexicon
    from detente.lexicons.ontology import load_ontology
    from detente.lexicons.verbs import load_verbs

    coder = Coder(verbs=load_verbs(), ontology=load_ontology(), actors=load_actor_lexicon([]))
    assert coder.lexicon_version.split("+")[-1] == f"english:{english().version}"


def test_a_broken_file_is_refused_with_its_name_and_line(tmp_path: Path) -> None:
    text = (PACKAGE / "lexicons" / "data" / "english.yaml").read_text("utf-8")
    broken = text.replace('attack_roots: ["18", "19", "20"]', 'attack_roots: ["18", "99"]')
    assert broken != text
    path = tmp_path / "english.yaml"
    path.write_text(broken)
    with pytest.raises(LexiconError) as err:
        read_english(path)
    message = str(err.value)
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if "attack_roots:" in row)
    assert message.startswith(f"{path}:{line}:") and "99" in message


def _repeated_keys(text: str) -> list[str]:
    """Keys written twice in one mapping of a YAML text (the loader keeps only the last)."""
    import yaml

    repeated: list[str] = []

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(k) for k, _ in node.value]
        repeated.extend(k for i, k in enumerate(keys) if k in keys[:i])
        return loader.construct_mapping(node)

    class Strict(yaml.SafeLoader):
        pass

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(text, Loader=Strict)
    return repeated


def test_no_list_of_the_shipped_file_is_written_twice() -> None:
    # a second list under a name already used would silently replace the first one's words
    text = (PACKAGE / "lexicons" / "data" / "english.yaml").read_text("utf-8")
    assert _repeated_keys(text) == []
    assert _repeated_keys("senses:\n  a: [x]\n  a: [y]\n") == ["a"]


def test_no_field_of_the_word_models_is_declared_twice() -> None:
    # a field declared again further down a model replaces the first declaration
    source = (PACKAGE / "lexicons" / "english.py").read_text("utf-8")
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        names = [
            s.target.id for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        ]
        assert len(names) == len(set(names)), f"{node.name} declares a field twice"
