"""Who acts in clauses whose subject the parse does not give plainly: a pronoun reporting its
own speaker (or standing for the subject above the object its relative clause is on), an
infinitive on an owned noun, a purpose infinitive after the means used, a bare complement, and
a place named before an attack noun (which is no attacker).

Each function reads the parse only and returns the token that heads the actor phrase (or a
yes/no); coding/parties.py resolves that token into mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.pledgers import noun_maker
from detente.coding.quoted_speech import quoted_other
from detente.coding.syntax import (
    agent_of,
    child,
    governing_subjects,
    is_to_infinitive,
    prep_objects,
)
from detente.lexicons.english import english
from detente.records import ActorMention


def reporting_subject(match: Match) -> Token | None:
    """The subject of a clause above that a subject pronoun agrees with: "the agency said *it*
    …", "Teachers asserted that *they* …", "Slovenia sent a message that *it* disagreed"."""
    pronoun = match.actor
    if pronoun is None:
        return None
    above = [
        *governing_subjects(match.head, cross_ccomp=True), *_content_owner(match.head),
        *_relative_owner(match.head),
    ]
    for subject in above:
        if quoted_other(pronoun, subject):
            continue  # claims16: '"They …," the union said': direct speech names others so
        if subject.pos_ != "PRON" and pronoun_agrees(pronoun, subject):
            return subject
    return None


