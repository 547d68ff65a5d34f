"""Noun phrases resolved into coded actor mentions with offsets: names, sector nouns, and
things said or done standing for their owner or author (used by the parties stage)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.abstract_nouns import without_mass_nouns
from detente.coding.actors import ActorCode, resolve_actors
from detente.coding.coder import ArticleState, Coder
from detente.coding.conjuncts import verb_conjunct_end
from detente.coding.country_surnames import without_country_surnames
from detente.coding.match import Match
from detente.coding.phrase_repeats import repeated_party
from detente.coding.recipients import Resolve, vague_parties
from detente.coding.state_groups import STATES_RULE  # actors8: several states
from detente.coding.syntax import RELATIVE_TAGS, agent_of, child, phrase_bounds, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

# Actor rules that rest on a name in the phrase itself (not on context or a sector noun).
NAMED_RULES = frozenset(
    {
        "country-name",
        "demonym",
        "seat-of-power",
        "org",
        "person-role",
        "stated-role",
        "user",
        "surname",
    }
)


def _names_an_actor(coder: Coder, head: Token, ctx: ArticleState) -> bool:
    """Whether an object's common-noun head is itself an actor word ("officials", "troops").

    Subjects are trusted (news makes actors the subjects of clauses, "Palestinian bombers"),
    and "thousands of Kurds" is judged by the noun after "of".
    """
    if head.pos_ != "NOUN" or head.dep_ in ("nsubj", "nsubjpass"):
        return True
    words = english().words
    if head.lemma_.lower() in words.person_heads:  # "South Korean army officers"
        return True
    if head.lemma_.lower() in words.partitives:
        inner = next((o for c in head.children if c.lower_ == "of" for o in c.children), None)
        return inner is None or _names_an_actor(coder, inner, ctx)
    if resolve_actors(coder.actors, head.text, date=ctx.article.date):
        return True
    # actors14: "the boxer" after "an Irish boxer was charged": a noun no lexicon knows
    return head.tag_ == "NN" and repeated_party(ctx.memory, head.lower_) is not None


def mentions(
    coder: Coder,
    head: Token | None,
    ctx: ArticleState,
    *,
    core: bool = False,
    sectorless: bool = False,
    acted_on: bool = False,
) -> tuple[ActorMention, ...]:
    """Resolve the noun phrase headed by ``head`` into coded actor mentions with offsets.

    ``sectorless`` keeps mentions known only by sector ("23 people"): the event's place may
    give them a country later. ``acted_on`` reads a recipient: a person's name coordinated
    with others is a person of its own ("found *Peter Greste* and Mohamed Fahmy guilty").
    """
    if head is None:
        return ()
    if head.pos_ == "NUM" and head.dep_ in ("dobj", "nsubjpass") and sectorless:
        # "release three of the Colombian hostages": the people counted are named after "of"
        counted = next(prep_objects(head, "of"), None)
        named = mentions(coder, counted, ctx, core=core, sectorless=True) if counted else ()
        if named:
            return named
        # "arresting 12": a bare count of people acted on
        people = ActorCode(country=None, sector="CVL", name=None, matched=head.text, rule="count")
        return (_mention(people, ctx.doc[head.i : head.i + 1], whole=True),)
    related = _related_by_name(coder, head, ctx, sectorless=sectorless)
    if related:
        return related
    # "rejected the minister's claims", "condemned his remarks", "the remarks by X": a thing said
    # or done stands for its owner, who is the party.
    named_only = not _names_an_actor(coder, head, ctx)
    owned = (
        _owners(coder, head, ctx, core=core, sectorless=sectorless, acted_on=acted_on)
        if named_only
        else ()
    )
    if owned:
        return owned
    start, end = phrase_bounds(head, core=core)
    end = title_apposition_end(head, verb_conjunct_end(head, end, coder.verbs.by_verb))
    if end - start > 1 and ctx.doc[end - 1].dep_ == "case" and ctx.doc[end - 1].head.i == head.i:
        end -= 1  # "the minister's": the possessive ending is not part of the party's name
    span = ctx.doc[start:end]
    read = _words_read(coder, span, acted_on=acted_on)
    codes = (
        resolve_actors(
            coder.actors, read, date=ctx.article.date, context=ctx.context, memory=ctx.memory
        )
        if read.strip()
        else ()
    )
    if not any(c.country for c in codes):
        respelt = _respelt(coder, span)
        if respelt is not None:  # "Ethopia has agreed": read as the country it misspells
            codes = resolve_actors(
                coder.actors, respelt, date=ctx.article.date, context=ctx.context,
                memory=ctx.memory,
            )
    # "an Australian ultimatum" points at Australia, but "military aid" is nobody: a thing
    # stands for an actor only through a name in it, never through context or a sector word.
    if named_only:
        # "Israeli military policies": the country is named, but "military" is no actor here.
        codes = tuple(
            replace(c, sector=None, other_sectors=()) if c.rule == "agent" else c for c in codes
        )
    codes = tuple(
        c
        for c in codes
        if (c.country is not None or (sectorless and c.sector is not None) or c.rule == STATES_RULE)
        and not (named_only and c.rule not in NAMED_RULES and c.rule != "agent")
    )
    if not codes:
        owner = _compound_owner(head) if named_only else None
        if owner is not None:  # "rejected the Kirkuk council decision": the council's
            return mentions(coder, owner, ctx, core=True, sectorless=sectorless)
        return _uncoded(head, span, sectorless=sectorless, acted_on=acted_on)
    person = _namesake_person(head, codes, ctx, acted_on=acted_on)
    return person or tuple(_mention(code, span, whole=len(codes) == 1) for code in codes)


def _uncoded(
    head: Token, span: Span, *, sectorless: bool, acted_on: bool
) -> tuple[ActorMention, ...]:
    """A phrase the lexicons code nothing in: a person's bare name, or nobody."""
    if sectorless and acted_on and _kin(head):
        # "stabbed *his mother*", "attacked *her son's* car": kin acted on are private people,
        # placed later where the event happened
        kin = ActorCode(country=None, sector="CVL", name=None, matched=span.text, rule="agent")
        return (_mention(kin, span, whole=True),)
    name = _private_person(head, span, titled=acted_on) if sectorless else None
    if name is not None:
        # "police arrested John Smith": a person named without any role is a private citizen,
        # placed later where the event happened or by who acted on them.
        person = ActorCode(country=None, sector="CVL", name=name.text, matched=name.text,
                           rule="named-person")  # fmt: skip
        return (_mention(person, name, whole=True),)
    return _coordinated_name(head) if acted_on else ()


