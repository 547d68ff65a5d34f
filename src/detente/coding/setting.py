"""The setting stage: when and where an event happened, and what that does to its modality."""

from __future__ import annotations

from dataclasses import dataclass

from detente.coding.account_dates import account_year, dated_in_account, settle_past_day
from detente.coding.coder import ArticleState
from detente.coding.dates import (
    EventDate,
    dated_modality,
    is_ahead,
    resolve_event_date,
)
from detente.coding.described_dates import described_background
from detente.coding.framing import Framing
from detente.coding.historic_present import told_on_present
from detente.coding.match import Match
from detente.coding.narrative import going_on, joined_account, told_on
from detente.coding.parties import Parties
from detente.geo.locate import locate_event
from detente.records import Modality, Place


@dataclass(frozen=True, slots=True, kw_only=True)
class Setting:
    """When and where: the event's date, its final modality and its place."""

    when: EventDate
    modality: Modality  # the framing's, or historical when the date is background
    location: Place | None
    cue: str | None = None  # what set the modality when neither the framing nor the date did


def set_event(match: Match, framing: Framing, parties: Parties, ctx: ArticleState) -> Setting:
    """The setting stage: the event's date (background when long before the story) and place."""
    published, precision = ctx.article.date, ctx.article.date_precision or "day"
    when = resolve_event_date(
        match.head, published, future=framing.ahead, published_precision=precision,
        weekday_style=ctx.weekday_news, parts=range(*match.trigger),
    )
    # claims11: a yearless day in an account set before the story takes the account's year;
    # one after publication on an act told in the past is the latest such day before it
    when = dated_in_account(when, going_on(match.head, ctx.narrative), published)
    when = settle_past_day(when, published, match.head)
    # claims15: "the bombings that have killed 300 people since 1994" are background
    when = described_background(match.head, when, published, weekday_style=ctx.weekday_news)
    # modality5: with no publication date, the latest past act the story dates stands for it
    reference = published or ctx.reference  # found once per article (events.article_state)
    # claims4: an act dated after publication lies ahead (a date never read for an undated story)
    ahead = is_ahead(when, published, match.head)
    modality = dated_modality(
        framing.modality, when, reference, ahead=ahead, undated=published is None
    )
    account = None
    if modality == "asserted" and when.rule in ("publication", "none"):
        account = told_on(match.head, ctx.narrative)  # claims8: background told on
        account = account or joined_account(  # claims10: "X, and in 2003 Y"
            match.head, published, weekday_style=ctx.weekday_news
        )
        present = told_on_present(match.head, ctx.narrative.present)  # senses19
        if account is None and present is not None:
            account = present
            when = account_year(ctx.narrative.present) or when
    if account is not None:
        modality = "historical"
        when = account_year(going_on(match.head, ctx.narrative)) or when  # claims11
    countries = [m.country for m in (*parties.actor, *parties.recipient) if m.country is not None]
    location = (
        None
        if ctx.places is None
        else locate_event(ctx.places, match.head, actor_countries=countries)
    )
    return Setting(when=when, modality=modality, location=location, cue=account)  # type: ignore[arg-type]


def modality_cue(framing: Framing, setting: Setting) -> str:
    """What decided the event's final modality: the framing's cue, or its background date."""
    if setting.cue is not None:
        return setting.cue
    if setting.modality != framing.modality:
        when = setting.when
        if setting.modality == "future":
            return f"dated {when.date} ({when.rule}, {when.text!r}): after the story"
        if when.date is None:
            return f"{when.text!r}: before any day the story was told"
        return f"dated {when.date} ({when.rule}, {when.text!r}): background to the story"
    return framing.cue
