"""Clauses and complements a trigger takes ("found *him guilty*", "agreed *that it was fair*")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.subjects import closing_speaker
from detente.coding.syntax import child, is_passive, is_to_infinitive, prep_objects
from detente.lexicons.english import english

# Parts of speech of verbs (and auxiliaries used as main verbs: "Mordor is responsible").
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# The "for" of a for-to clause ("a deadline *for* Arnor to reform"), whose subject is the party.
FOR_TO_MARK = "for"
# Where the parser hangs a for-to clause: on the verb or on its object noun.
FOR_CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl", "ccomp"})
# The fine tag of an "-ing" form: "denied *sending* troops" states a fact, like a that-clause.
GERUND_TAG = "VBG"


def as_complement(verb: Token) -> Token | None:
    """The predicative noun of "described X as a threat" / "called X a menace"."""
    for obj in prep_objects(verb, "as"):
        return obj
    found = child(verb, "oprd") or _adjective_complement(verb)
    if found is None:
        direct = child(verb, "dobj")
        found = child(direct, "appos", "oprd") if direct is not None else None
        if found is None and direct is not None:  # "held families as shields", "as" on the object
            found = next(prep_objects(direct, "as"), None)
    return found or small_clause(verb) or _resultative_adjective(verb)


def _adjective_complement(verb: Token) -> Token | None:
    """The adjective of "pleaded *guilty*", "declared *illegal*", parsed as its complement."""
    found = child(verb, "acomp")
    return found if found is not None and found.pos_ == "ADJ" else None


def _resultative_adjective(verb: Token) -> Token | None:
    """The adjective of "set the hostages *free*", "set *free* the journalists", "let *free*
    activists": the parser hangs it on the verb as a clause or adverb, or on the object it
    directly follows the verb before."""
    for c in verb.children:
        if c.pos_ == "ADJ" and c.dep_ in ("advcl", "advmod", "ccomp"):
            return c
    shifted = shifted_result(verb)
    if shifted is not None:
        return shifted
    direct = child(verb, "dobj")
    first = direct.doc[verb.i + 1] if direct is not None and verb.i + 1 < direct.i else None
    if first is not None and first.pos_ == "ADJ" and first.dep_ == "amod" and first.head == direct:
        return first
    return None


def shifted_result(verb: Token) -> Token | None:
    """ "Gondor let *free* the envoy": the adjective of the result, put before a long object and
    tagged a verb with the object as its subject; it directly follows the verb, and what it
    seems to say of that subject is done to it by the verb's own subject."""
    senses = english().senses
    if verb.lemma_.lower() not in senses.resultative_verbs:
        return None
    words = senses.resultative_adjectives
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i == verb.i + 1 and c.lower_ in words:
            subject = child(c, "nsubj")
            if subject is not None and subject.i > c.i:
                return c
    return None


def small_clause(verb: Token) -> Token | None:
    """The predicate of "found *him guilty*": an adjective with its own subject and no verb."""
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and child(c, "nsubj")),
        None,
    )


def clause_fits(verb: Token, kind: str) -> bool:
    """The verb takes a clause of the kind the pattern asks for ("view", "own", "said",
    "errand" or "fact")."""
    if kind == "fact":
        return fact_clause(verb) is not None
    if kind == "said":
        return closing_speaker(verb) is not None or _view_clause(verb)
    if kind == "errand":
        return errand_clause(verb) is not None
    return _view_clause(verb) if kind == "view" else _own_clause(verb)


def fact_clause(verb: Token) -> Token | None:
    """The clause or gerund that states a fact the verb takes: "denied *that civilians were
    killed*", "denied *the subject came up*", "denied *having sent troops*". A thing refused
    ("denied *the request*", "denied him *a visa*") and an infinitive ("denied permission *to
    march*") are no such clause."""
    for c in verb.children:
        if c.pos_ not in VERB_POS:
            continue
        gerund = c.tag_ == GERUND_TAG or any(
            a.dep_ == "aux" and a.tag_ == GERUND_TAG for a in c.children
        )  # "denied *sending*", "denied *having sent*"
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and gerund):
            return c
    return None


def errand_clause(verb: Token) -> Token | None:
    """The infinitive of the caller's own errand: "called Arnor's king *to congratulate* him",
    "phoned Gondor *to apologize*". What one calls someone to do oneself (thank, assure,
    discuss) is no act asked of the one called, as in "called the envoy *to testify*"."""
    words = english().words
    called = child(verb, "dobj")
    if called is None or called.lemma_.lower() in words.called_occasions:
        return None  # nobody called, or an occasion convened ("called a meeting to discuss")
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl")
            and is_to_infinitive(c)
            and c.lemma_.lower() in words.call_errands
            and child(c, "nsubj", "nsubjpass", "neg") is None
        ),
        None,
    )


