"""Hand-built coded documents from a made-up world, for store tests that need no spaCy model."""

from __future__ import annotations

import datetime as dt

from detente.coding.events import event_id
from detente.records import ActorMention, Article, CodedDocument, Event, Span

DAY = dt.date(2021, 3, 4)

ARNOR_GOV = dict(country="ARN", sector="GOV", name="Arnor")
GONDOR_GOV = dict(country="GON", sector="GOV", name="Gondor")


def mention(text: str, start: int, *, country: str, sector: str | None, name: str) -> ActorMention:
    """An actor mention at a character offset."""
    return ActorMention(
        text=text,
        start=start,
        end=start + len(text),
        country=country,
        sector=sector,
        name=name,
        rule="test",
    )


def event_in(
    article: Article,
    sentence: str,
    *,
    trigger: str,
    actor: str,
    recipient: str | None,
    cameo: str = "040",
    event_type: str = "CONSULT",
    modality: str = "asserted",
    date: dt.date | None = DAY,
    confidence: float = 0.9,
) -> Event:
    """An event whose sentence, trigger and parties are found in the article text by search."""
    start = article.text.index(sentence)
    where = start + sentence.index(trigger)
    actors = (mention(actor, start + sentence.index(actor), **ARNOR_GOV),)
    recipients = (
        (mention(recipient, start + sentence.index(recipient), **GONDOR_GOV),) if recipient else ()
    )
    index = article.text[:start].count(". ")
    return Event(
        doc_id=article.doc_id,
        event_id=event_id(article.doc_id, index, where, cameo, actors, recipients),
        sentence_index=index,
        sentence=sentence,
        sentence_start=start,
        date=date,
        event_type=event_type,
        mode=None,
        context=(),
        cameo=cameo,
        goldstein=1.0,
        quad_class=1,
        actor=actors,
        recipient=recipients,
        trigger=Span(text=trigger, start=where, end=where + len(trigger)),
        confidence=confidence,
        lexicon_version="test-1",
        pattern_id="consult.meet",
        modality=modality,
    )


MEETING = "The king of Arnor met the steward of Gondor in Osgiliath on Tuesday."


def story(doc_id: str, *, url: str, boilerplate: str = "", extra: str = "") -> CodedDocument:
    """The Osgiliath meeting as one site published it: its own furniture around the same story."""
    text = (
        f"{boilerplate}{MEETING} The two leaders discussed the river trade, the northern roads "
        "and the long winter that closed the mountain passes for three months. Officials from "
        "both courts said the talks were frank and useful, and that a second round would follow "
        f"before the harvest festival in the autumn.{extra}"
    )
    article = Article(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, date=DAY, url=url)
    event = event_in(
        article,
        MEETING,
        trigger="met",
        actor="The king of Arnor",
        recipient="the steward of Gondor",
    )
    return CodedDocument(article=article, events=(event,))


def unrelated(doc_id: str, *, url: str = "https://shire.example/news/1") -> CodedDocument:
    """A different story with one event of its own."""
    sentence = "Arnor accused Gondor of hoarding grain."
    text = f"{sentence} The quarrel over the granaries of Pelargir has lasted all summer long."
    article = Article(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, date=DAY, url=url)
    event = event_in(
        article,
        sentence,
        trigger="accused",
        actor="Arnor",
        recipient="Gondor",
        cameo="112",
        event_type="ACCUSE",
    )
    return CodedDocument(article=article, events=(event,))
