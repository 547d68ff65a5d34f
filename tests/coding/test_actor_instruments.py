"""actors14: a machine of force named with its owner's nationality ("an Arnorian gunboat",
"Gondorian helicopter gunships") is that state's forces acting, singular or plural; the side
it strikes is the recipient. A collective noun after a body's name ("the UN organizations")
names that body, of its own sector, not a civil society group."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from detente.coding.actors import load_actor_lexicon, resolve_actor
from detente.coding.events import Coder, code_article
from detente.lexicons.actors import ActorLexicon
from detente.records import Article

from middle_earth import DATE
from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    "text",
    ["An Arnorian gunboat", "an Arnorian gunship", "Arnorian helicopter gunships",
     "an Arnorian fighter jet", "an Arnorian mortar"],
)
def test_an_owners_machine_of_force_is_its_military(world: ActorLexicon, text: str) -> None:
    code = resolve_actor(world, text)
    assert code is not None and (code.country, code.sector) == ("ARN", "MIL")


def test_the_struck_side_is_the_recipient(nlp: Language, coder: Coder) -> None:
    text = (
        "Mordor said Orcs were killed on Monday. "
        "An Arnorian gunboat fired on Orcs near Osgiliath."
    )
    doc = nlp(text)
    events = code_article(coder, Article(doc_id="t", origin="test", text=text, date=DATE), doc)
    fired = [e for e in events if e.trigger.text.startswith("fired")]
    assert fired and all(a.country == "ARN" and a.sector == "MIL" for e in fired for a in e.actor)
    assert all(r.country == "MDR" for e in fired for r in e.recipient)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the Entmoot organisations", None),  # the moot's parts: no civil society
        ("an Entmoot committee", None),
        ("Rangers of the North group", "REB"),  # the body's own sector holds
        ("a Gondorian group", "SOC"),  # no body named: a group of people of Gondor
    ],
)
def test_a_collective_noun_after_a_bodys_name_takes_the_bodys_sector(
    tmp_path: Path, text: str, sector: str | None
) -> None:
    # actors14: a body with no sector of its own (as the UN has none in our files)
    council = tmp_path / "moot.yaml"
    council.write_text(
        "version: moot-1\norganisations:\n"
        "  - {name: Entmoot, country: IGO, code: ENTMOOT}\n",
        encoding="utf-8",
    )
    world = load_actor_lexicon(
        [FIXTURES / "actors_middle_earth.yaml", council], imported=False, use_cache=False
    )
    code = resolve_actor(world, text)
    assert code is not None and code.sector == sector
