"""actors17: a known person whose name the text spells another way. Names from other alphabets
reach English in several spellings ("Kuleba" / "Kouleba", "Abdullah" / "Abdallah"); after a
title that names an office the person held, a spelling with the same consonants is that
person, when no one else fits."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.spelt_names import skeleton, spelt_alike
from detente.lexicons.actors import PersonEntry, RoleEntry

from middle_earth import code_text, dyad


@pytest.mark.parametrize(
    ("one", "other"),
    [("Kuleba", "Kouleba"), ("Abdullah", "Abdallah"), ("Muhammad", "Mohammed"),
     ("Sergey", "Sergei"), ("Javad", "Jawad")],
)  # fmt: skip
def test_transliterations_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


def test_different_names_keep_different_skeletons() -> None:
    assert skeleton("Macron") != skeleton("Macri")


def _person(name: str, country: str) -> PersonEntry:
    role = RoleEntry(title="Foreign Minister", country=country)
    return PersonEntry(name=name, country=country, roles=(role,))


def test_only_one_fitting_person_is_taken() -> None:
    elessar = _person("Aragorn Elessar", "GND")
    surnames = {("elessar",): (elessar,)}
    assert spelt_alike(surnames, ("aragorn", "ellessar"), lambda p: True) is elessar
    assert spelt_alike(surnames, ("boromir", "ellessar"), lambda p: True) is None
    assert spelt_alike(surnames, ("aragorn", "ellessar"), lambda p: False) is None
    twin = _person("Aragorn Elesar", "ARN")
    surnames = {("elessar",): (elessar,), ("elesar",): (twin,)}
    assert spelt_alike(surnames, ("aragorn", "ellessar"), lambda p: True) is None


def test_the_skeleton_index_is_kept_where_the_caller_says() -> None:
    elessar = _person("Aragorn Elessar", "GND")
    surnames = {("elessar",): (elessar,)}
    kept: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    assert spelt_alike(surnames, ("aragorn", "ellessar"), lambda p: True, kept) is elessar
    assert kept == {("elsr",): (("elessar",),)}
    # The kept index is what later calls read: a surname missing from it is not found.
    kept.clear()
    kept[("xyz",)] = ()
    assert spelt_alike(surnames, ("aragorn", "ellessar"), lambda p: True, kept) is None


def test_a_king_spelt_another_way_is_still_the_king(nlp: Language, coder: Coder) -> None:
    text = "King Ellessar met Arnorian officials in Bree on Monday."  # Aragorn Elessar
    meetings = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert meetings
    assert all(dyad(e)[0] == "GND" for e in meetings)
