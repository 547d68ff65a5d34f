"""actors14: a machine of force named with its owner's nationality ("an Arnorian gunboat",
"Gondorian helicopter gunships") is that state's forces acting, singular or plural; the side
it strikes is the recipient."""

from __future__ import annotations

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
