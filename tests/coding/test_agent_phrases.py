"""lead25: a "by" phrase the parser marks as the agent names the doer, even where it took the
head for a verb of another form ("a ceasefire offer by the rebels", "offer" read as a verb on
"ceasefire"): the offer is the rebels', not the rejecter's."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

TEXT = (
    "Earlier, Gondor rejected a temporary ceasefire offer by four Orcish militant groups "
    "to halt their attacks through to the end of the winter."
)


def test_an_offer_by_a_party_is_that_partys(nlp: Language, coder: Coder) -> None:
    offers = [e for e in code_text(nlp, coder, TEXT) if e.event_type == "AGREE"]
    assert offers
    assert all(dyad(e)[0] == "MDR" for e in offers)


def test_the_rejection_stays_the_subjects(nlp: Language, coder: Coder) -> None:
    rejections = [e for e in code_text(nlp, coder, TEXT) if e.event_type == "REJECT"]
    assert [dyad(e)[0] for e in rejections] == ["GND"]


def test_an_active_verb_keeps_its_own_subject(nlp: Language, coder: Coder) -> None:
    # the "by" phrase names who did the research, not who criticised it
    text = (
        "But the findings were released just days after Gondorian president Denethor criticised "
        "similar research by a team of Arnorians."
    )
    criticisms = [e for e in code_text(nlp, coder, text) if e.event_type == "ACCUSE"]
    assert criticisms
    assert all(dyad(e)[0] == "GND" for e in criticisms)
