"""recip19: the body or day owning an occasion an act is set at ("during Monday's emergency
*cabinet* meeting", "on the sidelines of the *White Council* summit", "at a session *of the
Arnorian parliament*") held it and is no recipient of the act (coding/occasions.py); a
settlement noun after "in" ("signed it *in the Arnorian city* of Bree") is where the act was
done (beyond_slot._venue). Made-up sentences parsed by the real model, and hand-built parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.occasions import occasion_owners, occasions

from middle_earth import code_text
from support import build_doc


def _acts(nlp: Language, coder: Coder, text: str, kind: str) -> list:
    return [e for e in code_text(nlp, coder, text) if e.event_type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gondor agreed on sanctions during the White Council summit.", "AGREE"),
        ("During a meeting of the Arnorian cabinet, Gondor pledged support.", "AGREE"),
        ("Gondor signed the agreement on the sidelines of the White Council summit.", "SUPPORT"),
        ("Gondor signed the agreement ahead of the White Council summit.", "SUPPORT"),
        ("Gondor signed the treaty in the Arnorian city of Bree.", "SUPPORT"),
    ],
)
def test_an_occasion_or_a_venue_is_no_recipient(
    nlp: Language, coder: Coder, text: str, kind: str
) -> None:
    [act] = _acts(nlp, coder, text, kind)
    assert [m.country for m in act.actor] == ["GND"]
    assert act.recipient == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a partner named inside the occasion by "with" stays
        ("Gondor agreed during talks with Arnor to send aid.", "AGREE"),
        ("Gondor agreed with Arnor during the White Council summit.", "AGREE"),
        # an occasion's owner that is the act's own object stays
        ("Gondor praised the Arnorian parliament at its session on Monday.", "SUPPORT"),
        # "with" a city is a party, not a venue
        ("Gondor signed a treaty with the city of Bree.", "SUPPORT"),
    ],
)
def test_a_party_named_beside_an_occasion_stays_the_recipient(
    nlp: Language, coder: Coder, text: str, kind: str
) -> None:
    [act] = _acts(nlp, coder, text, kind)
    assert [m.country for m in act.recipient] == ["ARN"]


def test_a_settlement_where_coercion_was_done_keeps_its_people_as_recipient(
    nlp: Language, coder: Coder
) -> None:
    # coercion falls on those at the place: the town is no mere venue for it
    text = "The rustlers raided in a village near Bree."
    [raid] = [e for e in code_text(nlp, coder, text) if e.event_type == "COERCE"]
    assert [(m.country, m.sector) for m in raid.recipient] == [("ARN", "CVL")]


def test_the_owner_of_an_occasion_after_a_preposition_of_time_is_not_searched() -> None:
    # "Gondor decided during Monday's cabinet meeting": the day and the cabinet own the meeting
    doc = build_doc(
        [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("decided", "decide", "VERB", "ROOT", 1),
            ("during", "during", "ADP", "prep", 1),
            ("Monday", "Monday", "PROPN", "poss", 7),
            ("'s", "'s", "PART", "case", 3),
            ("cabinet", "cabinet", "NOUN", "compound", 7),
            ("emergency", "emergency", "NOUN", "compound", 7),
            ("meeting", "meeting", "NOUN", "pobj", 2),
        ]
    )
    held = occasions(doc[1])
    assert [t.text for t in held] == ["meeting"]
    assert occasion_owners(held) == {3, 5, 6}


def test_a_place_after_a_preposition_of_time_is_no_occasion() -> None:
    # "Gondor decided during the war": no occasion noun, nothing left out
    doc = build_doc(
        [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("decided", "decide", "VERB", "ROOT", 1),
            ("during", "during", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4),
            ("war", "war", "NOUN", "pobj", 2),
        ]
    )
    assert occasions(doc[1]) == []