def _kin(head: Token) -> bool:
    """Whether the noun names a member of someone's family ("his mother", "their sons")."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in english().senses.kin_nouns


def _namesake_person(
    head: Token, codes: tuple[ActorCode, ...], ctx: ArticleState, *, acted_on: bool
) -> tuple[ActorMention, ...]:
    """ "Shell and Watson have been charged with escape", in a story that names the inmate
    Nick Shell: a lone name acted on that the lexicon knows only as an organisation's is the
    person of that surname whom the article names in full, before or after (news refers to
    people it has named by surname; a company is not charged with escape)."""
    word = head.text
    alone = head.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in head.lefts)
    if not acted_on or not alone:
        return ()
    organisations = english().words.surname_org_codes
    if not all(c.rule in ("org", "user") and c.country in organisations
               and word in c.matched.split() for c in codes):  # fmt: skip
        return ()
    for ent in ctx.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word:
            person = ActorCode(country=None, sector="CVL", name=ent.text, matched=word,
                               rule="named-person")  # fmt: skip
            return (_mention(person, ctx.doc[head.i : head.i + 1], whole=True),)
    return ()


def _coordinated_name(head: Token) -> tuple[ActorMention, ...]:
    """ "found *Maher* and Adel guilty": the first of coordinated names, when it is a person's
    name and nothing more (its conjuncts are read one by one, coding/conjuncts.py)."""
    if not any(c.dep_ == "conj" for c in head.children):
        return ()
    name = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if name is None or name.label_ != "PERSON" or name.root.i != head.i:
        return ()
    person = ActorCode(country=None, sector="CVL", name=name.text, matched=name.text,
                       rule="named-person")  # fmt: skip
    return (_mention(person, name, whole=True),)


def span_mentions(coder: Coder, span: Span, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """The coded actors a span of words names by itself, with a country."""
    codes = resolve_actors(
        coder.actors, span.text, date=ctx.article.date, context=ctx.context, memory=ctx.memory
    )
    found = [c for c in codes if c.country is not None]
    return tuple(_mention(code, span, whole=len(found) == 1) for code in found)


def _owners(
    coder: Coder, head: Token, ctx: ArticleState, *, core: bool, sectorless: bool,
    acted_on: bool = False,
) -> tuple[ActorMention, ...]:
    """The party a thing said or done stands for: its owner ("the minister's claims", "the
    remarks by X"), else its author told by a participle ("the plan proposed by X")."""
    owner = child(head, "poss") or next(prep_objects(head, "by"), None)
    if owner is not None:
        return mentions(coder, owner, ctx, core=core, sectorless=sectorless, acted_on=acted_on)
    author = _proposer(head)
    if author is None:
        return ()
    # "efforts made by relevant parties" names nobody in particular
    authored = mentions(coder, author, ctx, core=core, sectorless=sectorless)
    return () if vague_parties(author, authored) else authored


def _compound_owner(thing: Token) -> Token | None:
    """ "rejected the Kirkuk *council* decision", "a march against *army* rule", "dispersed an
    *opposition* rally": a body's noun set before a thing said or done as its modifier tells
    whose thing it is, as "the council's decision" would. Only nouns of bodies that act for
    themselves count ("trade restrictions", "hospital capacity" name nobody), and only the
    modifier next to the thing; its own modifiers go with it ("the city council decision").
    A thing done to a body names no owner: "called for government reform" reforms it."""
    words = english().words
    if thing.lemma_.lower() in words.patient_things:
        return None
    nouns = [c for c in thing.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # "the *militant* positions": an armed group's noun the tagger read as an adjective
    nouns += [c for c in thing.lefts if c.dep_ == "amod" and c.lemma_.lower() in words.owner_nouns]
    nouns.sort(key=lambda c: c.i)
    if not nouns or nouns[-1].lemma_.lower() not in words.owner_nouns:
        return None
    return nouns[-1]


def _proposer(thing: Token) -> Token | None:
    """ "an amount *pushed by* the federal government", "the plan drawn up by Gondor": a thing
    made, put forward or done by someone, told by a participle, stands for its author."""
    participle = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if participle is not None:
        return agent_of(participle)
    return _relative_author(thing)


def _relative_author(thing: Token) -> Token | None:
    """ "the demand, *which was made by the United States*", "the plan *that Gondor proposed*"
    (recip10): a relative clause of putting the thing forward names its author, as the
    participle does: by its "by" phrase, or by its subject when the relative pronoun is its
    object. Other clauses name others ("protests *that were smashed by police*", "an attack
    *that Britain blamed on Russia*" are neither the police's nor Britain's)."""
    for clause in (c for c in thing.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in english().senses.authoring_verbs:
            continue
        author = agent_of(clause)
        if author is not None:
            return author
        relative = child(clause, "dobj")
        subject = child(clause, "nsubj")
        # "that" is often tagged as a conjunction there, but as the object it is the pronoun
        pronoun = relative is not None and (relative.tag_ in RELATIVE_TAGS or relative.lower_
                                            in english().senses.relative_words)  # fmt: skip
        if pronoun and subject is not None:
            return subject if subject.pos_ != "PRON" else None
    return None


def _related_by_name(
    coder: Coder, head: Token, ctx: ArticleState, *, sectorless: bool
) -> tuple[ActorMention, ...]:
    """ "a fellow US ally, Qatar", "Washington's ally Israel": a noun of relation with a name in
    apposition is the named party; the words before it name the other side of the relation."""
    if head.lemma_.lower() not in english().words.relational_nouns:
        return ()
    for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        found = mentions(coder, name, ctx, core=True, sectorless=sectorless)
        if any(m.country for m in found):
            return found
    return ()


def title_apposition_end(head: Token, end: int) -> int:
    """ "a phone call to Vladimir Putin, *White House chief of staff* John Kelly wasn't on the
    line": a role set off after a name and followed at once by another person's name, which
    the parser hung elsewhere, is that person's title, not an apposition: the phrase ends
    before its comma."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i < end):
        after = appos.right_edge.i + 1
        if appos.pos_ != "NOUN" or after >= len(head.doc):
            continue
        name = head.doc[after]
        outside = not (head.left_edge.i <= name.head.i <= head.right_edge.i)
        if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" and outside:
            cut = [c.i for c in head.children if c.dep_ == "punct" and head.i < c.i < appos.i]
            return min([end, appos.left_edge.i, *cut])
    return end


def _private_person(head: Token, span: Span, *, titled: bool = False) -> Span | None:
    """The person's name, when the phrase is only that name (every word part of one PERSON
    entity), perhaps after the person's age: "police arrested *31-year-old* John Doe" tells how
    old a private person is, not a role. ``titled`` (a party acted on) also passes over a
    courtesy title ("implored *Mr.* Sanford"); an actor so named is left to the lexicons,
    which know the public figures news calls "Mr"."""
    if head.ent_type_ != "PERSON":
        return None
    first = next((t.i for t in span if t.ent_type_ == "PERSON"), span.start)
    before = span.doc[span.start : first]
    passed = is_age(before) or (titled and courtesy(before))  # recip10: "Mr." says no role
    start = first if first > span.start and passed else span.start
    name = span.doc[start : span.end]
    return name if all(t.ent_type_ == "PERSON" or t.is_punct for t in name) else None


def courtesy(words: Span) -> bool:
    """ "Mr.", "Mrs", "Dr": courtesy titles alone, perhaps after an article."""
    said = [t for t in words if t.pos_ != "DET"]
    honorifics = english().words.honorifics
    return bool(said) and all(t.lower_.rstrip(".") in honorifics for t in said)


def is_age(words: Span) -> bool:
    """ "a 31-year-old", "the eight-month-old": an article, a number, a unit of time, "old"."""
    said = [t for t in words if t.pos_ != "DET" and not t.is_punct]
    return (
        len(said) == 3
        and said[0].like_num
        and said[1].lemma_.lower() in english().words.age_units
        and said[2].lower_ == "old"
    )


def _respelt(coder: Coder, span: Span) -> str | None:
    """The phrase with a misspelt country name or demonym put right, if it has one.

    Only capitalised proper nouns that are no person and no place the gazetteer knows are
    tried, and only a single-letter slip that fits exactly one name is put right.
    """
    for token in span:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ == "PERSON":
            continue
        if coder.gazetteer is not None and coder.gazetteer.lookup(token.text):
            continue
        name = coder.actors.respell(token.text)
        if name is not None:
            at = token.idx - span.start_char
            return span.text[:at] + name + span.text[at + len(token.text) :]
    return None


def _mention(code: ActorCode, span: Span, *, whole: bool) -> ActorMention:
    start, end = span.start_char, span.end_char
    if not whole and code.matched:
        offset = span.text.find(code.matched)
        if offset >= 0:
            start, end = span.start_char + offset, span.start_char + offset + len(code.matched)
    return ActorMention(
        text=span.text[start - span.start_char : end - span.start_char],  # Doc.text joins all
        start=start, end=end, country=code.country, sector=code.sector, name=code.name,
        org=code.org, other_sectors=code.other_sectors, rule=code.rule,  # type: ignore[arg-type]
    )  # fmt: skip


def _words_read(coder: Coder, span: Span, *, acted_on: bool) -> str:
    """The phrase's text as the actor lexicon reads it: a surname that is a place word blanked
    (lead18: "Becky Jordon" is a person, not Jordan), and in a recipient a mass noun heading a
    phrase of its own (recip20: "wages and job security from X" names no security force)."""
    read = without_country_surnames(coder, span) or span.text
    return without_mass_nouns(span, read) if acted_on else read


def resolver(
    coder: Coder, ctx: ArticleState, *, core: bool = False, acted_on: bool = True
) -> Resolve:
    """Recipient phrases resolved as ``mentions`` does, keeping parties known by sector only
    (``acted_on``: names coordinated at a place the pattern or the grammar gives a recipient)."""
    return lambda head: mentions(coder, head, ctx, core=core, sectorless=True, acted_on=acted_on)


def head_of_actor(match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState) -> Token | None:
    """The token that heads the actor: the pattern's subject, or the found actor's words."""
    if match.actor is not None or not actor:
        return match.actor
    span = ctx.doc.char_span(actor[0].start, actor[0].end)
    return span.root if span is not None else None
