"""When an event happened: the date expression governing its trigger, read against publication."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from detente.clean.dates import YEAR
from detente.coding.after_events import after_earlier_event
from detente.coding.date_expressions import (
    EventDate,
    explicit_date,
    holiday_pattern,
    named_day,
    resolve_date_expression,
)
from detente.coding.governed import verb_lemma
from detente.coding.noun_dates import dated_occasions, dates_own_noun
from detente.coding.syntax import clause_verb
from detente.lexicons.english import english

# A date this long before publication, given as a year or month (or a full past date), makes
# the event background rather than news: "in 2016 North Korea test-fired …" in a 2017 story.
BACKGROUND_DAYS = 7
# A day named without its year ("on January 3", "on New Year's Day") this long before
# publication is background; nearer, it is the story's own news told with its date.
BACKGROUND_DAY_DAYS = 30
# Dependencies by which a date phrase modifies a verb or an event noun.
ADVERBIAL_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl"})
# Dependencies by which a date phrase dates the noun it stands before ("last year's attacks",
# "its April 6 meeting": the parser hangs the month on the noun as nmod).
NOUN_DATE_DEPS = frozenset({"poss", "nummod", "compound", "nmod"})
# Parts of the trigger that may carry its date ("held talks on Tuesday"). Not its infinitive
# complement: "agreed to hold talks on Thursday" dates the talks, not the agreement.
TRIGGER_PARTS = frozenset({"dobj", "nsubjpass"})
FINITE_TAGS = frozenset({"MD", "VBD", "VBP", "VBZ"})  # auxiliaries that give a clause its tense
MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name[1:])


def _is_date_word(token: Token) -> bool:
    lower, words = token.lower_, english().words
    if lower in words.weekdays or lower in words.day_words:
        return True
    if lower in MONTH_NAMES:
        return token.text[0].isupper()  # "may" the verb is not May
    return token.tag_ == "CD" and bool(re.fullmatch(YEAR, token.text))


def sentence_entities(sent: Span) -> list[Span]:
    """The named entities wholly inside a sentence, as ``Span.ents`` gives them, read from the
    sentence's own tokens: ``Span.ents`` builds every entity of the Doc at each call, which
    made dating an event cost as much as the rest of its setting (lead16)."""
    doc = sent.doc
    found: list[Span] = []
    start: int | None = None
    for token in sent:
        iob = token.ent_iob_
        if start is not None and iob != "I":
            found.append(Span(doc, start, token.i, label=doc[start].ent_type))
            start = None
        if iob == "B":
            start = token.i
    if start is not None and (sent.end == len(doc) or doc[sent.end].ent_iob_ != "I"):
        found.append(Span(doc, start, sent.end, label=doc[start].ent_type))
    return found


def _date_spans(sent: Span, ents: Sequence[Span] | None = None) -> list[Span]:
    """DATE entities and holidays, plus weekday, month, year and season words the tagger left
    unlabelled.

    ``ents``: the Doc's entities built once (``Span.ents`` rebuilds all of them at each call).
    """
    inside = sentence_entities(sent) if ents is None else [
        e for e in ents if sent.start <= e.start and e.end <= sent.end
    ]  # fmt: skip
    # holidays are often tagged as events ("on New Year Day")
    spans = [
        _before_dash(ent)
        for ent in inside
        if ent.label_ == "DATE" or (ent.label_ == "EVENT" and holiday_pattern().search(ent.text))
    ]
    spans = [span for span in spans if len(span)]
    covered = {i for span in spans for i in range(span.start, span.end)}
    doc = sent.doc
    words: list[Span] = []
    seasons: list[Span] = []
    for t in sent:  # one pass over the sentence's tokens for both kinds of word
        if t.i in covered:
            continue
        if _is_date_word(t):
            words.append(doc[t.i : t.i + 1])
        if _is_season(t):
            seasons.append(_season_span(t))
        elif (period := _relative_period(t)) is not None:
            seasons.append(period)
    return spans + words + seasons


def _before_dash(ent: Span) -> Span:
    """ "last year - the first stop ...": the tagger at times runs a date into the inserted
    phrase after it; the date ends before the dash."""
    cut = next((t.i for t in ent if t.i > ent.start and _inserting(t)), None)
    return ent if cut is None else ent.doc[ent.start : cut]


def _inserting(mark: Token) -> bool:
    """A bracket, or a dash with space on both sides ("2017-2018" joins a range)."""
    if mark.text not in english().words.insertion_marks:
        return False
    return mark.text == "(" or (bool(mark.whitespace_) and bool(mark.doc[mark.i - 1].whitespace_))


def _relative_period(token: Token) -> Span | None:
    """ "last year", "next month": a relative date the entity tagger left unlabelled (it often
    does beside a dash or a bracket), read when its direction word stands right before it."""
    words = english().words
    if token.lower_ not in words.relative_periods or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.lower_ not in words.period_directions or before.head.i != token.i:
        return None
    return token.doc[before.i : token.i + 1]


def _is_season(token: Token) -> bool:
    """ "in the fall", "last summer": a season word that names a time, not "the fall of Aleppo"."""
    if token.lower_ not in english().senses.season_months or token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" for c in token.children):
        return False
    timed = token.dep_ == "pobj" and token.head.lower_ in english().senses.season_preps
    return timed or any(c.lower_ in english().senses.season_which for c in token.children)


def _season_span(token: Token) -> Span:
    """The season word with "last", "this" or "next" before it."""
    which = english().senses.season_which
    start = min([token.i, *(c.i for c in token.children if c.lower_ in which)])
    return token.doc[start : token.i + 1]


def _governor(span: Span) -> Token | None:
    """The verb or event noun a date phrase modifies; None for a date that is a participant."""
    root = span.root
    if root.dep_ in ADVERBIAL_DEPS and root.head.i != root.i:
        return root.head
    bounding = english().words.bounding_preps
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ not in bounding:
        return _inserted_for(root.head) or _through_adverb(root.head.head)
    # "last year's attacks", "the 2017 arrest", "the May 5 meeting": the date of an event noun
    if root.dep_ in NOUN_DATE_DEPS and root.head.pos_ == "NOUN":
        return root.head
    return None


def _through_adverb(word: Token) -> Token:
    """ "Back in 2014, Russia annexed Crimea", "as early as 2010": a date phrase on an adverb
    of the clause dates what the adverb modifies (claims11)."""
    if word.pos_ == "ADV" and word.dep_ == "advmod" and word.head.i != word.i:
        return word.head
    return word


def _inserted_for(prep: Token) -> Token | None:
    """ "seized power through a coup [in 2007]": an editor's bracketed insertion dates the
    clause it follows, wherever the parser hangs it; that clause's verb."""
    before, brackets = prep.i - 1, english().senses.insertion_brackets
    if before <= prep.sent.start or prep.doc[before].text not in brackets:
        return None
    return clause_verb(prep.doc[before - 1])


