"""The relevance stage: is a coded event political news, or sport, money, show business, medicine?

Signals, from strongest to weakest: a political actor among the event's parties (government,
forces, police, courts, parties, rebels, intergovernmental bodies) keeps the event; otherwise a
PETRARCH discard phrase or a dense off-topic vocabulary in its sentence, then the article's own
subject (its URL section, a story-level discard phrase, or an off-topic vocabulary outweighing the
politics words), then parties that are all businesses, schools, hospitals or media. In a text of
several paragraphs (a news roundup) the event's own paragraph may override the article's subject
(coding/relevance_stories.py). Irrelevant events are kept with the reason; the store and the
exports leave them out by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from detente.coding.own_duties import own_duty
from detente.coding.private_parties import legal_act, private_only
from detente.coding.relevance_audits import private_audit
from detente.coding.relevance_business import company_officer, outsiders_as_business
from detente.coding.relevance_claims import private_claim
from detente.coding.relevance_complaints import private_complaint
from detente.coding.relevance_quarrels import private_quarrel
from detente.coding.relevance_stories import SPORTS_STORY, story_call
from detente.coding.relevance_suits import civil_suit
from detente.coding.relevance_venues import met_recipients, record
from detente.coding.sport_parties import (
    club_party,
    sport_actor,
    sport_body,
    sport_charge,
    sport_context,
    sport_shared,
)
from detente.coding.thing_parties import thing_actor
from detente.lexicons.english import english
from detente.lexicons.relevance import DiscardLike, RelevanceLexicon
from detente.records import ActorMention, Article, Event

__all__ = [
    "ArticleSubject", "Decision", "article_subject", "decide", "mark_relevance", "story_subject",
]

# The start of a long article is where its subject is stated; the rest adds little but time.
SUBJECT_CHARS = 6000
# How far back the sentence before an event's is looked for (a long sentence is cut).
PREVIOUS_CHARS = 400
# The pattern of a duty stated with a modal ("must", "should"), from coding/modal_acts.py.
_DUTY_PATTERN = "obligation"


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """Relevance of one event: the decision and, when irrelevant, the reason code."""

    relevant: bool
    reason: str | None = None  # "sentence:sports", "discard:world cup", "article:business", ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSubject:
    """What an article is about when it is not politics (None: politics, or nothing off-topic)."""

    domain: str | None = None
    reason: str | None = None  # "section:sports", "story-discard:fifa", "article:health"


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def find_discard(
    discards: Iterable[DiscardLike], text: str, *, story: bool,
    ignored_ends: frozenset[str] = frozenset(),
) -> str | None:
    """The first discard phrase of the given level in ``text``, matched at a word start."""
    padded = " " + _flat(text) + " "
    for entry in discards:
        if entry.story != story or _ignored(entry.phrase, ignored_ends):
            continue
        at = padded.find(" " + entry.phrase)
        while at >= 0:
            after = padded[at + 1 + len(entry.phrase)]
            if not entry.whole_word or not after.isalnum():
                return entry.phrase
            at = padded.find(" " + entry.phrase, at + 1)
    return None


def _ignored(phrase: str, ignored_ends: frozenset[str]) -> bool:
    # Years and "years ago" discards stood in for background in PETRARCH; here the date stage
    # marks background events historical, and a year in a sentence is no sign of sport.
    return not phrase or phrase.isdigit() or phrase.split()[-1] in ignored_ends


def domain_hits(lexicon: RelevanceLexicon, text: str) -> dict[str, int]:
    """How many distinct terms of each off-topic domain ``text`` holds."""
    flat = _flat(text)
    return {name: len(set(pattern.findall(flat))) for name, pattern in lexicon.domains.items()}


def _section(lexicon: RelevanceLexicon, url: str | None) -> str | None:
    if not url:
        return None
    try:
        segments = [p for p in urlsplit(url).path.lower().split("/") if p]
    except ValueError:
        return None
    # The last segment is the story's own slug ("sport-star-backs-candidate"): not a section.
    for name, sections in lexicon.source.sections.items():
        if any(segment in sections for segment in segments[:-1]):
            return name
    return None


def article_subject(lexicon: RelevanceLexicon, article: Article) -> ArticleSubject:
    """The article-level decision: its URL section, a story discard, or its vocabulary."""
    section = _section(lexicon, article.url)
    if section is not None:
        return ArticleSubject(domain=section, reason=f"section:{section}")
    text = f"{article.title or ''}\n{article.text[:SUBJECT_CHARS]}"
    story = find_discard(lexicon.discards, text, story=True,
                         ignored_ends=lexicon.source.ignored_discard_ends)
    if story is not None:
        return ArticleSubject(domain="discard", reason=f"story-discard:{story}")
    hits = domain_hits(lexicon, text)
    name, count = max(hits.items(), key=lambda kv: kv[1], default=("", 0))
    politics = len(set(lexicon.politics.findall(_flat(text))))
    src = lexicon.source
    if count >= src.article_min_terms and count > src.politics_weight * politics:
        return ArticleSubject(domain=name, reason=f"article:{name}")
    return ArticleSubject()


def _political(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    src = lexicon.source
    return mention.sector in src.political_sectors or mention.country in src.political_kinds


def _state(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A state named as such ("Germany", "Beijing") or as "the country": political unless it is
    a team."""
    named = mention.rule in lexicon.source.state_rules or _state_noun(lexicon, mention)
    business = _company(lexicon, mention) or company_officer(lexicon, mention)
    return mention.sector is None and named and not business


