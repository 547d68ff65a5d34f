"""Recipients that a phrase names only by reference: relative and personal pronouns, the
actor's own possessives, and people named in full earlier in the article.

Each rule reads the grammar of the sentence (agreement, relative clauses) or an earlier mention
of the same person; none guesses a party from places or from the article's context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.abstract_nouns import names_an_abstraction
from detente.coding.coder import ArticleState
from detente.coding.owned_people import owner_named_before
from detente.coding.placement import GUESSED_RULES, well_known
from detente.coding.syntax import RELATIVE_TAGS, child, phrase_bounds, prep_objects
from detente.geo.locate import resolve_place
from detente.lexicons.english import english
from detente.records import ActorMention

Resolve = Callable[[Token], tuple[ActorMention, ...]]
Mentions = tuple[ActorMention, ...]

# Tags of plural nouns: "their" agrees with them.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A pronoun's person is looked for in this many sentences before it, its own included; further
# back the nearest person named is as likely someone the article has left behind.
PERSON_LOOKBACK_SENTENCES = 3
# How many sentences back a passive's "he" follows sentences about the same "he" to the one that
# names him: a short paragraph; a longer run of bare pronouns is left unread.
SUBJECT_CHAIN_SENTENCES = 6
# How far above a denied thing its claim's author is looked for: a sentence's depth.
MAX_CLAIM_STEPS = 20
# The entity label of an amount of money ("US$42 million"), which names no party.
AMOUNT_LABEL = "MONEY"
# Actor rules that say the actor is one person.
PERSON_RULES = frozenset({"person-role", "surname", "named-person"})


def antecedent(head: Token | None) -> Token | None:
    """ "the soldier *who* was killed": a relative pronoun stands for the noun it relates to,
    also as the subject of a clause reported inside the relative clause ("an insurgency,
    *which* it claims was supported by Mordor": recip11)."""
    if head is None:
        return head
    if head.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return counted_among(head)
    clause = head.head
    if clause.dep_ == "ccomp" and clause.head.dep_ == "relcl" and head.dep_ != "dobj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return head
    if head.tag_ in RELATIVE_TAGS:
        return clause.head
    return head


def counted_among(head: Token) -> Token:
    """ "Three Britons were *among those* killed", "Among the people arrested was a Gondorian":
    a group named after "among" as the complement of "be" holds the subject, who is the one the
    group's participle acted on (recip13)."""
    group = head.head
    if head.dep_ != "pobj" or group.lower_ != "among" or group.head.lemma_ != "be":
        return head
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children):
        return head  # "were among the protesters": a group of the clause's own
    # "Among those arrested *was* a Gondorian": inverted, the parser makes the one counted the
    # complement of "be"
    return child(group.head, "nsubj") or child(group.head, "attr") or head


def _is_person(head: Token | None, mentions: Mentions) -> bool:
    if head is None:
        return False
    if head.ent_type_ == "PERSON" or head.lower_ in english().words.person_pronouns:
        return True
    if head.pos_ == "PROPN" and mentions and all(m.rule == "reference" for m in mentions):
        return True  # "Trump" read through an earlier "President Donald Trump"
    return bool(mentions) and all(m.rule in PERSON_RULES for m in mentions)


def _is_plural(head: Token) -> bool:
    return (
        head.tag_ in PLURAL_TAGS
        or head.lower_ in english().words.plural_pronouns
        or any(c.dep_ == "conj" or _counts_several(c) for c in head.children)
    )


def _counts_several(word: Token) -> bool:
    """ "the *five* CEO's", "*two* Gondor officials": a number above one counts several, whatever
    the tagger made of the noun."""
    return word.dep_ == "nummod" and word.like_num and _above_one(word)


def _above_one(number: Token) -> bool:
    try:
        return float(number.text.replace(",", "")) > 1
    except ValueError:  # a number word: "five", "a dozen"
        return number.lower_ != "one"


