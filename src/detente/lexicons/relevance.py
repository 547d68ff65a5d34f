"""Schema and loader of relevance.yaml: the vocabularies and codes that set politics apart."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from detente.errors import LexiconError


class DiscardLike(Protocol):
    """A PETRARCH discard phrase as the discard reader gives it."""

    @property
    def phrase(self) -> str: ...  # lower case, single spaces

    @property
    def story(self) -> bool: ...  # the whole story is off-topic, not only the sentence

    @property
    def whole_word(self) -> bool: ...  # the phrase must end at a word boundary


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscardPhrase:
    """A discard phrase given directly (tests, or lists that do not come from a file)."""

    phrase: str
    story: bool = False
    whole_word: bool = False


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrivateParties(_Frozen):
    """The private-parties block of relevance.yaml (fields documented in the file itself)."""

    sectors: frozenset[str]
    partner_sectors: frozenset[str] = frozenset()
    people_rules: frozenset[str] = frozenset()
    cooperation_types: frozenset[str]
    appeal_types: frozenset[str] = frozenset()
    addressed_types: frozenset[str] = frozenset()
    public_words: tuple[str, ...] = ()
    civic_words: tuple[str, ...] = ()
    legal_words: tuple[str, ...] = ()
    # senses10: CAMEO roots of acts that, with no one acted on, only private parties decide
    unaddressed_roots: frozenset[str] = frozenset()
    # senses11: head nouns of private bodies whose names hold a public word ("County Foundation")
    private_body_nouns: frozenset[str] = frozenset()


class PrivateComplaints(_Frozen):
    """senses15: the private-complaints block of relevance.yaml (fields documented there)."""

    codes: frozenset[str]
    complainant_nouns: frozenset[str]
    state_act_words: tuple[str, ...] = ()


class CivilSuits(_Frozen):
    """senses16: the civil-suits block of relevance.yaml (fields documented there)."""

    court_sectors: frozenset[str]
    civil_words: tuple[str, ...]
    criminal_words: tuple[str, ...] = ()


class PrivateQuarrels(_Frozen):
    """senses16: the private-quarrels block of relevance.yaml (fields documented there)."""

    roots: frozenset[str]
    relation_nouns: frozenset[str]
    relation_determiners: frozenset[str]
    quarrel_words: tuple[str, ...] = ()
    motive_words: tuple[str, ...] = ()
    threat_roots: frozenset[str] = frozenset()  # senses18: private threats need no tie


class PrivateClaims(_Frozen):
    """verbs17: the private-claims block of relevance.yaml (fields documented there)."""

    codes: frozenset[str]
    claim_words: tuple[str, ...]
    filing_patterns: frozenset[str] = frozenset()
    venue_preps: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    state_claim_words: tuple[str, ...] = ()
    party_sectors: frozenset[str] = frozenset()


class GenericSenses(_Frozen):
    """The generic-senses block of relevance.yaml (fields documented in the file itself)."""

    quantifiers: frozenset[str]
    generic_pronouns: frozenset[str]
    modals: frozenset[str]
    generic_heads: frozenset[str]
    condition_marks: frozenset[str]
    dissent_root: str = "14"
    protest_root: str = "14"
    signature_nouns: frozenset[str] = frozenset()
    candidacy_words: frozenset[str] = frozenset()
    festive_marches: frozenset[str] = frozenset()
    dissent_cues: frozenset[str] = frozenset()
    support_root: str = "05"
    own_cause_nouns: frozenset[str] = frozenset()
    duty_words: frozenset[str] = frozenset()
    habit_adverbs: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    violence_roots: frozenset[str] = frozenset()
    self_harm_verbs: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()
    material_roots: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    phrase_breaks: frozenset[str] = frozenset()
    text_nouns: frozenset[str] = frozenset()
    drive_nouns: frozenset[str] = frozenset()
    message_kinds: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()
    owner_pronouns: dict[str, str] = {}  # possessive pronoun → "singular", "plural", "i", "we"


class StanceSenses(_Frozen):
    """The stance-senses block of relevance.yaml (fields documented in the file itself)."""

    question_marks: frozenset[str]
    statement_marks: frozenset[str] = frozenset()
    condition_marks: frozenset[str] = frozenset()
    whether_marks: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    feeling_verbs: frozenset[str] = frozenset()
    seeming_verbs: frozenset[str] = frozenset()
    duty_modals: frozenset[str] = frozenset()
    duty_verbs: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    resolve_roots: frozenset[str] = frozenset()
    bare_generic_subjects: frozenset[str] = frozenset()
    generic_dets: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    defiance_roots: frozenset[str] = frozenset()
    defiance_aux: frozenset[str] = frozenset()
    # senses11: adverbs that grade a participle ("less tolerated"): a state, no act
    degree_adverbs: frozenset[str] = frozenset()


class EverydaySenses(_Frozen):
    """The everyday-senses block of relevance.yaml (fields documented in the file itself)."""

    duration_verbs: frozenset[str]
    outing_roots: frozenset[str] = frozenset()  # senses18: "hikers pulled out of the gorge"
    outing_people: frozenset[str] = frozenset()


class TextSenses(_Frozen):
    """The text-senses block of relevance.yaml (fields documented in the file itself)."""

    text_nouns: frozenset[str]
    permit_verbs: frozenset[str] = frozenset()
    favour_verbs: frozenset[str] = frozenset()


class CultureSenses(_Frozen):
    """The culture-senses block of relevance.yaml (fields documented in the file itself)."""

    roots: frozenset[str]
    performer_nouns: frozenset[str]
    team_nouns: frozenset[str] = frozenset()
    team_kinds: frozenset[str] = frozenset()
    occasion_roots: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    perform_verbs: frozenset[str] = frozenset()
    win_nouns: frozenset[str] = frozenset()  # senses18: "victory in the marathon"
    win_preps: frozenset[str] = frozenset()
    unaimed_perform_verbs: frozenset[str] = frozenset()


class Audits(_Frozen):
    """The audits block of relevance.yaml (fields documented in the file itself)."""

    roots: frozenset[str]
    audit_words: frozenset[str]


class RelevanceFile(_Frozen):
    """relevance.yaml as written (fields documented in the file itself)."""

    version: str
    political_sectors: frozenset[str]
    political_kinds: frozenset[str]
    state_rules: frozenset[str]
    non_political_sectors: frozenset[str]
    non_political_kinds: frozenset[str]
    civic_kinds: frozenset[str]
    ignored_discard_ends: frozenset[str]
    politics: tuple[str, ...]
    domains: dict[str, tuple[str, ...]]
    article_min_terms: int = Field(ge=1)
    politics_weight: float = Field(ge=0)
    sentence_min_terms: int = Field(ge=1)
    sections: dict[str, tuple[str, ...]]
    domain_senses: dict[str, tuple[str, ...]] = {}  # CAMEO code → domains that take it over
    # senses8: the same, only for an act with no recipient ("investigating the outbreak")
    unaddressed_domain_senses: dict[str, tuple[str, ...]] = {}
    dense_sentence_terms: dict[str, int] = {}  # domain → terms that outweigh political parties
    advice_senses: dict[str, tuple[str, ...]] = {}  # CAMEO root → domains of advice to the public
    # senses5: CAMEO codes whose recipient is the place gone to: a state there is no party
    destination_codes: frozenset[str] = frozenset()
    # senses6: nouns that name a party as a company ("the French insurer Axa"), whatever its country
    company_nouns: frozenset[str] = frozenset()
    # senses13: prepositions of place: a recipient they introduce is the venue, no party
    venue_preps: frozenset[str] = frozenset()
    venue_rules: frozenset[str] = frozenset()  # senses13: actor rules that name a place
    company_officers: tuple[str, ...] = ()  # senses13: titles of a company's officers
    # senses6: protest words that, in a sports story, name a race ("the rally's fourth stage")
    sport_protest_words: frozenset[str] = frozenset()
    # senses8: who is a private party, and which acts between private parties are no politics
    private_parties: PrivateParties | None = None
    # senses9: statements of what anyone may do, situations as doers, election formalities
    generic_senses: GenericSenses | None = None
    # senses10: questions, feelings and duties of one's own side (coding/stance_senses.py)
    stance_senses: StanceSenses | None = None
    # senses10: nouns of athletes and sports officials: a party they head is a team or a player
    sport_party_nouns: frozenset[str] = frozenset()
    # senses11: nouns of players and teams that politics uses too ("captain", "side"): a party
    # they head is a player or a team only in a sports story or sentence
    sport_shared_nouns: frozenset[str] = frozenset()
    # senses14: names of sports and their governing bodies: a party named with one ("Football
    # Australia officials", "the FIFA delegates") is a sports body, no political party
    sport_body_words: frozenset[str] = frozenset()
    sport_story_bodies: frozenset[str] = frozenset()  # senses14: in a sports story only
    # senses10: actor rules whose party, named by the speaker's own state, is that state itself
    own_state_rules: frozenset[str] = frozenset()
    # senses10: "the country", "the nation" resolved by these rules name a state as such
    state_nouns: frozenset[str] = frozenset()
    state_reference_rules: frozenset[str] = frozenset()
    # senses10: the time a trip takes (coding/everyday_senses.py)
    everyday_senses: EverydaySenses | None = None
    # senses10: what a law permits, whom a measure favours (coding/text_senses.py)
    text_senses: TextSenses | None = None
    # senses15: a club's or team's crowd, and the words of a club or team in a party's phrase
    fan_nouns: frozenset[str] = frozenset()
    follower_nouns: frozenset[str] = frozenset()
    club_words: frozenset[str] = frozenset()
    team_words: frozenset[str] = frozenset()
    crowd_cues: tuple[str, ...] = ()  # senses15: a fan's sentence that tells a sport
    # senses15: private people's complaints about things (coding/relevance_complaints.py)
    private_complaints: PrivateComplaints | None = None
    # senses16: a sports body named by "sport(s)" and a body noun ("the city's sports council")
    sport_words: frozenset[str] = frozenset()
    sport_named_bodies: frozenset[str] = frozenset()
    # senses16: "third-party developers": an outsider to a deal, no political party
    outsider_compounds: tuple[str, ...] = ()
    party_heads: frozenset[str] = frozenset()
    election_words: tuple[str, ...] = ()
    # senses16: nouns of recorded information: a recipient they head is a thing, no party
    record_nouns: frozenset[str] = frozenset()
    # senses16: a court's or jury's act in a civil suit between private parties
    civil_suits: CivilSuits | None = None
    # senses16: violence between people tied by private life (coding/relevance_quarrels.py)
    private_quarrels: PrivateQuarrels | None = None
    # verbs17: a private party's civil claim against a private party (coding/relevance_claims.py)
    private_claims: PrivateClaims | None = None
    # senses17: a sport's own offences: an agentless charge for one is the sport body's
    sport_offences: tuple[str, ...] = ()
    implied_rules: frozenset[str] = frozenset()  # the actor rules of an implied authority
    # senses17: the paragraph of a roundup decides for its events (coding/relevance_stories.py)
    story_min_terms: int = Field(default=0, ge=0)  # 0: paragraphs are not read apart
    story_politics_terms: int = Field(default=2, ge=1)
    story_sport_cues: tuple[str, ...] = ()
    # senses17: friendly acts that honour a performer, an artist or a team (culture_senses.py)
    culture_senses: CultureSenses | None = None
    # senses17: an audit of a private body's accounts (coding/relevance_audits.py)
    audits: Audits | None = None


def term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex for a vocabulary: each term on word boundaries, a final "*" for any ending."""
    parts = []
    for term in sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True):
        stem = re.escape(term.rstrip("*"))
        parts.append(stem + (r"\w*" if term.endswith("*") else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")


@dataclass(frozen=True, slots=True, kw_only=True)
class RelevanceLexicon:
    """The loaded lexicon: compiled vocabularies plus the discard phrases."""

    source: RelevanceFile
    politics: re.Pattern[str]
    domains: dict[str, re.Pattern[str]]
    discards: tuple[DiscardLike, ...] = ()
    # senses8: "public", "civic" and "legal" word lists of the private-parties block, compiled
    private_terms: dict[str, re.Pattern[str]] = field(default_factory=dict)

    @property
    def version(self) -> str:
        """The file's version and the discard list's, as stored in lexicon_version."""
        return f"{self.source.version}/{len(self.discards)}"


def build_lexicon(source: RelevanceFile, discards: Sequence[DiscardLike] = ()) -> RelevanceLexicon:
    """Compile the vocabularies of a read relevance file."""
    return RelevanceLexicon(
        source=source,
        politics=term_pattern(source.politics),
        domains={name: term_pattern(terms) for name, terms in source.domains.items()},
        discards=tuple(discards),
        private_terms=_private_terms(source.private_parties),
    )


def _private_terms(block: PrivateParties | None) -> dict[str, re.Pattern[str]]:
    """The private-parties word lists compiled; an empty list is left out (it would match all)."""
    if block is None:
        return {}
    lists = {"public": block.public_words, "civic": block.civic_words, "legal": block.legal_words}
    return {name: term_pattern(terms) for name, terms in lists.items() if terms}


def read_relevance(path: Path | None = None) -> RelevanceFile:
    """Read and check relevance.yaml (the shipped one when ``path`` is None)."""
    name = str(path) if path else "relevance.yaml"
    try:
        if path is None:
            data = resources.files("detente.lexicons").joinpath("data/relevance.yaml")
            text = data.read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return RelevanceFile.model_validate(yaml.safe_load(text))
    except OSError as exc:
        raise LexiconError(f"{name}: cannot read relevance lexicon ({exc.strerror})") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise LexiconError(f"{name}: bad relevance lexicon: {exc}") from exc


def shipped_discards() -> tuple[DiscardLike, ...]:
    """The shipped PETRARCH discard list, once its reader is in the package (else none)."""
    try:  # adapter: detente.lexicons.petrarch.discards comes with the PETRARCH dictionaries
        module: Any = importlib.import_module("detente.lexicons.petrarch.discards")
    except ImportError:
        return ()
    return tuple(module.load_discards().entries)


@functools.cache
def relevance_lexicon() -> RelevanceLexicon:
    """The shipped relevance lexicon with the shipped discard list, loaded once per process."""
    from detente.lexicons.cache import cached, package_key

    sources = ("relevance.py", "data/relevance.yaml", "petrarch/discards.py",
               "data/petrarch/Phoenix.discards.txt")  # fmt: skip
    key = package_key("detente.lexicons", sources)

    def build() -> tuple[RelevanceFile, tuple[DiscardLike, ...]]:
        return read_relevance(), shipped_discards()

    # The file and discards are kept, not the lexicon: its patterns compile again when unpickled.
    source, discards = cached("relevance", key, build, tuple, None)
    return build_lexicon(source, discards)
