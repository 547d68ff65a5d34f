"""lead25: "last year", "next month" beside a dash, where the entity tagger often leaves them
unlabelled, still date the act they modify; "over the past year" is a stretch up to now."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import DATE, code_text


def test_last_year_beside_a_dash_dates_the_visit(nlp: Language, coder: Coder) -> None:
    text = (
        "During the Gondorian king's visit to Arnor last year - the first stop on his long "
        "journey - the two realms signed a treaty."
    )
    visits = [e for e in code_text(nlp, coder, text) if e.cameo == "042"]
    assert visits
    assert visits[0].date == dt.date(DATE.year - 1, 1, 1)
    assert visits[0].modality == "historical"


def test_the_past_year_is_no_date_of_the_year_before(nlp: Language, coder: Coder) -> None:
    text = "Over the past year - a hard one for both realms - Gondor met Arnor's envoys often."
    events = code_text(nlp, coder, text)
    assert all(e.date != dt.date(DATE.year - 1, 1, 1) for e in events)