def agrees_with_actor(pronoun: Token, actor_head: Token | None, actor: Mentions) -> bool:
    """Whether a possessive (or subject) pronoun agrees with the clause's actor and so refers to it.

    "our" needs "we", "his"/"her" a person, "its" one party that is no person, and "their"
    anything but one person (news writes "MSF ... their effort" of an organisation).
    """
    words = english().words
    subject = words.own_possessives.get(pronoun.lower_)
    if subject is None and pronoun.lower_ in words.own_possessives.values():
        subject = pronoun.lower_  # "MSF complained that *they* were refused"
    if subject is None or actor_head is None:
        return False
    person, plural = _is_person(actor_head, actor), _is_plural(actor_head)
    if subject in words.person_pronouns:
        return person and not plural
    if subject == "it":
        return not person and not plural
    if subject == "they":
        return not person or plural
    return actor_head.lower_ == subject  # "our" needs "we", "my" needs "I"


def own_possessive(head: Token, actor_head: Token | None, actor: Mentions) -> Token | None:
    """The phrase's possessive pronoun if it is the actor's own ("confirmed *their* support")."""
    poss = child(head, "poss")
    if poss is None or poss.pos_ != "PRON":
        return None
    return poss if agrees_with_actor(poss, actor_head, actor) else None


def without_own(
    found: Mentions, head: Token, actor_head: Token | None, actor: Mentions, *, slot: bool = True
) -> Mentions:
    """Drop what the actor's own possessive made a recipient, or give it the actor's country.

    "MSF complained of *their* effort": the effort is MSF's, and names nobody acted on.
    "Trump praised *his* chief of staff": the aide is of the actor's side, not of an actor
    the article named before. "expressed solidarity with *its* allies": others, unnamed.
    """
    poss = own_possessive(head, actor_head, actor)
    if poss is None or not any(m.rule == "reference" for m in found):
        return found  # "its neighbour Kyrgyzstan" names its party in its own words
    span = (poss.idx, poss.idx + len(poss.text))
    if all((m.start, m.end) == span for m in found):
        return ()  # the pronoun alone stood for a thing's owner
    if head.lemma_.lower() in english().words.relational_nouns or not slot:
        # "withdraw *its* troops" found beyond the pattern's slot: the actor's means, not a party
        return tuple(m for m in found if m.rule != "reference")
    country = next((m.country for m in actor if m.country), None)
    if country is None:
        return found
    return tuple(replace(m, country=country) if m.rule == "reference" else m for m in found)


def _sentence_floor(token: Token) -> int:
    """The first token of the sentence PERSON_LOOKBACK_SENTENCES - 1 before the token's."""
    sent = token.sent
    start = sent.start
    for _ in range(PERSON_LOOKBACK_SENTENCES - 1):
        if start == 0:
            break
        sent = token.doc[start - 1].sent
        start = sent.start
    return start


def _persons_before(token: Token, ctx: ArticleState, taken: set[int]) -> Iterator[Span]:
    """PERSON entities before the token, nearest first, not inside the actor's words."""
    floor = _sentence_floor(token)
    for ent in reversed(ctx.ents):
        if ent.label_ != "PERSON" or ent.end > token.i or ent.start < floor:
            continue
        if ent.start_char in taken or ent.root.i == token.head.i:
            continue
        yield ent


def _role_head(ent: Span) -> Token:
    """ "a journalist, Aziz Orujov": the role noun the name stands beside, or the name itself."""
    root = ent.root
    return root.head if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root


