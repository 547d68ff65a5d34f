"""Dependency-parse helpers: subjects, objects, prepositional recipients and phrase spans."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.adjunct_subjects import adjunct_clause, passive_controller
from detente.coding.split_titles import title_start
from detente.coding.stranded_subjects import stranded_subject
from detente.coding.subjects import (
    after_break_subject,
    called_on,
    closing_speaker,
    misattached_subject,
    parenthetical_participle,
    passive_clause_patient,
    raised_subject,
    root_noun_subject,
    subject_clause_patient,
)
from detente.coding.unsaid_subjects import (
    attempt_maker,
    made_attempt,
    pressed_party,
)
from detente.lexicons.english import english

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# Children that start a new clause or a parenthetical: never part of an actor's name.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "mark", "parataxis"})
# Clauses without a subject of their own take their head's: "agreed to work", "met and
# signed", "opened fire, killing two", "is willing to withdraw".
INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp"})
# Where a recipient may hide below a trigger when the pattern's own places are empty.
OBJECT_SEARCH_DEPS = frozenset(
    {
        "dobj",
        "dative",
        "prep",
        "pobj",
        "agent",
        "xcomp",
        "ccomp",
        "nsubj",
        "nsubjpass",
        "pcomp",
        "attr",
        "oprd",
        "acl",  # "prevented the demonstration *staged by students*"
    }
)
# Tags of relative pronouns ("who", "which", "that") that stand for the noun a clause modifies.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Parts of a noun phrase left out when only its core names the actor.
CORE_SKIP_DEPS = frozenset({"prep", "appos", "acl", "relcl"})
# How many tokens the recipient search visits before giving up (keeps long sentences cheap).
MAX_SEARCH_TOKENS = 24
# An actor phrase longer than this is a clause the parser attached wrongly; cut at the head.
MAX_PHRASE_TOKENS = 14


def is_passive(verb: Token) -> bool:
    """True for "was attacked by": the verb has a passive subject or auxiliary, or it is a
    participle modifying its patient ("a journalist *imprisoned* in Algeria")."""
    return (
        is_participle(verb)
        or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or _conjoined_passive(verb)
        or passive_clause_patient(verb) is not None
        or subject_clause_patient(verb) is not None  # claims14: "the man detained … was"
    )


def _past_form_participle(verb: Token) -> bool:
    """ "The man *detained* at the border was released" with "detained" tagged a past tense:
    hung on its noun with no subject, auxiliary or object of its own, a past form is a reduced
    passive relative (English grammar: "the man [who was] detained"), the noun its patient. A
    real past tense under a sentence's root noun is left to root_noun_subject."""
    if verb.tag_ != "VBD" or verb.lemma_.lower() in english().senses.active_participles:
        return False  # "the envoy *arrived* in Bree": an intransitive verb has no passive
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "expl")
        for c in verb.children
    )


def _counting_pronoun(word: Token) -> bool:
    """ "were among *those* killed": a pronoun standing for people, counted "among" by "be"
    (recip13). Elsewhere ("should release all *those* imprisoned") the older reading stands:
    the clause's subject is taken as the doer."""
    return (
        word.lower_ in english().words.people_demonstratives
        and word.dep_ == "pobj"
        and word.head.lower_ == "among"
        and word.head.head.lemma_ == "be"
    )


