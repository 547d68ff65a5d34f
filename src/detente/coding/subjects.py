"""Subjects the small parser loses: a main verb hung under its own subject noun or under a
participle clause that modifies that noun, a subject hung under an auxiliary, a name tagged an
adverb, and a subject hung as a conjunct of an opening phrase's last noun.

Each shape leaves a finite verb with no subject of its own while the sentence has no other
main verb to claim the noun. Only these shapes are read; a verb elsewhere without a subject
keeps none.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Tags of a verb that carries tense, so it heads a clause and needs a subject.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Children that show a verb already has a subject, is an infinitive or a passive.
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass"})
# Where a participle misread as a clause sits when that clause is the main verb's subject.
PARTICIPLE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# How a sentence's subject noun is spread ("The government, the parties and the Taliban").
SUBJECT_SPREAD_DEPS = frozenset({"appos", "conj"})


# Tags of an auxiliary that is surely one ("have", "has", "will"), not a misread full verb.
AUXILIARY_TAGS = frozenset({"VBP", "VBZ", "MD"})
# Entity labels of names that can act (a body, a state, a people, a person).
ACTOR_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


# Punctuation after which a new statement starts: "the news embarrassed X: officials denied"
# (each character one mark; a dash is left out, it also sets off appositions).
CLAUSE_BREAKS = ":;"


def after_break_subject(verb: Token) -> Token | None:
    """ "The news embarrassed authorities in Tunis: defence officials denied …": of two subjects
    the parser gave one verb, the one after a colon or semicolon is the verb's own; the words
    before the break are a statement of their own, not the actor."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    doc = verb.doc
    last = subjects[-1]
    between = doc[subjects[0].i : last.i]
    broken = any(len(t.text) == 1 and t.text in CLAUSE_BREAKS for t in between)
    return last if broken and last.i < verb.i else None


def misattached_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser hung in the wrong place, if the shape is a known one."""
    return (
        root_noun_subject(verb)
        or participle_root_subject(verb)
        or auxiliary_subject(verb)
        or modifier_name_subject(verb)
        or introduced_subject(verb)
        or closing_speaker(verb)
    )


def closing_speaker(verb: Token) -> Token | None:
    """ "Gondor broke its word, a council of lords protested here": a verb of saying right after
    a noun phrase that follows a comma, hung as that noun's clause, has the noun as its subject."""
    if verb.dep_ != "acl" or not _bare(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.lemma_.lower() not in english().words.closing_report_verbs:
        return None
    noun = verb.head
    if noun.dep_ != "appos" or noun.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = min(t.i for t in noun.subtree if t.i <= noun.i)
    return noun if first > 0 and noun.doc[first - 1].text == "," else None


def introduced_subject(verb: Token) -> Token | None:
    """ "With the signing of an accord, the government and the rebels have agreed": the noun
    phrase between the comma that closes an opening phrase and a subjectless main verb, which
    the parser hung as a conjunct or apposition of that phrase's last noun."""
    if verb.dep_ != "ROOT" or not _bare(verb) or not _tensed(verb):
        return None
    doc = verb.doc
    first = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
    comma = next((i for i in range(first - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= first:
        return None
    inside = range(comma + 1, first)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside]
    if len(roots) != 1:
        return None
    [noun] = roots
    attached = noun.dep_ in SUBJECT_SPREAD_DEPS and noun.head.i < comma
    return noun if attached and noun.pos_ in ("NOUN", "PROPN") else None


def _tensed(verb: Token) -> bool:
    """A finite verb, or a participle after a present or modal auxiliary ("have agreed")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ == "aux" and c.tag_ in AUXILIARY_TAGS for c in verb.children
    )


def auxiliary_subject(verb: Token) -> Token | None:
    """ "X and Y however have opposed": the subject hung under the auxiliary "have".

    Only a present-tense or modal auxiliary: a past-tense one may be a full verb the tagger
    took for an auxiliary ("Man *found* fatally shot"), whose subject is not the verb's.
    """
    for aux in verb.children:
        if aux.dep_ == "aux" and aux.i < verb.i and aux.tag_ in AUXILIARY_TAGS:
            found = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    return None


def modifier_name_subject(verb: Token) -> Token | None:
    """ "USAID deployed teams" with "USAID" tagged an adverb: the sentence's first word, a name
    the entity recogniser knows as a body, state or person, before a subjectless main verb."""
    if verb.dep_ != "ROOT" or not (_tensed(verb) or _perfect(verb)) or not _bare(verb):
        return None
    first = verb.doc[verb.sent.start]
    if first.head.i == verb.i and first.dep_ in ("advmod", "npadvmod"):
        return first if first.ent_type_ in ACTOR_ENTITIES else None
    return _acronym_before(verb)


def _acronym_before(verb: Token) -> Token | None:
    """ "In cooperation with partners, USAID provided …": an acronym in capitals tagged as the
    verb's modifier right after the comma that closes an opening phrase is its subject (an
    adverb there is never written in capitals)."""
    doc = verb.doc
    start = min([c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i] + [verb.i])
    word = doc[start - 1] if start - 1 > verb.sent.start else None
    if word is None or word.head.i != verb.i or word.dep_ not in ("advmod", "npadvmod"):
        return None
    acronym = word.is_upper and word.is_alpha and len(word) >= 2
    return word if acronym and doc[word.i - 1].text == "," else None


def _perfect(verb: Token) -> bool:
    """A past perfect ("USAID had announced"): "had" before a participle is surely the
    auxiliary, unlike other past-tense auxiliaries the tagger may have misread."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" and c.i < verb.i for c in verb.children
    )


def _bare(verb: Token) -> bool:
    """A verb with no subject, agent or passive auxiliary, and no infinitive "to"."""
    return verb.pos_ == "VERB" and not any(
        c.dep_ in OWN_SUBJECT_DEPS or (c.dep_ == "aux" and c.tag_ == "TO") for c in verb.children
    )


def root_noun_subject(verb: Token) -> Token | None:
    """ "The air force carried out strikes" parsed with the noun as root and "carried" as its
    modifier: a finite verb, or a participle with a direct object (an active verb), hung as a
    clause under the sentence's root noun is that noun's predicate."""
    if verb.dep_ not in ("acl", "relcl") or not _bare(verb):
        return None
    if verb.tag_ not in FINITE_TAGS and not _active_participle(verb):
        return None
    noun = verb.head
    for _ in range(4):  # "The government, a number of parties and the Taliban condemned"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # "Doctors from two aid groups donated": the phrase's head
            continue
        if noun.dep_ not in SUBJECT_SPREAD_DEPS or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    return noun


def _active_participle(verb: Token) -> bool:
    """A participle that acts: with a direct object of its own or of a finite verb it is joined
    to ("donated and delivered $50,000 worth of goods")."""
    if verb.tag_ != "VBN":
        return False
    joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ in FINITE_TAGS]
    return any(c.dep_ == "dobj" for v in (verb, *joined) for c in v.children)