def unaddressed_errand(verb: Token) -> Token | None:
    """The errand of a call with no one named as called and nothing asked for: "the president
    *called to congratulate* the actress", "the king called to thank Gondor". "Call" with a
    to-infinitive of the caller's own errand and no object, no "on"/"for" is a telephone call
    (dictionary: call "to telephone"); the act is the errand itself, told by its own verb, never
    a request ("called on Arnor to withdraw", "called for talks" stay)."""
    words = english().words
    if verb.lemma_.lower() not in words.summon_verbs or child(verb, "dobj", "dative") is not None:
        return None
    if is_passive(verb) or any(
        c.dep_ == "prep" and c.lower_ in english().senses.appeal_preps for c in verb.children
    ):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and is_to_infinitive(c)
            and c.lemma_.lower() in words.call_errands
            and child(c, "nsubj", "nsubjpass", "neg") is None
        ),
        None,
    )


def _own_clause(verb: Token) -> bool:
    """A clause whose subject is the speaker's own side: "claimed *that they had attacked*",
    "claimed *to have attacked*" (an infinitive's subject is the speaker's)."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in VERB_POS:
            return True
        subject = child(c, "nsubj") if c.dep_ == "ccomp" else None
        if subject is not None and _own_party(subject):
            return True
    return False


def _view_clause(verb: Token) -> bool:
    """The verb takes a clause with its own subject that states a view, not the agreeing
    parties' own act to come: "agreed *that policies should change*", "*that the vote was
    fair*", not "*that talks would resume*" nor "*that their countries should cooperate*"."""
    return any(
        (subject := child(c, "nsubj", "nsubjpass")) is not None and not _commits(c, subject)
        for c in (*(c for c in verb.children if c.dep_ == "ccomp"), *_clauses_after_partner(verb))
    )


def _clauses_after_partner(verb: Token) -> list[Token]:
    """ "agree with the NCAA *that Gassnola made payments*": the parser hangs the that-clause on
    the partner as a relative clause; a clause marked by "that" (no relative pronoun in it)
    that has its own subject is the verb's complement."""
    return [
        clause
        for partner in prep_objects(verb, "with")
        for clause in partner.children
        if clause.dep_ in ("relcl", "acl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ]


def _commits(clause: Token, subject: Token) -> bool:
    """A clause agreed on that binds the agreeing parties: a future act, or one of their own."""
    words = english().words
    if any(a.dep_ == "aux" and a.lower_ in words.committing_aux for a in clause.children):
        return True
    if subject.lower_ in words.thing_pronouns:  # "agreed that *it* was fair": a thing
        return False
    return _own_party(subject)  # "agreed that *they* should withdraw"


def _own_party(subject: Token) -> bool:
    """A personal pronoun, or a noun one owns ("*their* countries"): the speaker's own side."""
    own = english().words.own_possessives
    if subject.lower_ in own.values():
        return True
    return any(c.dep_ == "poss" and c.lower_ in own for c in subject.children)


def responsible_party(noun: Token) -> Token | None:
    """ "*The LRA* is responsible for mass killings": the party an act is stated to be of.

    Only a statement the sentence makes itself: a reported one ("X said Y is responsible for
    the attack") is the speaker's accusation (coding/blame.py), a negated one clears Y.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    adjective = prep.head
    blame_words = english().words.blame_adjectives
    if adjective.dep_ != "acomp" or adjective.lemma_.lower() not in blame_words:
        return None
    clause = adjective.head
    if clause.dep_ == "ccomp" or child(clause, "neg") or child(adjective, "neg"):
        return None
    return child(clause, "nsubj")


def complement_fits(comp: Token, words: tuple[str, ...]) -> bool:
    """The complement is one of the words, or a noun one of them qualifies: "called the
    escalation *the dumbest way*", "called him *a very stupid guy*" say what "dumb" says."""
    if comp.lemma_.lower() in words:
        return True
    return comp.pos_ in NOUN_POS and any(
        a.dep_ == "amod" and a.lemma_.lower() in words for a in comp.children
    )


def for_to_clause(verb: Token) -> Token | None:
    """ "called *for Israel to withdraw*", "appealed for the rebels to lay down arms": a for-to
    clause the verb takes, whose subject is the party it concerns."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp") and is_to_infinitive(c) and _marked_for(c) is not None
        ),
        None,
    )


def for_clause_subject(*heads: Token) -> Token | None:
    """ "set a deadline *for the agency* to reform": the parser reads "for" as the mark of an
    infinitive clause whose subject is the party the act is for (its subject, or the mark's
    object, as the parse has it)."""
    for head in heads:
        for clause in head.children:
            mark = _marked_for(clause) if clause.dep_ in FOR_CLAUSE_DEPS else None
            if mark is not None:
                return child(clause, "nsubj") or child(mark, "pobj")
    return None


def _marked_for(clause: Token) -> Token | None:
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == FOR_TO_MARK), None)


def said_clause_subject(verb: Token) -> Token | None:
    """The party a protest said is about: the subject of the report it closes ("*Croatian
    authorities* are failing refugees, a rights group protested") or of its own clause
    ("protested that *the army* had fired")."""
    if closing_speaker(verb) is not None:
        return child(verb.sent.root, "nsubj")
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return child(clause, "nsubj", "nsubjpass") if clause is not None else None


def purpose_clause(verb: Token) -> Token | None:
    """ "sent experts *to investigate* the attacks", "deployed soldiers *to train* Arnor's army":
    the infinitive saying what those sent are to do (no subject of its own, no "for")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp") and is_to_infinitive(c) and _marked_for(c) is None
            and child(c, "nsubj", "nsubjpass") is None
        ),
        None,
    )
