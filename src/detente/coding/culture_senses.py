"""Senses of a friendly act whose partner is a performer, an artist or a sports team.

"The minister congratulated the actress on her award", "the president invited the pianist to
play at the palace", "the queen met the singer", "the prime minister congratulated the national
cricket team" use the words of praise, invitations and meetings (CAMEO 03-06), but the one
honoured is an entertainer, an artist or an athlete, or the occasion is a prize, a show or a
birthday: a ceremony of culture or sport, no interaction between political parties. A political
party among the ones honoured ("congratulated the president of Arnor on his election", "invited
Gondor's king to visit") keeps the act; so does any act of conflict ("arrested the rapper",
"banned the singer"), which is the state's act on a citizen. relevance.yaml's `culture_senses`
block holds the words (with `sport_party_nouns` and `sport_body_words`); coding/events.py asks
here once the parties are known and drops the trigger with the reason no-event-sense.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.lexicons.relevance import CultureSenses, RelevanceLexicon, relevance_lexicon
from detente.records import ActorMention

__all__ = ["reject_honoured"]

# Labels of the words that name what kind of person a noun phrase is: "the sitcom *actress*
# Lena Holm", "renowned *pianist* Tomas Ruiz", "the novelist, Heinrich Vogt".
KIND_DEPS = frozenset({"compound", "appos", "amod", "nmod"})
# Labels of the partner of a friendly act: its object, an indirect object, a passive subject.
PARTNER_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
# Labels of a clause that says what the partner is invited or asked to do ("invited the pianist
# to play"; the parser may make the partner that clause's subject).
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})


def _partners(match: Match) -> list[Token]:
    """The tokens that head who was honoured, met or invited, with their conjuncts."""
    head = match.head
    found = [match.recipient] if match.recipient is not None else []
    found += [c for c in head.children if c.dep_ in PARTNER_DEPS and c not in found]
    for clause in (c for c in head.children if c.dep_ in CLAUSE_DEPS):
        found += [c for c in clause.children if c.dep_ == "nsubj" and c not in found]
    return found + [c for t in found for c in t.conjuncts if c not in found]


def _kind_words(token: Token) -> Iterator[Token]:
    """The noun and the words that say what it is, both ways of an apposition."""
    yield token
    for child in token.children:
        if child.dep_ in KIND_DEPS:
            yield child
            yield from (c for c in child.children if c.dep_ in KIND_DEPS)
    if token.dep_ == "appos":
        yield token.head


def _named(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _sports_team(words: CultureSenses, lexicon: RelevanceLexicon, token: Token) -> bool:
    """ "the national cricket team", "the Olympic squad": a team named by its sport."""
    if not _named(token, words.team_nouns):
        return False
    kinds = words.team_kinds | lexicon.source.sport_body_words
    return any(_named(c, kinds) for c in token.subtree if c.i < token.i)


def _performer(lexicon: RelevanceLexicon, token: Token) -> bool:
    """The partner is named as an entertainer, an artist or an athlete."""
    words = lexicon.source.culture_senses
    if words is None:
        return False
    nouns = words.performer_nouns | lexicon.source.sport_party_nouns
    return any(_named(t, nouns) for t in _kind_words(token)) or _sports_team(words, lexicon, token)


def _political(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A political party, or a state named by its name ("the president of Arnor", "Gondor")."""
    src = lexicon.source
    if mention.sector is None and mention.rule in src.state_rules:
        return True
    return mention.sector in src.political_sectors or mention.country in src.political_kinds


def _party(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A political party, or any party with a country and no sector, which may be a state;
    companies and aid groups are left out."""
    src = lexicon.source
    if _political(lexicon, mention):
        return True
    private = src.non_political_kinds | src.civic_kinds
    return mention.sector is None and mention.country is not None and mention.country not in private


def _span(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _coded_over(
    lexicon: RelevanceLexicon, token: Token, recipient: tuple[ActorMention, ...]
) -> bool:
    """A political party was coded over the token's words (a performer's phrase may carry a
    country with no sector: "the Ethiopian painter")."""
    start, end = _span(token)
    return any(_political(lexicon, m) and m.start < end and start < m.end for m in recipient)


def _of_show(words: CultureSenses, token: Token) -> bool:
    """ "the organisers of the film festival", "the winners of the award": people named by a
    show or a prize."""
    preps = (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
    return any(
        c.dep_ == "pobj" and _named(c, words.occasion_nouns) for p in preps for c in p.children
    )


def _occasion(words: CultureSenses, head: Token) -> Token | None:
    """ "congratulated her on her award", "on winning the award", "thanked them for the
    concert": a private feat or a show."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.occasion_preps:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
            objects += [c for c in gerund.children if c.dep_ == "dobj"]
        objects += list(_won_at(words, objects))  # senses18: "on his victory in the marathon"
        found = next((obj for obj in objects if _named(obj, words.occasion_nouns)), None)
        if found is not None:
            return found
    return None


def _won_at(words: CultureSenses, nouns: list[Token]) -> Iterator[Token]:
    """The occasions a noun of winning names with "in" or "at": "victory *in* the marathon"."""
    for noun in (n for n in nouns if _named(n, words.win_nouns)):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.win_preps):
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _performance(words: CultureSenses, head: Token) -> Token | None:
    """ "invited the pianist to play at the palace": asked to perform, no party's act."""
    for clause in head.children:
        if clause.dep_ not in CLAUSE_DEPS:
            continue
        if _named(clause, words.perform_verbs):
            return clause
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if _named(clause, words.unaimed_perform_verbs) and not objects:
            return clause
    return None


def _honoured(match: Match, recipient: tuple[ActorMention, ...]) -> str | None:
    lexicon = relevance_lexicon()
    words = lexicon.source.culture_senses
    if words is None or match.cameo[:2] not in words.roots:
        return None
    partners = _partners(match)
    if any(_coded_over(lexicon, t, recipient) for t in partners):
        return None
    performer = next((t for t in partners if _performer(lexicon, t) or _of_show(words, t)), None)
    if performer is not None:
        return f"{match.head.text!r} {performer.text!r}: a performer, no political party"
    # "congratulated Chile on its national day": a state or a party named beside the partners
    if any(_party(lexicon, m) for m in recipient if not _venue(m, partners)):
        return None
    cause = _occasion(words, match.head) if match.cameo[:2] in words.occasion_roots else None
    cause = cause or _performance(words, match.head)
    if cause is not None:
        return f"{match.head.text!r} for {cause.text!r}: a show or a private feat, no politics"
    return None


def _venue(mention: ActorMention, partners: list[Token]) -> bool:
    """A coded party outside every partner's words: the place of the act, not its partner."""
    spans = [_span(t) for t in partners]
    return bool(partners) and not any(mention.start < e and s < mention.end for s, e in spans)


def reject_honoured(match: Match, recipient: tuple[ActorMention, ...]) -> Rejected | None:
    """A named rejection when a friendly act honours a performer, an artist or a team, or a
    show or a private feat, and no political party."""
    detail = _honoured(match, recipient)
    if detail is None:
        return None
    return Rejected(stage="code", reason="no-event-sense", detail=detail)
