"""Senses of a trigger that state a stance, not an act: questions, feelings, duties of one's own.

"Why would Arnor attack its own allies?", "Will Gondor attack Mordor?", "he asked whether Arnor
would attack", "the people should not feel threatened", "we must fight together" and "people must
stand up to the army" use the words of attacks, threats and demands, but nobody attacked,
threatened or demanded anything: a question asks (a question in the past, "why did the army fire?",
still takes the firing as told), a participle after "feel" or "seem" describes a state of mind, a
duty the speaker states for its own side ("we must") is its resolve, a duty stated of people
in general is an opinion, a duty to remain in a state ("must remain vigilant") asks no act, and
refusing to be cowed ("we will not be intimidated") is defiance. relevance.yaml's
`stance_senses` block holds the words; the framing stage drops such triggers with the reason
no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.relevance import StanceSenses, relevance_lexicon

__all__ = ["STANCE_CHECKS"]

# Labels through which a trigger still belongs to the clause above it: its complements, its
# conjuncts, the nouns its verb governs. Relative and adverbial clauses, appositions and
# parentheticals tell something of their own ("people who kill our children" is told as done).
OWN_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "nsubj",
                             "nsubjpass", "attr", "compound", "amod", "dative", "oprd",
                             "acomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Fine tags of the past: "why did the army fire?", "who attacked the convoy?".
PAST_TAGS = frozenset({"VBD"})
# Fine tags of question words ("why", "who", "which", "whose").
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# Fine tags of a participle or adjective that describes a state ("feel threatened").
STATE_TAGS = frozenset({"VBN", "JJ"})
# Labels of the words that make a noun one particular group ("the people", "Arnor's people").
PARTICULAR_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "prep", "relcl",
                             "acl", "appos"})


def _words() -> StanceSenses | None:
    return relevance_lexicon().source.stance_senses


def _clauses(head: Token, words: StanceSenses) -> Iterator[Token]:
    """The trigger and the words above it within its own clause, up to the clause's verb and the
    verbs that take that clause as their complement (or as their condition: "what will Arnor
    do if Gondor attacks?")."""
    token = head
    while True:
        yield token
        conditional = token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words.condition_marks for c in token.children
        )
        if (token.dep_ not in OWN_CLAUSE_DEPS and not conditional) or token.head is token:
            return
        token = token.head


def _question_mark(head: Token, words: StanceSenses) -> Token | None:
    """The question mark that closes the trigger's sentence part, if one does."""
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.text in words.question_marks:
            return token
        if token.text in words.statement_marks:
            return None
    return None


def _wh(clause: Token) -> bool:
    return any(t.tag_ in WH_TAGS for t in clause.subtree if t.i < clause.i)


def _inverted(clause: Token) -> bool:
    """ "Will Gondor attack?", "Did Arnor attack?", "Is Arnor ready to talk?": an auxiliary, or
    the verb "be", before the subject (with no question word) asks whether."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    first = min(s.left_edge.i for s in subjects)
    if clause.lemma_.lower() == "be" and clause.i < first:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.i < first for c in clause.children)


def _past(clause: Token) -> bool:
    return clause.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in clause.children
    )


def _later_clause(chain: list[Token], mark: Token) -> bool:
    """A clause joined after the trigger's, before the question mark: the question is its."""
    start = chain[0].i
    return any(
        c.dep_ in ("conj", "parataxis") and start < c.i < mark.i and c not in chain
        for clause in chain for c in clause.children
    )


def _question(match: Match) -> str | None:
    """ "Why would Arnor attack its allies?", "Will Gondor attack Mordor?", "he asked: 'Why
    should Arnor negotiate?'": a direct question asks whether or why an act would be; it tells
    none. A question in the past about who or why ("why did the army fire?") takes the act as
    told and is left alone."""
    words = _words()
    if words is None:
        return None
    mark = _question_mark(match.head, words)
    chain = list(_clauses(match.head, words)) if mark is not None else []
    if mark is None or mark.head not in chain:
        return None
    asked = next((c for c in chain if _wh(c) or _inverted(c)), None)
    if asked is None and _later_clause(chain, mark):
        return None  # "Arnor is attacking Gondor, but will it stop?": another clause asks
    asked = asked if asked is not None else mark.head
    if _past(asked) and (_wh(asked) or not _inverted(asked)):
        return None  # "why did the army fire?", "they fired on us?": the act taken as told
    return f"{match.head.text!r} in a question ({asked.text!r} ...?): asked, not told"


def _indirect_question(match: Match) -> str | None:
    """ "he asked whether Arnor would attack Gondor", "wondered if they would meet": a clause
    of "whether" under a verb of asking is the question, no act told."""
    words = _words()
    if words is None:
        return None
    for clause in _clauses(match.head, words):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if marks.isdisjoint(words.whether_marks) or clause.dep_ not in ("ccomp", "advcl"):
            continue
        if clause.head.lemma_.lower() in words.asking_verbs:
            return f"{match.head.text!r} in what was asked ({clause.head.text!r} whether ...)"
    return None


def _duty_verb(match: Match) -> Token:
    """The verb of the act itself: the matched head, or for a duty reported by a speaker
    ("said Arnor must leave") the verb after the modal."""
    if match.pattern_id.startswith("obligation"):
        return match.head.doc[match.trigger[1] - 1]
    return match.head