def participle_root_subject(verb: Token) -> Token | None:
    """ "Officers responding to reports shot a man" parsed with "responding" as root and "shot"
    under it: a bare participle with a subject is that subject's modifier, so the subject is
    the finite verb's."""
    if verb.dep_ not in ("dep", "advcl") or verb.tag_ not in FINITE_TAGS or not _bare(verb):
        return None
    head = verb.head
    # the participle may itself be what a closing "police said" reports
    if head.dep_ not in ("ROOT", "ccomp") or head.tag_ not in ("VBG", "VBN") or head.i > verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None  # "are responding", "were linked": a real clause of its own
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < head.i else None


def called_on(complement: Token) -> Token | None:
    """The party asked by "called on X to <complement>": object control through a preposition,
    as "urged X to" is through a direct object."""
    verb = complement.head
    preps = english().senses.asking_prepositions.get(verb.lemma_.lower())
    if preps is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i < complement.i:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def raised_subject(complement: Token) -> Token | None:
    """ "Gondor is expected to meet Arnor", "the minister was forced to resign": the subject of
    a passive verb of raising or object control is the understood subject of its infinitive
    complement ("expected Gondor to meet" → "Gondor is expected to meet"). Not after other verbs,
    whose infinitive tells the agent's purpose ("the envoy was summoned to protest the raid":
    the summoner protests)."""
    verb = complement.head
    if complement.dep_ != "xcomp" or verb.i == complement.i:
        return None
    if verb.lemma_.lower() not in english().senses.raising_passives:
        return None
    if child_of(verb, "auxpass") is None or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in complement.children
    ):
        return None
    return child_of(verb, "nsubjpass")