def _person_codes(resolve: Resolve, ent: Span) -> Mentions:
    """A named person's codes: from the name with its role, or from the role set beside it
    ("Leonid Slutsky, chairman of the foreign relations committee in Russia's parliament",
    too long to be read as one phrase), the first that gives a country."""
    found = resolve(_role_head(ent))
    if named_country(found):
        return found
    for role in (c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        beside = resolve(role)
        if named_country(beside):
            return beside
    return found


def named_country(found: Mentions) -> bool:
    """Whether the mentions give a country read in words, not guessed from the article."""
    return any(m.country and m.rule not in GUESSED_RULES for m in found)


def _known(found: Mentions) -> bool:
    """Whether the mentions say more than "a private person of unknown country"."""
    return any(m.country or m.rule != "named-person" for m in found)


def _pointing_at(found: Mentions, token: Token) -> Mentions:
    """Codes found elsewhere, told at the words of this sentence that refer to them."""
    start, end = token.idx, token.idx + len(token.text)
    return tuple(replace(m, text=token.text, start=start, end=end, rule="reference") for m in found)


def person_referred(
    resolve: Resolve, pronoun: Token, ctx: ArticleState, actor: Mentions, *,
    form: str | None = None,
) -> Mentions:
    """ "A court sentenced *him*": the nearest person named before who is not the actor
    (``form`` gives the object form of a pronoun that is none, "*his* request")."""
    form = form or object_form(pronoun)
    if form is None:
        return ()
    taken = {i for m in actor for i in range(m.start, m.end)}
    noun = _person_noun_before(pronoun, taken, form)
    named = next(_persons_before(pronoun, ctx, taken), None)
    if noun is not None and (named is None or named.end <= noun.i):
        return resolve(noun)  # "onto the boy and injuring him": the nearer person is the boy
    for ent in _persons_before(pronoun, ctx, taken):
        return _person_pointed(resolve, ent, pronoun, ctx)
    return ()


def _person_pointed(resolve: Resolve, ent: Span, pronoun: Token, ctx: ArticleState) -> Mentions:
    """The codes of the person named by ``ent``, told where the pronoun refers to them."""
    found = _person_codes(resolve, ent)
    earlier = () if _known(found) else named_before(resolve, ent, ctx)
    if earlier:
        return _pointing_at(earlier, pronoun)
    # a person named in the same sentence is pointed at by name, one before by the pronoun
    return found if ent.sent.start == pronoun.sent.start else _pointing_at(found, pronoun)


def subject_referred(resolve: Resolve, pronoun: Token, ctx: ArticleState) -> Mentions:
    """ "Lopez was acquitted. He was represented by attorney York. *He* was charged with ...": a
    passive's "he" goes on the story of the subjects before it, back through sentences whose
    subject is the same pronoun to the one whose subject names the person (by name or as "the
    man"); a sentence about anyone or anything else ends the search."""
    form = object_form(pronoun)
    if form is None or pronoun.dep_ != "nsubjpass":
        return ()
    sent = pronoun.sent
    for _ in range(SUBJECT_CHAIN_SENTENCES):
        if sent.start == 0:
            return ()
        sent = ctx.doc[sent.start - 1].sent
        subject = child(sent.root, "nsubj", "nsubjpass")
        if subject is None or subject.lower_ != pronoun.lower_:
            break
    else:
        return ()
    if subject is None:
        return ()
    name = next((e for e in ctx.ents if e.start <= subject.i < e.end), None)
    if subject.pos_ == "PROPN" and name is not None and name.label_ == "PERSON":
        return _person_pointed(resolve, name, pronoun, ctx)
    if subject.pos_ == "PROPN":  # "Lopez", which the tagger did not take for a person
        return _pointing_at(_proper_person(resolve, subject, ctx), pronoun)
    found = resolve(subject) if _one_person(subject, form) else ()
    return _pointing_at(found, pronoun)


def _proper_person(resolve: Resolve, name: Token, ctx: ArticleState) -> Mentions:
    """A proper noun a "he" or "she" goes on from, so a person whatever the tagger made of it:
    known by role or as named before, else a private person known by name alone."""
    found = tuple(m for m in resolve(name) if m.rule in PERSON_RULES)
    found = found or surname_referred(resolve, name, ctx)
    if found:
        return found
    start, end = phrase_bounds(name)
    span = name.doc[start:end]
    return (_private_person(span, span.text),)


def _one_person(subject: Token, form: str) -> bool:
    """Whether a subject noun names one person the pronoun agrees with: a singular person
    noun not of the other sex ("the man" for "he")."""
    words, lemma = english().words, subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ not in PLURAL_TAGS
        and lemma in words.person_heads
        and words.sexed_people.get(lemma, form) == form
    )


def people_referred(
    resolve: Resolve, pronoun: Token, ctx: ArticleState, actor: Mentions
) -> Mentions:
    """ "John Doe and Richard Roe were arrested. *Both* were charged": "both", standing alone as
    a passive's subject, is the nearest two people named together ("X and Y") before it, each a
    party of their own (the judge they faced, named nearer, is not one of them)."""
    if pronoun.dep_ != "nsubjpass" or pronoun.lower_ not in english().words.people_pronouns:
        return ()
    taken = {i for m in actor for i in range(m.start, m.end)}
    named = list(_persons_before(pronoun, ctx, taken))
    for ent in named:
        group = [e for e in named if _coordinated(e.root, ent.root)]
        if len(group) == 2:
            found = tuple(m for e in reversed(group) for m in _person_codes(resolve, e))
            return found if ent.sent.start == pronoun.sent.start else _pointing_at(found, pronoun)
    return ()