def _time_clause_head(token: Token) -> Token | None:
    """For a "when" clause, the word it gives the time of."""
    markers = english().words.time_markers
    if token.dep_ in ("relcl", "advcl") and any(
        c.lower_ in markers and c.dep_ in ("advmod", "mark") for c in token.children
    ):
        return token.head
    return None


def _tenseless_adjunct(current: Token) -> Token | None:
    """ "pleaded guilty in 2001, with Matthew being sentenced to 30 years", "arrested him,
    charging him with theft": a participle with no tense of its own happens when its clause
    does; the verb it hangs on (through its "with" for an absolute phrase)."""
    if current.tag_ not in ("VBG", "VBN"):
        return None
    tensed = any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS) or c.dep_ == "mark"
        for c in current.children
    )
    if tensed:
        return None
    governor = current.head
    if current.dep_ == "pcomp" and governor.lower_ in english().senses.absolute_preps:
        return governor.head if governor.dep_ == "prep" else None
    return governor if current.dep_ == "advcl" else None


def _next_up(current: Token) -> Token | None:
    """Where an event without its own date takes one from: its coordinated or framing verb."""
    if current.dep_ in ("conj", "xcomp") and current.head.i != current.i:
        return current.head
    adjunct = _tenseless_adjunct(current) or _described_in(current) or _occasion_of(current)
    adjunct = adjunct or _effect_of(current)
    if adjunct is None and _after_clause(current):
        adjunct = current.head
    if adjunct is not None:
        return adjunct
    if (
        current.pos_ in ("NOUN", "PROPN")
        and current.dep_ in ("nsubj", "nsubjpass")
        and current.head.lemma_.lower() in english().words.occurrence_verbs
    ):
        return current.head
    return None