def _state_noun(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """ "the country promised 25 million dollars", "the nation": a state referred to by a noun
    that names a state, resolved to its country."""
    if mention.country is None or mention.rule not in lexicon.source.state_reference_rules:
        return False
    words = mention.text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in lexicon.source.state_nouns


def _company(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """ "the French insurer Axa", "China's largest meat processor": a party with no sector whose
    words name it a company is a business, whatever country its adjective gives it."""
    if mention.sector is not None:
        return False
    words = {w.strip(".,'\"()").lower() for w in mention.text.split()}
    return not words.isdisjoint(lexicon.source.company_nouns)


def _non_political(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    src = lexicon.source
    if mention.country in src.civic_kinds:
        return False
    if mention.sector in src.non_political_sectors or mention.country in src.non_political_kinds:
        return True
    return _company(lexicon, mention) or company_officer(lexicon, mention)


def _domain_sense(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """ "declared a public health emergency": an act whose code, in a sentence of one of the
    listed domains, is that domain's business whoever does it."""
    names = lexicon.source.domain_senses.get(event.cameo, ())
    if not event.recipient:  # "launched an investigation into the outbreak": no one investigated
        names = (*names, *lexicon.source.unaddressed_domain_senses.get(event.cameo, ()))
    for name in names:
        pattern = lexicon.domains.get(name)
        if pattern is not None and pattern.search(_flat(event.sentence)):
            return f"sense:{name}"
    return None


def _dense_sentence(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """A sentence so dense in a domain's terms that its parties' names do not make it politics
    (a "Police" or "Army" team, a national side)."""
    hits = domain_hits(lexicon, event.sentence)
    for name, least in lexicon.source.dense_sentence_terms.items():
        if hits.get(name, 0) >= least:
            return f"sentence:{name}"
    return None


def _advice(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """ "urged citizens to get a flu shot", "consumers should throw out the spinach": a request
    to no political party in a sentence of one of the listed domains is advice to the public
    (health care, consumer safety), not a political appeal; "urged Arnor to share samples" stays."""
    domains = lexicon.source.advice_senses.get(event.cameo[:2], ())
    if not domains or any(_political(lexicon, m) or _state(lexicon, m) for m in event.recipient):
        return None
    # With no one addressed only a duty stated ("you must wash", "should be thrown out") is
    # advice; "the governor appealed for medical assistance" may ask anyone, kept.
    if not event.recipient and not event.pattern_id.startswith(_DUTY_PATTERN):
        return None
    flat = _flat(event.sentence)
    for name in domains:
        pattern = lexicon.domains.get(name)
        if pattern is not None and pattern.search(flat):
            return f"advice:{name}"
    return None


def _sport_race(lexicon: RelevanceLexicon, event: Event, subject: ArticleSubject) -> str | None:
    """ "the rally's fourth stage" in a story about the Dakar Rally: a protest word in a sports
    story names a race, whoever its parties are (a place read as a state, a national team)."""
    if subject.domain != "sports" or event.cameo[:2] != english().codes.protest_root:
        return None
    words = set(_flat(event.trigger.text).split())
    if words & lexicon.source.sport_protest_words:
        return f"{subject.reason}:race"
    return None


def _acting_parties(lexicon: RelevanceLexicon, event: Event) -> tuple[ActorMention, ...]:
    """The parties that make a state act: for a trip ("United Airlines plans to fly to
    Russia", "the family arrived in Greece") the state gone to is a place, not a party; nor
    is a venue ("losses in India")."""
    if event.cameo in lexicon.source.destination_codes:
        return event.actor
    met = (m for m in met_recipients(lexicon, event) if not record(lexicon, m))  # senses16
    return (*event.actor, *met)


def decide(lexicon: RelevanceLexicon, event: Event, subject: ArticleSubject,
           before: str = "") -> Decision:  # fmt: skip
    """The event-level decision, from its parties, its sentence, the sentence ``before`` it and
    its article's subject."""
    event = outsiders_as_business(lexicon, event)  # senses16: "third-party developers"
    parties = (*event.actor, *met_recipients(lexicon, event))  # senses13: not its venue
    sense = _domain_sense(lexicon, event) or _dense_sentence(lexicon, event)
    sense = sense or _advice(lexicon, event) or _sport_race(lexicon, event, subject)
    sense = sense or own_duty(lexicon, event) or civil_suit(lexicon, event)  # senses16
    sense = sense or private_audit(lexicon, event)  # senses17: "an audit of a charity"
    if sense is not None:
        return Decision(relevant=False, reason=sense)
    # In a sports story "the England captain" or "the home side" is a player or a team.
    sporting = sport_context(subject.domain)
    # "Officials from Football Australia": a sports body is no political party (senses14).
    # "The club's president": a club's officer is no political party (senses15).
    # "he was charged with dissent" in a sports story: the sport's own body charged (senses17).
    if any(_political(lexicon, m) and not (sporting and sport_shared(lexicon, m))
           and not sport_body(lexicon, m, sporting) and not club_party(lexicon, m)
           and not (sporting and sport_charge(lexicon, m, event))
           for m in parties):  # fmt: skip
        return Decision(relevant=True)
    sport = sport_actor(lexicon, event, sporting)
    if sport is not None:
        return Decision(relevant=False, reason=sport)
    discard = find_discard(lexicon.discards, event.sentence, story=False,
                           ignored_ends=lexicon.source.ignored_discard_ends)
    if discard is not None:
        return Decision(relevant=False, reason=f"discard:{discard}")
    hits = domain_hits(lexicon, event.sentence)
    name, count = max(hits.items(), key=lambda kv: kv[1], default=("", 0))
    if count >= lexicon.source.sentence_min_terms:
        return Decision(relevant=False, reason=f"sentence:{name}")
    acting = _acting_parties(lexicon, event)
    state = any(_state(lexicon, m) for m in acting)
    if subject.reason is not None and (subject.domain == "sports" or not state):
        return Decision(relevant=False, reason=subject.reason)
    non_political = acting and not state and all(_non_political(lexicon, m) for m in acting)
    # "six nurses ... were sentenced to death": a legal act is the authorities', whoever was coded;
    # a protest is made to those who govern, whoever protests ("teachers rallying for higher pay")
    protest = event.cameo[:2] == english().codes.protest_root  # lead17
    if non_political and not legal_act(lexicon, event) and not protest:
        return Decision(relevant=False, reason="non-political-parties")
    private = private_only(lexicon, event, acting) or thing_actor(lexicon, event)
    private = private or private_claim(lexicon, event, acting)  # verbs17
    private = private or private_complaint(lexicon, event)  # senses15
    private = private or private_quarrel(lexicon, event, before)  # senses16
    return Decision(relevant=private is None, reason=private)


def previous_sentence(text: str, event: Event) -> str:
    """The sentence before the event's own in the article's text ("" at its start)."""
    start = event.sentence_start
    if start <= 0 or start > len(text):
        return ""
    window = text[max(0, start - PREVIOUS_CHARS):start].rstrip()
    ends = [window.rfind(mark, 0, len(window) - 1) for mark in (". ", "? ", "! ", "\n")]
    return window[max(ends) + 1:].strip() if max(ends) >= 0 else window.strip()


def story_subject(
    lexicon: RelevanceLexicon, article: Article, event: Event, subject: ArticleSubject
) -> ArticleSubject:
    """The subject of the story an event is told in: its paragraph's when that is a sports story
    or a political one in an off-topic article, else the article's."""
    call = story_call(lexicon, article, event, subject.domain, subject.reason)
    if call is None:
        return subject
    if call == SPORTS_STORY:
        return ArticleSubject(domain="sports", reason="story:sports")
    return ArticleSubject()


def mark_relevance(
    lexicon: RelevanceLexicon, article: Article, events: Sequence[Event]
) -> tuple[Event, ...]:
    """The events with their relevance decided (the article's subject is read once)."""
    if not events:
        return ()
    subject = article_subject(lexicon, article)
    marked = []
    for event in events:
        story = story_subject(lexicon, article, event, subject)  # senses17: a roundup's story
        decision = decide(lexicon, event, story, previous_sentence(article.text, event))
        marked.append(replace(event, relevant=decision.relevant, relevance=decision.reason))
    return tuple(marked)