def _coordinated(one: Token, other: Token) -> bool:
    """Whether two words are the same or joined by "and" ("Sears and Bowers")."""
    def first(word: Token) -> Token:
        while word.dep_ == "conj":
            word = word.head
        return word
    return first(one).i == first(other).i


def object_form(pronoun: Token) -> str | None:
    """The object pronoun of one person acted on: "a court sentenced *him*", and the subject
    of a passive, which is acted on as an object is ("*He* was charged with murder")."""
    words = english().words
    if pronoun.lower_ in words.person_objects:
        return pronoun.lower_
    if pronoun.dep_ != "nsubjpass":
        return None
    return words.passive_person_subjects.get(pronoun.lower_)


def _person_noun_before(pronoun: Token, taken: set[int], form: str) -> Token | None:
    """The nearest singular noun of a person ("the boy", "a man") before an object pronoun in
    its own sentence, if it agrees with it in sex. The actor's own noun is passed over: "The
    boy said a man shot him" (the man does not shoot himself)."""
    words = english().words
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ in PLURAL_TAGS or lemma not in words.person_heads:
            continue
        if token.idx in taken:
            continue
        if words.sexed_people.get(lemma, form) == form:
            return token
    return None


def named_before(resolve: Resolve, name: Span, ctx: ArticleState) -> Mentions:
    """ "Leonid Slutsky, a Duma deputy, ... Slutsky was accused": the person's codes from the
    first mention of the same surname that gives a country, else one that gives a role."""
    surname = name[-1].text
    first: Mentions = ()  # a mention that gives a role but no country, if none gives both
    for ent in ctx.ents:
        if ent.start >= name.start:
            break
        if ent.label_ == "PERSON" and ent[-1].text == surname:
            found = _person_codes(resolve, ent)
            if named_country(found):
                return found
            first = first or (found if _known(found) else ())
    return first


def referred_recipient(
    resolve: Resolve,
    head: Token | None,
    ctx: ArticleState,
    actor_head: Token | None,
    actor: Mentions,
    *,
    slot: bool = True,
) -> Mentions:
    """The recipient at a pattern's place, read through the references a phrase can make."""
    head = antecedent(head)
    if head is None or is_reflexive(head) or head.ent_type_ == AMOUNT_LABEL:
        return ()  # recip11: "an appeal for US$42 million": an amount is no party
    if names_an_abstraction(head):
        return ()  # recip16: "demanded justice", "banning assembly": a mass noun, no body
    if (
        not slot
        and head.dep_ in ("nsubj", "nsubjpass")
        and agrees_with_actor(head, actor_head, actor)
    ):
        return ()  # the subject pronoun of a clause below the trigger is the actor again
    found = resolve(head) or _antecedent_party(resolve, head)
    if vague_parties(head, found) or stands_for_a_thing(resolve, head):
        return ()
    if head.pos_ == "PRON" and object_form(head) is not None:
        told = subject_referred(resolve, head, ctx) or person_referred(resolve, head, ctx, actor)
        return told or found
    if not found and head.pos_ == "PRON":
        return people_referred(resolve, head, ctx, actor)
    if found and not named_country(found) and head.ent_type_ == "PERSON":
        name = next((e for e in ctx.ents if e.start <= head.i < e.end), None)
        earlier = named_before(resolve, name, ctx) if name is not None else ()
        if earlier:
            return _pointing_at(earlier, head)
    found = owner_named_before(head, found, ctx)  # recip20: "Queen Arwen's adviser"
    return without_own(found, head, actor_head, actor, slot=slot)