def _described_in(current: Token) -> Token | None:
    """ "In 2007 police broke up protests that were organised by the opposition", "in 2015
    Congress passed a resolution demanding a ban", "after being cared for by a man whose
    mother was arrested": a relative clause in the simple past, a participle on a noun or a
    gerund after a preposition tells an act no later than the clause it describes a part of;
    that clause's verb (the caller takes only a date before the story from it)."""
    described = current.dep_ == "acl" and current.tag_ in ("VBG", "VBN")
    # "an attack that Gondor has blamed on Mordor": the perfect reaches the time of telling
    described = described or (current.dep_ == "relcl" and _past_tense(current))
    if current.dep_ == "pcomp" and current.head.dep_ == "prep":
        return clause_verb(current.head.head)
    return clause_verb(current.head) if described and current.head.i != current.i else None


def _effect_of(noun: Token) -> Token | None:
    """ "The president's visit to Rohan last year angered Gondor" (the parser hangs "last year"
    on "angered"): an event noun that is the subject of a past verb telling what it caused
    happened no later than that verb; the verb (the caller takes only a date before the story
    from it). Not "be" ("the talks were the first since 2015" dates no talks)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return None
    verb = noun.head
    if verb.lemma_.lower() in english().words.occurrence_verbs or not _past_tense(verb):
        return None
    return verb if verb.pos_ == "VERB" else None


def _named_earlier_day(
    span: Span, verb: Token, published: dt.date | None, *, future: bool
) -> EventDate | None:
    """ "He resigned on February 14" in a story with no date that names its own days by weekday
    ("in court Friday"): news style names a day of the story's week by its weekday and an
    earlier one by its month and day, so a past act dated by month and day alone lies before
    the story (no day can be read)."""
    if published is not None or future or not named_day(span.text):
        return None
    if not (_past_tense(verb) or _has_perfect(verb)):
        return None
    return EventDate(date=None, rule="none", precision=None, text=span.text, before_story=True)


def _after_clause(clause: Token) -> bool:
    """ "was the boy's carer after his mother was arrested": what an "after" clause tells came
    before the act it hangs on, so a date that sets that act before the story sets it there too
    (the caller takes only such a date from it)."""
    marks = english().senses.preceding_marks
    return (
        clause.dep_ == "advcl"
        and clause.head.i != clause.i
        and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
    )


def _described_noun_date(
    clause: Token, spans: Sequence[Span], published: dt.date | None, *, future: bool
) -> EventDate | None:
    """ "the Dec. 5 bank robbery in which a man demanded cash", "the 2006 raid, in which agents
    arrested 239 people": a past clause describing an event noun tells that event, so the noun's
    own date (before it, "the Dec. 5 robbery") is the act's; a date after the story is not."""
    noun = clause.head
    described = clause.dep_ == "relcl" and _past_tense(clause)
    described = described or (clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN"))
    if not described or noun.i == clause.i or noun.pos_ != "NOUN":
        return None
    for span in spans:
        root = span.root
        # "the Dec. 5 bank robbery": the date hangs on the compound before the noun
        owner = root.head.head if root.head.dep_ == "compound" else root.head
        if root.dep_ not in NOUN_DATE_DEPS or owner.i != noun.i or root.head.i == root.i:
            continue
        found = resolve_date_expression(span.text, published, future=future)
        if found is not None and not _after(found, published):
            return found
    return None


def _reported_in(clause: Token) -> Token | None:
    """ "In 2015 Russia said it was supplying arms": what a statement reports, with no modal of
    its own, is no later than the statement; the reporting verb (the caller takes a date from it
    only when that date sets the act before the story)."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    verb = clause.head
    if verb.lemma_.lower() not in english().senses.reporting_verbs:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None  # "said on Monday that troops will withdraw": the withdrawal lies ahead
    return verb


def _aim_of(clause: Token) -> bool:
    """ "hopes to complete it at its next meeting", "expects to meet": an infinitive of an aim
    or an expectation lies after the statement that tells it (no date of that statement)."""
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return False
    words = english().words
    return verb_lemma(clause.head) in words.intent_governors | words.future_governors


def _occasion_of(noun: Token) -> Token | None:
    """ "died 15 years ago during a raid", "began with the invasion in March 2003": an event
    noun naming the occasion of a verb happens when the verb does; that verb."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in english().senses.same_time_preps:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _occasions(verb: Token) -> set[int]:
    """ "met Merkel during a visit to Berlin last year", "arrested at a rally last week": the
    occasion a preposition of time names shares the act's date."""
    preps = english().senses.occasion_preps
    return {
        o.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    }


def resolve_event_date(
    trigger: Token,
    published: dt.date | None,
    *,
    future: bool = False,
    published_precision: str = "day",
    weekday_style: bool = False,
    parts: Collection[int] = (),
) -> EventDate:
    """The event's date: its own date phrase, else its clause's, else the publication date.

    An event dated by publication is only as precise as that date (a URL's /2018/03/ is a month).
    ``weekday_style``: the undated story dates its own acts by weekday (see ``weekday_news``).
    ``parts``: the tokens of the pattern's trigger ("led the 2014 protests").
    """
    spans = _date_spans(trigger.sent)
    # a date before a noun ("the 2016 attack") dates that noun as a trigger, not the verb whose
    # object it is ("condemned the 2016 attack" was not condemned in 2016); the act's own noun
    # or its occasion's dates the act (backgr1: "staged the 2014 protests", "during the 2015
    # crackdown")
    governed = [
        (span, _governor(span))
        for span in spans
        if span.root.dep_ not in NOUN_DATE_DEPS or dates_own_noun(span, trigger, parts)
    ]
    current: Token | None = trigger
    described = False  # climbed out of a description: only a date before the story holds
    aimed = False  # climbed out of an aim: a statement's date is not the aimed act's
    # climbed out of a report: its date only bounds the act ("reported on Wednesday that the
    # ministry hosted a meeting" is no meeting on Wednesday); it holds when it sets the act
    # before the story ("in 2015 Russia said it was supplying arms")
    bounded = False
    for _ in range(8):  # deep enough for "met … and agreed to work …, when …"
        if current is None:
            break
        owners = {current.i} | {c.i for c in current.children if c.dep_ in TRIGGER_PARTS}
        owners |= _occasions(current) | dated_occasions(current)
        own = sorted(
            (s for s, g in governed if g is not None and g.i in owners),
            key=lambda s: abs(s.root.i - trigger.i),
        )
        for span in own:
            found = resolve_date_expression(span.text, published, future=future)
            if found is None and weekday_style:
                found = _named_earlier_day(span, current, published, future=future)
            if found is not None and _holds(found, published, described=described, bounded=bounded):
                return found
        head = _time_clause_head(current)
        if head is not None:
            found = _time_clause_date(head, spans, published, future=future)
            if found is not None:
                return found
            current = head
            continue
        dated = _described_noun_date(current, spans, published, future=future)
        # backgr1: "who resigned after last year's coup, said on Monday"
        dated = dated or _after_in_description(trigger, current, spans, published)
        if dated is not None:
            return dated
        described = described or _described_in(current) is not None or _after_clause(current)
        described = described or _effect_of(current) is not None
        aimed = aimed or _aim_of(current)
        reported = _reported_in(current)
        if reported is not None and aimed:
            break  # "the council hopes to meet at its next session, the clerk said on Tuesday"
        described = described or reported is not None
        bounded = bounded or reported is not None
        current = reported or _next_up(current)
    later = after_earlier_event(  # claims16: "resigned after last year's coup"
        trigger, spans, published, lambda text: resolve_date_expression(text, published)
    )
    if later is not None:
        return later
    if published is None:
        return EventDate(date=None, rule="none", precision=None)
    return EventDate(date=published, rule="publication", precision=published_precision)


def _after_in_description(
    trigger: Token, clause: Token, spans: Sequence[Span], published: dt.date | None
) -> EventDate | None:
    """ "The minister, who was forced to resign after last year's coup, said on Monday …": a
    description told only as after an earlier event is dated by that, not by the clause it
    describes a party of (the statement's Monday is no day of the resignation). None when
    ``clause`` describes nothing."""
    if _described_in(clause) is None:
        return None
    for verb in dict.fromkeys((trigger, clause)):
        found = after_earlier_event(
            verb, spans, published, lambda text: resolve_date_expression(text, published)
        )
        if found is not None:
            return found
    return None


def _time_clause_date(
    head: Token, spans: Sequence[Span], published: dt.date | None, *, future: bool
) -> EventDate | None:
    """The date of the word a "when" clause gives the time of, when that word is a date."""
    for span in spans:
        if span.start <= head.i < span.end:
            found = resolve_date_expression(span.text, published, future=future)
            if found is not None:
                return found
    return None


def _holds(found: EventDate, published: dt.date | None, *, described: bool, bounded: bool) -> bool:
    """Whether a date found up the clause dates the act: not one after the story for an act a
    description tells, and only one that sets it before the story for an act a report tells."""
    if described and _after(found, published):
        return False
    return not bounded or is_background(found, published)


def _after(found: EventDate, published: dt.date | None) -> bool:
    """Whether a date lies after the story (never known without a publication date)."""
    return published is not None and found.date is not None and found.date > published


def _period_end(when: EventDate) -> dt.date:
    assert when.date is not None
    if when.precision == "year":
        return dt.date(when.date.year, 12, 31)
    if when.precision == "month":
        last = calendar.monthrange(when.date.year, when.date.month)[1]
        return when.date.replace(day=last)
    if when.precision == "week":
        return when.date + dt.timedelta(days=6)
    return when.date


def is_background(when: EventDate, published: dt.date | None) -> bool:
    """True when an explicit year, month or past date puts the event before the story's week."""
    if published is None or when.date is None or when.rule not in ("explicit", "relative"):
        return False
    if when.rule == "relative" and when.precision not in ("month", "year"):
        # "on Tuesday", "two days ago": the story's own news; "on New Year's Day" in an April
        # story, "on January 3" in a March one: a day read without a year, months before
        return when.date < published - dt.timedelta(days=BACKGROUND_DAY_DAYS)
    return _period_end(when) < published - dt.timedelta(days=BACKGROUND_DAYS)


@functools.cache
def _weekday_phrase() -> re.Pattern[str]:
    """ "on Sunday", "last Friday", "early Tuesday": a weekday told as the time of an act."""
    days = "|".join(d.capitalize() for d in english().words.weekdays)
    leads = "|".join(english().senses.weekday_leads)
    return re.compile(rf"\b(?:{leads})\s+(?:{days})\b")


def weekday_news(text: str, doc: Doc, ents: Sequence[Span] | None = None) -> bool:
    """Whether a story dates some act by its weekday ("appeared in court Friday", "on Sunday
    announced"): news style then names days beyond the story's week by month and day."""
    weekdays = frozenset(english().words.weekdays)
    if _weekday_phrase().search(text):
        return True  # "His lawyer on Sunday announced": a sentence the filter left unparsed
    ents = tuple(doc.ents) if ents is None else ents
    for sent in doc.sents:
        for span in _date_spans(sent, ents):
            named = any(t.lower_ in weekdays for t in span)
            if named and _governor(span) is not None:
                return True
    return False


def story_reference(doc: Doc, ents: Sequence[Span] | None = None) -> dt.date | None:
    """With no publication date, the story is told after every past act it dates: the latest
    explicit date governed by a verb in the past ("was sentenced on April 6, 2018")."""
    latest: dt.date | None = None
    ents = tuple(doc.ents) if ents is None else ents
    for sent in doc.sents:
        for span in _date_spans(sent, ents):
            governor = _governor(span)
            if governor is None or not _past_tense(governor):
                continue
            found = explicit_date(span.text)
            if found is not None and found.date is not None:
                latest = found.date if latest is None else max(latest, found.date)
    return latest


def _past_tense(verb: Token) -> bool:
    """ "was sentenced", "arrested", "had fled": a verb told in the past."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" if not aux else any(a.tag_ == "VBD" for a in aux)


def background_modality(
    modality: str, when: EventDate, published: dt.date | None, *, undated: bool = False
) -> str:
    """An asserted event dated well before the story becomes historical; others keep theirs.

    ``undated``: the story has no date of its own (``published`` is then the latest past act it
    dates, if any)."""
    before = when.before_story or is_background(when, published)
    if before or (undated and _year_or_month(when)):
        return "historical" if modality == "asserted" else modality
    return modality


def _year_or_month(when: EventDate) -> bool:
    """ "in 2014", "in March 2014": a story tells its own news by the day ("on Tuesday"); an act
    it dates only by a year or a month, with no story date to compare, is background."""
    return when.rule == "explicit" and when.precision in ("year", "month")


def is_ahead(when: EventDate, published: dt.date | None, trigger: Token) -> bool:
    """True when the event's own date lies after publication ("a vote is expected at the
    meeting on April 6" in a March story) and its clause is not told in the past (a date read
    wrong cannot make a past act future)."""
    if published is None or when.date is None or when.rule not in ("explicit", "relative"):
        return False
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
    if clause is not None and (_past_tense(clause) or _has_perfect(clause)):
        return False
    return when.date > published


def _has_perfect(verb: Token) -> bool:
    """ "has been arrested", "have met": told as done by now."""
    perfect = english().words.perfect_aux
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children)


def dated_modality(
    modality: str,
    when: EventDate,
    reference: dt.date | None,
    *,
    ahead: bool = False,
    undated: bool = False,
) -> str:
    """An asserted event dated well before the story is historical, one dated after it (and
    not told in the past: ``ahead``) future; others keep theirs."""
    if modality == "asserted" and ahead:
        return "future"
    return background_modality(modality, when, reference, undated=undated)
