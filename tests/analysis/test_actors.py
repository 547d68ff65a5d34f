"""Actor summaries: partners in both directions, event types and a timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.keys import key_index, without_keys

from event_rows import Row, conflict, coop, random_rows

D = dt.date


def test_partners_count_both_directions_and_their_tone(make_store) -> None:
    store = make_store([
        coop(D(2021, 1, 3)), coop(D(2021, 1, 4)),
        conflict(D(2021, 2, 4), actor="GONGOV", recipient="ARNGOV"),
        coop(D(2021, 3, 5), actor="ARNGOV", recipient="ROHGOV"),
        Row(date=D(2021, 3, 6), actor="ARNMIL", recipient=None, event_type="MOBILIZE",
            quad_class=4, goldstein=-7.0),
    ])
    summary = actor_summary(store, ActorQuery(code="arn"))
    assert summary.query.code == "ARN"
    assert summary.events == 5
    gondor, rohan = summary.partners
    assert (gondor.country, gondor.as_actor, gondor.as_recipient) == ("GON", 2, 1)
    assert (gondor.cooperation, gondor.conflict, gondor.total) == (2, 1, 3)
    assert (rohan.country, rohan.total) == ("ROH", 1)
    assert [(t.event_type, t.as_actor, t.as_recipient) for t in summary.types] == [
        ("CONSULT", 3, 0), ("ACCUSE", 0, 1), ("MOBILIZE", 1, 0),
    ]
    assert [(p.start.month, p.as_actor, p.as_recipient) for p in summary.timeline] == [
        (1, 2, 0), (2, 0, 1), (3, 2, 0),
    ]


def test_an_actor_dealing_with_itself_is_one_event_on_both_sides(make_store) -> None:
    store = make_store([coop(D(2021, 1, 3), actor="ARNGOV", recipient="ARNMIL")])
    summary = actor_summary(store, ActorQuery(code="ARN"))
    assert summary.events == 1
    [self_partner] = summary.partners
    assert (self_partner.as_actor, self_partner.as_recipient) == (1, 1)


def test_top_limits_partners_and_an_unknown_actor_is_empty(make_store) -> None:
    store = make_store([coop(D(2021, 1, d), recipient=f"R{d:02d}GOV") for d in range(1, 8)])
    assert len(actor_summary(store, ActorQuery(code="ARN", top=3)).partners) == 3
    nobody = actor_summary(store, ActorQuery(code="ZZZ"))
    assert (nobody.events, nobody.partners, nobody.timeline) == (0, (), ())


def _actor_queries() -> list[ActorQuery]:
    codes = ("ARN", "GON", "ARNGOV", "AR", "UN", "ROH", "ZZZ")
    queries = [
        ActorQuery(code=code, by=by, unit=unit, top=4)
        for code in codes for by in ("day", "week", "month", "year")
        for unit in ("events", "mentions")
    ]
    # Whole months (answered from the per-month counts) and cut ones (from the key rows).
    for since, until in ((D(2020, 3, 1), D(2021, 1, 31)), (D(2020, 3, 4), D(2021, 2, 9)),
                         (None, D(2020, 6, 30)), (D(2021, 2, 1), None)):
        queries += [ActorQuery(code=code, by=by, since=since, until=until)
                    for code in codes for by in ("month", "year", "week")]
    return queries


@pytest.mark.parametrize("seed", [1, 2])
def test_the_party_keys_summarise_actors_exactly_as_the_events_table(make_store, seed) -> None:
    store = make_store(random_rows(seed))
    assert key_index(store) is not None
    queries = _actor_queries()
    from_events = [actor_summary(without_keys(store), q) for q in queries]
    assert [actor_summary(store, q) for q in queries] == from_events
    assert all(s.partners and s.timeline for s in from_events if s.query.code == "ARN")