def surname_referred(resolve: Resolve, head: Token, ctx: ArticleState) -> Mentions:
    """ "the police shooting of Tyrise M. Bell ... Officer Eggers shot *Bell*": a lone proper
    noun that is the surname of a person named in full before in the article is that person,
    even where the tagger took it for no person (news names people by surname after the first
    mention). A private person stays one, to be placed where the event happened."""
    start, end = phrase_bounds(head)
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or end - start != 1:
        return ()
    named = (e for e in ctx.ents if e.label_ == "PERSON" and e.end <= head.i and len(e) > 1)
    ent = next((e for e in named if e[-1].text == head.text), None)
    if ent is None:
        return ()
    found = _person_codes(resolve, ent)
    if _known(found):
        return _pointing_at(found, head)
    return (_private_person(head.doc[head.i : head.i + 1], ent.text),)


def _private_person(span: Span, name: str) -> ActorMention:
    """A private person known by name alone, to be placed where the event happened."""
    return ActorMention(text=span.text, start=span.start_char, end=span.end_char, country=None,
                        sector="CVL", name=name, rule="named-person")  # fmt: skip


def _pronoun_antecedent(pronoun: Token) -> Token | None:
    """The nearest noun before an "it"/"them" in its sentence or the one before, heading a
    phrase and of the pronoun's number: what a plain reading takes it to stand for."""
    number = english().words.thing_pronouns.get(pronoun.lower_)
    if number is None or pronoun.pos_ != "PRON":
        return None
    floor = pronoun.sent.start
    if floor > 0:
        floor = pronoun.doc[floor - 1].sent.start
    for token in reversed(pronoun.doc[floor : pronoun.i]):
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "poss", "nmod"):
            continue
        if (token.tag_ in PLURAL_TAGS) == (number == "plural"):
            return token
    return None


def _antecedent_party(resolve: Resolve, pronoun: Token) -> Mentions:
    """ "were holding 2000 people in Buner district ... to use *them* as human shields": an
    "it" or "them" the article's memory cannot place stands for the nearest noun before it of
    its number, when that noun names people or a body (a thing placed by a name in its phrase,
    "positions in Asir", is no party the pronoun could stand for)."""
    noun = _pronoun_antecedent(pronoun)
    found = resolve(noun) if noun is not None else ()
    if noun is None or not found or not all(m.sector for m in found):
        return ()
    # as for persons: named in the same sentence, the party is pointed at where it is named
    return found if noun.sent.start == pronoun.sent.start else _pointing_at(found, pronoun)


def stands_for_a_thing(resolve: Resolve, pronoun: Token) -> bool:
    """ "avoid objects being placed in *them*" (the luggage), "people with firearms to surrender
    *them*", "*It* was opposed by six Democrats" (the bill): a pronoun whose nearest antecedent
    is a thing no actor word names stands for that thing, not for a party."""
    noun = _pronoun_antecedent(pronoun)
    return noun is not None and noun.pos_ == "NOUN" and not resolve(noun)


def is_reflexive(head: Token | None) -> bool:
    """ "declared *himself* a supporter", "people who want to kill *themselves*": a reflexive
    pronoun is the actor again, never another party acted on."""
    return head is not None and head.lower_ in english().senses.reflexive_pronouns


def in_general(resolve: Resolve, head: Token | None) -> bool:
    """Whether the pattern's slot holds parties in general ("urged *all sides* to"): the slot is
    filled, by nobody in particular, and no other phrase stands in for it."""
    head = antecedent(head)
    return head is not None and vague_parties(head, resolve(head))


def not_the_actor(recipient: Mentions, actor: Mentions) -> Mentions:
    """The recipient without the actor's own words ("an amount pushed by the government": the
    thing's author is the actor of the pushing, never its recipient). A phrase naming both sides
    ("officials on both sides agreed") stays on each side with its other country."""
    return tuple(
        m
        for m in recipient
        if not any(
            a.start < m.end and m.start < a.end and a.country == m.country for a in actor
        )
    )


def vague_parties(head: Token, found: Mentions) -> bool:
    """ "urged *relevant parties* to exercise restraint", "called on *all sides*": parties in
    general, given a country only by the article's context, are nobody in particular."""
    words = english().words
    general = all(c.lower_ in words.vague_party_words for c in head.lefts)
    return (
        head.tag_ in PLURAL_TAGS
        and head.lemma_.lower() in words.vague_party_nouns
        and general
        and bool(found)
        and all(m.rule in GUESSED_RULES for m in found)
    )