def parenthetical_participle(verb: Token) -> bool:
    """ "Eighteen fishermen, held captive in Libya, have been freed": a past form set off by
    commas after its noun, parsed as the main verb, while the real main verb ("have been
    freed") is hung on it as a conjunct with auxiliaries and no subject of its own. The noun
    is what the participle acts on, not its doer."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or child_of(verb, "aux", "auxpass"):
        return False
    doc = verb.doc
    subject = child_of(verb, "nsubj")
    if subject is None or verb.i < 2 or doc[verb.i - 1].text != "," or subject.i >= verb.i:
        return False
    for main in verb.children:
        if main.dep_ == "conj" and main.i > verb.i and not child_of(main, "nsubj", "nsubjpass"):
            helpers = [c for c in main.children if c.dep_ in ("aux", "auxpass") and c.i < main.i]
            if helpers and doc[helpers[0].i - 1].text == ",":
                return True
    return False


def child_of(token: Token, *deps: str) -> Token | None:
    """The first child with one of the labels (syntax imports this module, not the reverse)."""
    return next((c for c in token.children if c.dep_ in deps), None)


def passive_clause_patient(verb: Token) -> Token | None:
    """ "He resigned, *forced out by the leadership*", "*Backed by Arnor*, rebels attacked", "they
    face life in prison *if convicted*": a past participle hung on a clause, with no subject or
    auxiliary of its own, is a passive whose patient is that clause's subject (a "by" agent is
    its doer); after a conjunction of condition or time the left-out subject is the same
    (English grammar: "if [they are] convicted")."""
    if _gerund_passive(verb):
        return _clause_subject(verb.head.head)
    if (patient := bare_participle_patient(verb)) is not None:
        return patient  # lead22: "with three soldiers killed", "left many people injured"
    if (patient := subject_participle_patient(verb)) is not None:
        return patient  # actors15: "A Gondorian detained in Arnor has been charged"
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "advcl":
        return None
    if child_of(verb, "nsubj", "nsubjpass", "aux", "auxpass", "dobj") is not None:
        return None  # "after he was forced out", "having forced out X": a clause of its own
    mark = child_of(verb, "mark")
    marked = mark is not None and mark.lower_ in english().senses.participle_clause_marks
    if (mark is not None and not marked) or (verb.tag_ == "VBD" and not marked):
        return None  # "as expected": no subject left out; a past tense needs "if" to be one
    if child_of(verb, "agent") is None and not _bare_passive(verb):
        return None
    return _clause_subject(verb.head)


# Attachments of a bare participle clause that cannot be a clause of its own ("with three
# soldiers *killed*": pcomp; "left two dead and many *injured*": conj).
BARE_PARTICIPLE_DEPS = frozenset({"pcomp", "conj", "advcl"})


def bare_participle_patient(verb: Token) -> Token | None:
    """ "with three soldiers *killed* and ten civilians *wounded*", "the attack left two dead and
    many people *injured*": a past participle with a subject but neither auxiliary nor object
    cannot be an active verb (English grammar: the perfect needs "have"), so it is a passive
    whose subject is its patient (the parser gives it "nsubj", not "nsubjpass"). Verbs whose
    participle is active ("arrived") are left alone, and so is a clause of its own (a main or
    reported clause: "said the rustlers raided a village"), where the tagger may have taken a
    simple past for a participle; only a participle after "with", or joined to or hung on
    another clause, is read so."""
    if verb.tag_ != "VBN" or verb.dep_ not in BARE_PARTICIPLE_DEPS:
        return None
    if child_of(verb, "aux", "auxpass", "dobj", "nsubjpass") is not None:
        return None
    if verb.lemma_.lower() in english().senses.active_participles:
        return None
    subject = child_of(verb, "nsubj")
    return subject if subject is not None and subject.i < verb.i else None


def subject_participle_patient(verb: Token) -> Token | None:
    """ "A Gondorian *detained* in Arnor in May has been charged": the small parser makes the
    participle that modifies a noun the subject of the main verb, with the noun as its own
    subject. A past participle with no auxiliary of its own cannot take an active subject
    (English grammar: "detained" there is a reduced relative, "who was detained"), so the
    noun is what was done to: its patient, never its doer (actors15)."""
    if verb.tag_ != "VBN" or verb.dep_ not in PARTICIPLE_SUBJECT_DEPS:
        return None
    if child_of(verb, "aux", "auxpass", "nsubjpass", "dobj") is not None:
        return None  # "having detained him", "those who were detained": a clause of its own
    return child_of(verb, "nsubj")


def subject_clause_patient(verb: Token) -> Token | None:
    """ "The man *detained* at the border was a smuggler" parsed as a clausal subject of "was"
    with "man" as the subject of "detained": a clause with no "that", "what" or "to" cannot be
    a subject in English, so it is a reduced passive relative, its noun the patient."""
    if verb.dep_ != "csubj" or verb.tag_ not in ("VBD", "VBN") or verb.head.lemma_ != "be":
        return None
    if child_of(verb, "mark", "aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp") is not None:
        return None
    if any(c.tag_ in ("WP", "WDT", "WRB") for c in verb.subtree):
        return None  # "what he did was wrong": a free relative
    if verb.lemma_.lower() in english().senses.active_participles:
        return None  # "the man arrived yesterday": no passive
    subject = child_of(verb, "nsubj")
    return subject if subject is not None and subject.i < verb.i else None


def _clause_subject(clause: Token) -> Token | None:
    """The subject of a clause, or of the clause it is the complement or conjunct of."""
    for _ in range(3):  # "are to appear in court, charged with": the subject of "are"
        found = child_of(clause, "nsubj", "nsubjpass")
        if found is not None or clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return found
        clause = clause.head
    return None


def _gerund_passive(verb: Token) -> bool:
    """ "was remanded *after being charged* with murder": a passive gerund after a preposition,
    with no subject of its own, is done to the subject of the clause the preposition is on."""
    return (
        verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
        and child_of(verb, "nsubj", "nsubjpass") is None
    )


def _bare_passive(verb: Token) -> bool:
    """ "Five men will appear in court, *charged with* murder": a past participle clause with
    no "by" agent is still a passive when the verb takes an object (English forms these only
    from transitive verbs); "*arrived* in Minas Tirith, the envoy met ..." is active."""
    return verb.lemma_.lower() not in english().senses.active_participles