def _conjoined_passive(verb: Token) -> bool:
    """ "was pushed by France but *rejected* by Germany": a participle conjoined to another verb
    and with a "by" agent of its own shares the passive of the verb it is joined to; so does
    one with no subject, auxiliary or object of its own joined to a passive ("was arrested and
    *charged* with burglary": "was" serves both)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    shares = any(c.dep_ == "auxpass" for c in verb.head.children)
    return shares and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)


def is_participle(verb: Token) -> bool:
    """ "protesters *killed* by police", "were among those *arrested*": a past participle whose
    head noun (or pronoun counting people) is what it acts on."""
    return (
        verb.dep_ == "acl"
        and (verb.tag_ == "VBN" or _past_form_participle(verb))
        and (
            verb.head.pos_ in ("NOUN", "PROPN")
            or _counting_pronoun(verb.head)
            or verb.head.lower_ in english().senses.indefinite_people  # "anyone found guilty"
        )
        and root_noun_subject(verb) is None
        and closing_speaker(verb) is None
    )


def is_to_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("*to* sign", "*to* attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child with one of the given dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_objects(token: Token, prep: str) -> Iterator[Token]:
    """Objects of a preposition attached to ``token`` ("met *with* X", "sanctions *on* X"); of
    coordinated prepositions the object is both's ("flights *to and from* X")."""
    for c in token.children:
        if c.dep_ not in ("prep", "agent", "dative"):
            continue
        coordinated = [c, *(j for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP")]
        for i, p in enumerate(coordinated):
            if p.lower_ != prep:
                continue
            found = list(_objects_of(p))
            # "to and from X": a preposition without an object shares the next one's
            for later in coordinated[i + 1 :] if not found else ():
                found = found or list(_objects_of(later))
            yield from found


def _objects_of(prep: Token) -> Iterator[Token]:
    for obj in prep.children:
        if obj.dep_ in ("pobj", "pcomp"):
            yield obj
        elif obj.dep_ == "prep":  # "out of", "away from": take the inner object
            yield from (o for o in obj.children if o.dep_ == "pobj")


def has_particle(token: Token, particle: str) -> bool:
    """True when the verb governs the particle or preposition ("crack *down*", "call *for*")."""
    return any(
        c.dep_ in ("prt", "prep", "agent", "dative", "advmod") and c.lower_ == particle
        for c in token.children
    )


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp and conj chains ("agreed to work")."""
    current: Token | None = verb
    for _ in range(6):  # deep enough for "vowed to try to continue to attack"
        if current is None:
            return None
        found = after_break_subject(current) or child(current, "nsubj", "csubj")
        if found is not None and (owner := stranded_subject(current, found)) is not None:
            found = owner  # actors17: "soldiers destined for Mordor began": the soldiers
        if found is not None and current.i == verb.i and parenthetical_participle(current):
            return None  # "fishermen, held captive in Libya, have been freed": they were held
        if found is not None and found.dep_ != "nsubjpass":
            return found
        if current.dep_ in INHERIT_DEPS and current.head.i != current.i:
            if (light := made_attempt(current)) is not None:
                return attempt_maker(light)  # claims19: "if an attempt is made to arrest"
            if (controller := _controller(current)) is not None:
                return controller
            current = current.head
        elif (clause := adjunct_clause(current)) is not None:
            # mainev11: "is in custody after pointing a gun": the clause's subject acts.
            passive = passive_controller(clause)
            if passive is not None:
                return passive
            current = clause
        else:
            return misattached_subject(current)
    return None


def _controller(complement: Token) -> Token | None:
    """Who does a complement with no subject of its own, named in the clause above it."""
    if (pressed := pressed_party(complement)) is not None:
        return pressed  # claims19: "put pressure on X to resign" (not the object "pressure")
    if complement.dep_ == "xcomp" and child(complement.head, "dobj") is not None:
        # Object control ("urged X to leave"): the object is the subject of the complement.
        return child(complement.head, "dobj")
    if complement.dep_ == "xcomp" and (asked := called_on(complement)) is not None:
        return asked  # "called on X to leave", "appealed to X to leave"
    return raised_subject(complement)  # claims15: "Gondor is expected to meet Arnor"


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb: the real actor."""
    for c in verb.children:
        if c.dep_ == "agent":
            return child(c, "pobj")
    return None


def phrase_bounds(head: Token, *, core: bool = False) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, without trailing clauses.

    ``core`` also drops the head's prepositional phrases and appositions: "voting in East
    Jerusalem" is not an actor, though the place inside it may be one on its own.
    """
    tokens = [head]
    skip = CLAUSE_DEPS | CORE_SKIP_DEPS if core else CLAUSE_DEPS
    stack = [c for c in head.children if c.dep_ not in skip]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    indices = sorted(t.i for t in tokens)
    # Keep the contiguous run around the head; a gap means a clause was skipped.
    start = end = head.i
    members = set(indices)
    while start - 1 in members:
        start -= 1
    while end + 1 in members:
        end += 1
    doc = head.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    start, end = hyphen_joined(head, start, end)
    start = title_start(head, start)  # actors17: "Former Tuvalu PM | John Walsh said"
    start = after_shifted_result(head, start)
    if end - start + 1 > MAX_PHRASE_TOKENS:
        start = max(start, head.i - MAX_PHRASE_TOKENS // 2)
        end = min(end, head.i + MAX_PHRASE_TOKENS // 2)
    return start, end + 1


def after_shifted_result(head: Token, start: int) -> int:
    """ "set *free* | the hostages": an adjective of the result that stands between a verb and
    its object belongs to the verb, so the object's phrase starts after it."""
    first, verb, senses = head.doc[start], head.head, english().senses
    shifted = (
        first.dep_ == "amod"
        and first.head.i == head.i
        and first.lower_ in senses.resultative_adjectives
        and verb.lemma_.lower() in senses.resultative_verbs
        and head.dep_ == "dobj"
        and verb.i == start - 1
    )
    return start + 1 if shifted and start < head.i else start


def _hyphenated(left: Token, dash: Token, right: Token) -> bool:
    """Whether three tokens are one name split at a hyphen: "al-Bashir", "Jong-un",
    "Hezb-e-Islami", where a side in lower case (a particle, a syllable) shows the name goes on.

    Two capitalised sides ("Tri-State", "Pro-Russian") are left as the parser read them: such
    compounds name things other than what their last word means alone.
    """
    letters = left.is_alpha and right.is_alpha
    joined = dash.text == "-" and not left.whitespace_ and not dash.whitespace_ and letters
    return joined and (left.text[0].islower() or right.text[0].islower())


def _split_name_end(head: Token) -> int:
    """The last token of the head's person name when the parser hung the name's later parts
    beside the head rather than under it ("Omar al - Bashir", each a subject of the verb), else
    the head itself."""
    doc, sent = head.doc, head.sent
    if head.ent_type_ != "PERSON" or head.head.i == head.i:
        return head.i
    end = head.i
    while end + 1 < sent.end and doc[end + 1].ent_iob_ == "I":
        end += 1
    run = range(head.i, end + 1)
    # each later part hangs on the head's own head or on another part: the parse split the name
    attached = all(doc[i].head.i == head.head.i or doc[i].head.i in run for i in run)
    return end if attached else head.i


def hyphen_joined(head: Token, start: int, end: int) -> tuple[int, int]:
    """Widen the inclusive range [start, end] to whole hyphenated words and split names.

    A name written with hyphens ("Omar al-Bashir", "Hezb-e-Islami") is one word to a reader but
    several tokens to the parser, which may hang its parts apart (three subjects of one verb); a
    phrase never ends inside a written word, nor inside a name whose parts share the head's role.
    """
    doc, sent = head.doc, head.sent
    if end == head.i:
        end = _split_name_end(head)
    while end + 2 < sent.end and _hyphenated(doc[end], doc[end + 1], doc[end + 2]):
        end += 2
    while start - 2 >= sent.start and _hyphenated(doc[start - 2], doc[start - 1], doc[start]):
        start -= 2
    return start, end


def clause_root_path(token: Token) -> Iterator[Token]:
    """The token and its heads up to the sentence root."""
    current = token
    yield current
    while current.head.i != current.i:
        current = current.head
        yield current


def depth(token: Token) -> int:
    """Distance from the sentence root; the root's events lead the sentence's list."""
    return sum(1 for _ in clause_root_path(token)) - 1


def governing_subjects(token: Token, *, cross_ccomp: bool) -> Iterator[Token]:
    """Subjects of the clauses above ``token``, nearest first ("Nigeria said *it* would …")."""
    current = token
    for _ in range(8):  # a sentence rarely nests deeper; bounded for malformed parses
        if current.head.i == current.i:
            return
        if current.dep_ == "ccomp" and not cross_ccomp:
            return
        if current.dep_ == "relcl":
            # "the rebels who attacked": the noun is the relative pronoun's antecedent; a
            # "where" clause says nothing about who acts in it.
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS
                   for c in current.children):
                yield current.head
            return
        current = current.head
        found = agent_of(current) if is_passive(current) else child(current, "nsubj")
        if found is not None and found.i != token.i:
            yield found


def object_candidates(
    token: Token, exclude: set[int], skip: set[int], *, conditions: bool = False
) -> Iterator[Token]:
    """Noun heads below the trigger, nearest first: where an unlisted recipient may be.

    ``exclude`` subtrees are not entered (the actor); ``skip`` tokens are passed through but
    never offered (the trigger's own light object, "mounted an *invasion* of Lebanon").
    """
    deps = OBJECT_SEARCH_DEPS | {"advcl"} if conditions else OBJECT_SEARCH_DEPS

    def searched(c: Token) -> bool:
        if c.i in exclude or (c.dep_ == "prep" and c.lower_ in english().words.aside_preps):
            return False
        # "opened fire to disperse the demonstrators": a purpose clause names the target
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        return c.dep_ in deps or (c.dep_ == "advcl" and to)

    queue = [c for c in token.children if searched(c)]
    seen = 0
    while queue and seen < MAX_SEARCH_TOKENS:
        tok = queue.pop(0)
        seen += 1
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.i not in skip:
            yield tok
        queue.extend(c for c in tok.children if searched(c))


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word stands in (None when it stands in no clause)."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token