def _acts_on_place(head: Token, cameo: str) -> bool:
    """Whether the slot holds what the event acts on, not merely where it happens."""
    if head.dep_ != "pobj":
        return True  # the object, the passive subject, the noun a participle modifies
    words, prep = english().words, head.head.lower_
    if prep in words.locative_preps:
        return cameo in english().codes.area_codes  # "a curfew *in* Basra"
    return prep in words.place_target_preps


def _is_site(head: Token, root: int) -> bool:
    """ "Mosul", "the enclave of Ghouta", "parts of Kashmir": the phrase is the place or a
    stretch of land in it, not a thing that merely happened there ("the bombing in Mosul")."""
    words = english().words
    return root == head.i or head.lemma_.lower() in words.settlement_nouns | words.area_nouns


def place_recipient(head: Token | None, cameo: str, ctx: ArticleState, actor: Mentions) -> Mentions:
    """ "shelled parts of Kashmir", "withdrew from Abyei": a place at the pattern's recipient
    slot stands for those in it, coded with the place's country (no sector)."""
    if head is None or ctx.places is None or not _acts_on_place(head, cameo):
        return ()
    return site_named(head, ctx, actor)


def site_named(head: Token, ctx: ArticleState, actor: Mentions) -> Mentions:
    """The place the phrase headed by ``head`` is (or a stretch of land in it), as a party of
    the place's country with no sector, if the article can say which country that is."""
    places = ctx.places
    if places is None:
        return ()
    start, end = phrase_bounds(head)
    span = ctx.doc[start:end]
    for place in places.mentions:
        if place.start is None or not span.start_char <= place.start < span.end_char:
            continue
        if not _is_site(head, place.root):
            continue
        found = resolve_place(place.candidates, countries=places.countries,
                              divisions=places.divisions)  # fmt: skip
        # the place must lie in a country the article names or the actor's own ("Syrian jets
        # pounded Ghouta"): "Kashmir" may be read as a Cashmere in Washington, and a wrong
        # recipient is worse than none
        known = places.countries | {m.country for m in actor}
        if found is not None and found.country in known and well_known(found):
            mention = ActorMention(text=span.text, start=span.start_char, end=span.end_char,
                                   country=found.country, sector=None, rule="place")  # fmt: skip
            return (mention,)
    return ()


def _verbal(cameo: str) -> bool:
    """Statements, appeals, demands, accusations, rejections and threats: acts addressed to
    someone."""
    codes = english().codes
    return cameo[:2] in codes.reaction_roots or cameo[:2] == codes.threat_root


def addressee(trigger: Token, cameo: str) -> Token | None:
    """ "wrote a letter to the Duma *calling for* …", "issued an ultimatum to X, *warning* …":
    a statement carried by a letter or message is addressed to whom the message went."""
    if trigger.dep_ not in ("acl", "advcl") or not _verbal(cameo):
        return None
    carrier = trigger.head
    holders = [carrier]
    if carrier.pos_ in ("VERB", "AUX"):
        holders += [c for c in carrier.children if c.dep_ == "dobj"]
    elif carrier.head.pos_ in ("VERB", "AUX"):
        holders.append(carrier.head)  # "wrote [a letter calling]": "to" may hang on the verb
    for holder in holders:
        found = next(prep_objects(holder, "to"), None)
        if found is not None:
            return found
    return None


def claim_author(resolve: Resolve, head: Token | None, cameo: str, actor: Mentions) -> Mentions:
    """ "Britain accuses Russia of the poisoning, *which* Russia denies": what a reaction's
    relative pronoun stands for was said or done by the subject of the clause it sits in."""
    # "which"/"that" relate to a thing, whatever noun the parser hung the clause on
    if head is None or head.tag_ != "WDT" or not _verbal(cameo):
        return ()
    thing = antecedent(head)
    if thing is None or thing.i == head.i:
        return ()
    own = {m.country for m in actor}
    current = thing
    # the claim may sit many phrases deep ("the poisoning of a spy and his daughter in
    # Britain, a charge that ..."); the walk ends at the root, bounded for broken parses
    for _ in range(MAX_CLAIM_STEPS):
        if current.head.i == current.i:
            return ()
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        subject = child(current, "nsubj")
        found = resolve(subject) if subject is not None else ()
        if found and not {m.country for m in found} <= own:
            return found
    return ()