def _content_owner(verb: Token) -> list[Token]:
    """ "Slovenia sent a message that it disagreed …and expressed": a that-clause with a
    subject of its own, which the parser hung as a relative clause of the noun, says what the
    noun says; its pronoun looks to the subject of the clause that holds the noun."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or child(clause, "nsubj") is None:
        return []
    if not any(c.lower_ == "that" and c.dep_ != "nsubj" for c in clause.children):
        return []
    noun = clause.head
    words = english().words
    alleged = words.allegation_nouns | english().senses.claim_nouns
    if noun.dep_ not in ("dobj", "attr") or noun.lemma_.lower() in alleged:
        return []  # "denied charges that it tortured": what others allege, not its own act
    subject = child(noun.head, "nsubj")
    return [subject] if subject is not None else []


def _relative_owner(verb: Token) -> list[Token]:
    """ "Saudi Arabia eased the curfew *it* had imposed", "the group will return the bases *it*
    seized": the pronoun subject of a relative clause on an object stands for the subject of
    the clause that holds the object (the object is the clause's gap, never its subject)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    content = any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children)
    if clause.dep_ != "relcl" or content:
        return []  # "charges that it tortured": what a noun says (_content_owner)
    noun = clause.head
    if noun.lemma_.lower() in english().words.allegation_nouns | english().senses.claim_nouns:
        return []
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or holder.pos_ not in ("VERB", "AUX"):
        return []
    # "announced it will return the bases it seized": the holder's own subject may be a
    # pronoun too, which stands for the subject above it
    own = child(holder, "nsubj")
    return [*([own] if own is not None else []), *governing_subjects(holder, cross_ccomp=True)]


def pronoun_agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a subject pronoun can stand for the noun: number, and person or not."""
    return form_agrees(pronoun.lower_, noun)


def form_agrees(word: str, noun: Token) -> bool:
    """Whether a subject pronoun written ``word`` (lower case) can stand for the noun."""
    words = english().words
    plural = _plural(noun)
    if word in words.plural_pronouns:  # "the union said they": a body may be "they"
        return plural or noun.ent_type_ in ("ORG", "NORP")
    if word in words.person_pronouns:
        return not plural and noun.ent_type_ not in ("ORG", "GPE", "NORP")
    return word == "it" and not plural and noun.ent_type_ != "PERSON"


def _plural(noun: Token) -> bool:
    """Whether a noun names several: a plural noun, or nouns joined by a conjunction."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _several(noun: Token) -> bool:
    """Whether a noun surely names several: a plural common noun or nouns joined by a
    conjunction; a name's plural tag says little ("Adkins", "the Philippines"), and a subject
    whose verb is singular is one ("Adkins acknowledges", tagged a plural noun)."""
    if any(c.dep_ == "conj" for c in noun.children):
        return True
    return noun.pos_ == "NOUN" and noun.tag_ in ("NNS", "NNPS") and not singular_verb(noun)


def singular_verb(subject: Token) -> bool:
    """Whether a subject's verb, or its auxiliary, has a singular form ("acknowledges", "has",
    "was"): English verbs agree with their subject in number."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ in english().senses.singular_past_forms for t in forms)


def animacy_agrees(pronoun: Token | None, noun: Token) -> bool:
    """Whether a subject pronoun may stand for a noun above it, by person or thing: "If *it*
    eases its blockade, Arafat will ..." is never Arafat, "*he*" never a country. A plural
    pronoun may stand for one body ("the army said they" is common), but "he", "she" or "it"
    never for several ("*He* fought …, prosecutors said": not the prosecutors; claims20)."""
    if pronoun is None or pronoun.pos_ != "PRON":
        return True
    word = pronoun.lower_
    if (word in english().words.person_pronouns or word == "it") and _several(noun):
        return False
    if word in english().words.person_pronouns:
        return noun.ent_type_ not in ("ORG", "GPE", "NORP")
    if word == "it":
        return noun.ent_type_ != "PERSON"
    return True


def means_user(match: Match) -> Token | None:
    """ "Police fired tear gas to break up protests": the parser made the means the subject of
    the infinitive, which is the purpose of whoever used them, the subject above."""
    means = match.actor
    if means is None or means.dep_ != "dobj" or means.ent_type_ or means.pos_ != "NOUN":
        return None
    verb = means.head
    if match.head.dep_ != "xcomp" or match.head.head.i != verb.i:
        return None
    words = english().words
    if means.lemma_.lower() not in words.means_nouns | words.weapon_nouns:
        return None
    return child(verb, "nsubj")


def doer_behind(match: Match) -> Token | None:
    """Who acts through a subject that codes no party: the user of a means, or the maker of a
    thing named in its own "by" phrase."""
    return means_user(match) or maker_of(match.actor)


def maker_of(thing: Token | None) -> Token | None:
    """ "The resolution drafted by France calls for", "A report by the UN accused", "the plan
    proposed by Germany would cut aid": a thing made, sponsored or carried out by a party acts
    for that party, named in the thing's own "by" phrase or its participle's agent."""
    if thing is None or thing.pos_ != "NOUN":
        return None
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return child(c, "pobj")
        if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := agent_of(c)) is not None:
            return agent
    return None


def infinitive_owner(match: Match) -> Token | None:
    """ "Ukraine's decision to expel the envoys", "the government's plans to impose curbs": an
    infinitive that modifies a noun is done by the noun's owner, not by the clause's subject
    ("Russia condemned Ukraine's decision to expel …" is Ukraine's expulsion)."""
    verb = match.head
    if verb.dep_ == "conj" and child(verb, "nsubj", "nsubjpass") is None:
        verb = verb.head  # lead23: "an attempt to topple X and *destroy* Y" shares the "to"
    if verb.dep_ != "acl" or not is_to_infinitive(verb):
        return None
    noun = verb.head
    asked = any(prep_objects(noun, "to")) or any(prep_objects(noun, "on"))
    directive = noun.lemma_.lower() in english().words.directive_nouns
    if asked or (directive and not _own_meeting_sought(noun, match)):
        return None  # "the request by Washington to Oregon to send troops": Oregon would send
    # the noun's own maker ("Ukraine's", "by"/"from" a party), a state named before it, or
    # the one the noun is said of
    owner = noun_maker(noun) or _named_owner(noun) or _predicated(noun)
    # "their ability to cooperate": a pronoun owner is left to the clause above, as before
    return owner if owner is not None and owner.pos_ != "PRON" else None


def _own_meeting_sought(noun: Token, match: Match) -> bool:
    """claims19: "Arnor refused the king's request to meet its president", "rejected Gondor's
    plea to visit": a meeting or visit asked for, with no party asked named, is the asker's
    own (a request for leave to come); the one who refuses it is whom it was asked of."""
    seeking = noun.lemma_.lower() in english().senses.seeking_nouns
    return seeking and match.cameo[:2] == english().codes.consult_root


def _predicated(noun: Token) -> Token | None:
    """ "called Sharon's campaign *an attempt* to topple Arafat", "the raid was *an attempt* to
    kill him": a noun said of another is that one's, so the other (with its owner) does the
    infinitive, not the one who calls it so (lead23)."""
    if noun.dep_ == "oprd":
        return child(noun.head, "dobj")
    if noun.dep_ == "attr":
        return child(noun.head, "nsubj")
    return None


def _named_owner(noun: Token) -> Token | None:
    """ "a U.S. move to slap tariffs", "the Chinese decision to retaliate": a state or body
    named before the noun owns it as a possessive would ("Ukraine's decision to expel")."""
    return next(
        (c for c in noun.children
         if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
         and c.ent_type_ in OWNER_ENTITIES),
        None,
    )  # fmt: skip


def participle_doer(match: Match) -> Token | None:
    """ "killed in police firing", "gunmen opening fire on a bus": a present participle that
    modifies a noun has that noun as its doer (the caller keeps it only if it names an
    organised party, so "a law banning protests" still looks to the clause above)."""
    verb = match.head
    if match.actor is not None or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i else None


def organised_doers(found: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The participle's doers when they are organised parties ("police firing", "gunships
    firing", "parties planning rallies"): private people doing something ("a girl stabbing
    another", "residents volunteering") are rarely a political act and are left out."""
    return found if found and all(m.sector not in (None, "CVL") for m in found) else ()


def bare_complement(verb: Token) -> bool:
    """ "Ethiopia let free 74 leaders": a complement clause with no subject and no "that" of its
    own is the parser's reading of a bare complement, whose doer is the clause above's."""
    return verb.dep_ == "ccomp" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children
    )


def attack_place(match: Match, found: tuple[ActorMention, ...]) -> bool:
    """ "the Ankara attack", "the Ghazni bombings": a city or region named before an attack noun
    is where it happened, not who attacked ("Israeli strikes", "Taliban attacks" name them)."""
    head = match.actor
    if head is None or not found or match.cameo[:2] not in english().codes.attack_roots:
        return False
    if head.head.i != match.head.i or head.dep_ not in ("compound", "amod"):
        return False
    return all(
        m.rule == "seat-of-power" or (m.rule == "org" and m.org is None and m.sector is None)
        for m in found
    )


# How a party is named before an attack noun ("Israeli air strikes", "police firing").
ATTACKER_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def attack_modifiers(arm: Token) -> list[Token]:
    """The words before an attack noun that may name who attacked, nearest the noun first:
    "Israeli air strikes" (Israeli, air), "a US drone strike" (drone, then US under it)."""
    found: list[Token] = []
    queue = [arm]
    while queue:
        noun = queue.pop(0)
        for word in sorted(noun.children, key=lambda t: -t.i):
            if word.dep_ in ATTACKER_MODIFIER_DEPS and word.i < noun.i:
                found.append(word)
                queue.append(word)
    return found


# Sectors of forces a state sends: its armed forces and its police.
FORCE_SECTORS = frozenset({"MIL", "COP"})


def deployed_forces(
    verb: Token, cameo: str, moved: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """ "2,000 Russian soldiers were deployed", "Ecowas peacekeepers are being sent": forces
    deployed without a "by" are their own side's deployment, so they stand for the actor (who
    else sent them is not said; "24 people were killed" keeps no actor). Only a clause of its
    own: "troops stationed in Iraq" describes the troops, it tells no deployment."""
    senses = english().senses
    if cameo not in senses.force_cameos or not moved or verb.dep_ == "acl":
        return ()
    # a bare present ("are stationed") tells where forces stand; "could", "might" a possibility
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    done = auxiliaries & senses.deployment_auxiliaries
    if not done or auxiliaries & english().words.hypothetical_aux:
        return ()
    return moved if all(m.sector in FORCE_SECTORS for m in moved) else ()


# CAMEO codes of releasing people (0841); easing measures is every other "08" code.
RELEASE_CAMEO = "0841"
EASING_ROOT = "08"


def passive_owner(cameo: str, moved: Token) -> Token | None:
    """Who did an agentless passive that its patient's own words tell: "two Russians who had
    been held by the government were released" (their holder frees them), "UN sanctions against
    Iran were lifted" (whoever's sanctions they are lifts them)."""
    if moved.dep_ != "nsubjpass":
        return None  # "an announcement that it had opened corridors": no passive of its own
    if cameo == RELEASE_CAMEO:
        holding = english().senses.holding_verbs
        for clause in moved.children:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in holding:
                holder = agent_of(clause)
                if holder is not None:
                    return holder
        return None
    if cameo[:2] != EASING_ROOT:
        return None
    owners = [c for c in moved.children if c.i < moved.i and (
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_ in OWNER_ENTITIES))]
    return owners[0] if owners and owners[0].pos_ != "PRON" else None


# Entity labels of a named owner before a measure ("UN sanctions", "US tariffs", "Saudi curfew").
OWNER_ENTITIES = frozenset({"ORG", "GPE", "NORP"})
