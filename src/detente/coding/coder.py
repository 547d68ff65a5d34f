"""What the event coder holds: the lexicons for a process, the state of one article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from detente.coding.actors import ActorLexicon, ActorMemory
from detente.coding.narrative import Narrative
from detente.geo.gazetteer import Gazetteer
from detente.geo.locate import ArticlePlaces
from detente.lexicons.english import english
from detente.lexicons.ontology import Ontology
from detente.lexicons.relevance import relevance_lexicon
from detente.lexicons.verbs import VerbLexicon
from detente.records import ActorMention, Article


@dataclass(frozen=True, slots=True, kw_only=True)
class Coder:
    """Everything the event coder needs, loaded once per process and then shared."""

    verbs: VerbLexicon
    ontology: Ontology
    actors: ActorLexicon
    gazetteer: Gazetteer | None = None  # None: events get no location

    @property
    def lexicon_version(self) -> str:
        """One string naming every lexicon file that can change an event."""
        return (
            f"verbs:{self.verbs.version}+actors:{self.actors.version}"
            f"+cameo:{self.ontology.version}+relevance:{relevance_lexicon().version}"
            f"+english:{english().version}"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleState:
    """One article being coded: its parse, places and the actors it has named so far."""

    article: Article
    doc: Doc
    memory: ActorMemory
    context: str  # the start of the article, for bare roles ("the ministry")
    places: ArticlePlaces | None = None
    place_counts: Mapping[str, int] = field(default_factory=dict)  # see placement.place_counts
    ents: tuple[Span, ...] = ()  # the Doc's entities, built once: Doc.ents makes new Spans
    # An undated article's latest dated past act (dates.story_reference), found once per article.
    reference: dt.date | None = None
    # claims8: an undated article that dates some act by its weekday ("in court Friday") names
    # earlier days by month and day (dates.weekday_news), found once per article.
    weekday_news: bool = False
    # claims8: the background date the sentence just coded set its account in (narrative.py)
    narrative: Narrative = field(default_factory=Narrative)
    # Foreign countries the article names only by towns at home that share their names, and
    # that home country (coding/namesakes.py): "Lebanon Police" in an Indiana paper.
    namesakes: Mapping[str, str] = field(default_factory=dict)
    # The country where the article's unnamed authorities act (authorities.article_home),
    # found once per article.
    home: str | None = None
    # mainev17: parties the sentence's events placed, by span (coding/shared_phrases.py)
    placed_phrases: dict[tuple[int, int], ActorMention] = field(default_factory=dict)
    # recip20: the named people the latest attack fell on (coding/victim_kin.py)
    victims: list[ActorMention] = field(default_factory=list)