def _feeling(match: Match) -> str | None:
    """ "should not feel threatened", "felt betrayed by Arnor", "the people seem intimidated":
    a participle after a verb of feeling or seeming describes a state of mind, and a duty to
    feel something is an opinion; no party threatened, betrayed or was asked anything."""
    words = _words()
    if words is None:
        return None
    verb = _duty_verb(match)
    if match.pattern_id.startswith("obligation") and verb.lemma_.lower() in words.feeling_verbs:
        return f"{verb.text!r} as a duty: how one should feel, no demand"
    for token in (match.head, verb):
        if token.tag_ not in STATE_TAGS or token.dep_ not in ("acomp", "oprd", "xcomp", "ccomp"):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            continue  # "seemed ready to attack", "felt compelled to act": an act still told
        if _seeming(token.head, words):
            return f"{token.head.text!r} {token.text!r}: a state of mind, no act"
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        if verb.tag_ == "VBN" and _seeming(aux, words):  # "felt" parsed as a passive auxiliary
            return f"{aux.text!r} {verb.text!r}: a state of mind, no act"
    return None


def _seeming(verb: Token, words: StanceSenses) -> bool:
    return verb.lemma_.lower() in words.seeming_verbs or verb.lower_ in words.seeming_verbs


def _duty_aux(verb: Token, words: StanceSenses) -> bool:
    """ "must fight", "should talk", "have to fight", "need to talk", told in the present."""
    if any(c.dep_ == "aux" and c.lower_ in words.duty_modals for c in verb.children):
        return True
    above = verb.head
    return (
        verb.dep_ == "xcomp"
        and above.lemma_.lower() in words.duty_verbs
        and above.tag_ not in PAST_TAGS
        and not any(c.dep_ == "aux" and c.tag_ in PAST_TAGS for c in above.children)
    )


def _doers(verb: Token) -> list[Token]:
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own or verb.dep_ not in ("xcomp", "conj"):
        return own
    return [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]


def _own_resolve(match: Match) -> str | None:
    """ "we must fight together", "we have to send troops": a material act the speaker states
    as its own side's duty is its resolve, no act done and none asked of another party (a
    verbal act so stated is done by saying it: "we must condemn this attack")."""
    words = _words()
    if words is None or match.pattern_id.startswith("obligation"):
        return None
    if match.cameo[:2] not in words.resolve_roots:
        return None  # "we must condemn this", "I must apologise": saying so does it
    verb = match.head
    doers = _doers(verb)
    if not doers or any(d.lower_ not in words.first_person for d in doers):
        return None
    if not _duty_aux(verb, words):
        return None
    return f"{doers[0].text!r} {verb.text!r} as a duty: the speaker's own resolve, no act"


def _anyone(doer: Token, words: StanceSenses) -> bool:
    """ "people", "nobody", "no one", "everyone": people at large, no one in particular."""
    if doer.lower_ not in words.bare_generic_subjects:
        return False
    return all(
        c.dep_ not in PARTICULAR_DEPS or (c.dep_ == "det" and c.lower_ in words.generic_dets)
        for c in doer.children
    )


def _people_in_general(match: Match) -> str | None:
    """ "people must stand up to the army", "nobody should negotiate with them": a duty stated
    of people at large (no one in particular) is an opinion or advice, no demand on a party and
    no act ("the people of Arnor must decide" names a people: left alone)."""
    words = _words()
    if words is None:
        return None
    verb = _duty_verb(match)
    doers = _doers(verb)
    if not doers or not _duty_aux(verb, words):
        return None
    if not all(_anyone(doer, words) for doer in doers):
        return None
    return f"{doers[0].text!r} {verb.text!r}: a duty of people at large, an opinion"


def _state_wished(match: Match) -> str | None:
    """ "Australians must remain vigilant", "Arnor should stay calm": a duty to remain in a
    state asks for no act of anyone ("must remain in Ithilien" names a place: left alone)."""
    words = _words()
    if words is None or not match.pattern_id.startswith("obligation"):
        return None
    verb = _duty_verb(match)
    if verb.lemma_.lower() not in words.state_verbs:
        return None
    deps = {c.dep_ for c in verb.children}
    if "acomp" not in deps or deps & {"xcomp", "ccomp", "dobj", "prep"}:
        return None
    return f"{verb.text!r} in a state as a duty: a wish, no demand"


def _defiance(match: Match) -> str | None:
    """ "we will not be intimidated by terrorists", "would not be threatened by tanks": refusing
    to be cowed, told in the future or with a modal, is a stance; nobody threatened anyone."""
    words = _words()
    head = match.head
    if words is None or match.cameo[:2] not in words.defiance_roots:
        return None
    children = list(head.children)
    if not any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in words.defiance_aux for c in children):
        return None
    return f"{head.text!r} refused in the future: defiance, no threat or coercion told"


def _graded_state(match: Match) -> str | None:
    """ "his guidance less tolerated by the president", "Arnor, increasingly isolated by Gondor":
    a participle graded by an adverb of degree tells how far a state holds; no act is told."""
    words = _words()
    head = match.head
    if words is None or head.tag_ != "VBN":
        return None
    for adverb in head.children:
        if adverb.dep_ == "advmod" and adverb.lower_ in words.degree_adverbs:
            return f"{adverb.text!r} {head.text!r}: a state graded by degree, no act"
    return None


STANCE_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _question, _indirect_question, _feeling, _own_resolve, _people_in_general, _state_wished,
    _defiance, _graded_state,
)  # fmt: skip
