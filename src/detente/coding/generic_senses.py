"""Senses of a trigger that tell no particular act: generic statements and situations as doers.

"That's something all Americans can support", "people who falsely accuse others are rarely
deterred", "if you cook meat well, it kills all viruses", "collecting signatures to get on the
ballot", "the parade led by the veterans", "both chambers will either accept or reject it", "70%
of youth oppose violence" and "people who want to kill themselves" use the words of support,
accusation, attack, dissent, demonstration and rejection, but no party did any of it: what anyone
may do, what a kind of people does as a rule, what a situation brings about, an election
formality, a festive march, a choice not yet made, a survey's figure, a share compared
between two times ("arrested 20 percent more people than in 2014") and harm to oneself.
relevance.yaml's `generic_senses` block holds the words; the framing stage drops such triggers
with the reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.relevance import GenericSenses, relevance_lexicon

__all__ = ["GENERIC_CHECKS"]

# Dependency labels of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Fine tags of the simple present ("supports", "support") and of the past.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PAST_TAGS = frozenset({"VBD"})
# Fine tags of relative pronouns ("people who accuse").
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Fine tags of comparatives ("more", "fewer", "less"): a share compared is a statistic.
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
# Labels of what makes a noun phrase one particular set of parties ("the three", "his aides").
PARTICULAR_DEPS = frozenset({"poss", "nummod"})


def _words() -> GenericSenses | None:
    return relevance_lexicon().source.generic_senses


def _subjects(head: Token) -> list[Token]:
    """The trigger's subjects, or its governing verb's for an infinitive or a second verb
    ("all Americans can support and defend", "anyone may try to accuse")."""
    own = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if own or head.dep_ not in ("xcomp", "conj"):
        return own
    return [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]


def _auxiliaries(head: Token) -> list[Token]:
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not aux and head.dep_ in ("xcomp", "conj"):
        aux = [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    return aux


def _generic_tense(head: Token, words: GenericSenses) -> bool:
    """A modal of ability or duty ("can support", "should back") or the simple present: what
    holds as a rule; a past or perfect tells a particular act."""
    aux = _auxiliaries(head)
    if head.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS and a.lower_ not in words.modals
                                     for a in aux):  # fmt: skip
        return False
    if any(a.lower_ in words.modals for a in aux):
        return True
    return not aux and head.tag_ in PRESENT_TAGS


def _quantified(subject: Token, words: GenericSenses) -> bool:
    """ "all Americans", "every citizen", "anyone", "no one": a statement about any member of a
    kind, not about named parties ("all three parties" counts them: particular)."""
    if subject.lower_ in words.generic_pronouns:
        return True
    if any(c.dep_ in PARTICULAR_DEPS for c in subject.children):
        return False
    return any(c.dep_.endswith("det") and c.lower_ in words.quantifiers  # "all", "all the"
               for c in subject.children)  # fmt: skip


def _quantified_generic(match: Match) -> str | None:
    """ "something all Americans can support", "no one should accuse them", "everyone agrees to
    help": a quantified subject with a modal or the simple present states what anyone would do."""
    words = _words()
    if words is None:
        return None
    subjects = _subjects(match.head)
    if not subjects or not all(_quantified(s, words) for s in subjects):
        return None
    if not _generic_tense(match.head, words):
        return None
    pronoun = all(s.lower_ in words.generic_pronouns for s in subjects)
    if not pronoun and not any(a.lower_ in words.modals for a in _auxiliaries(match.head)):
        return None  # "All sides agree to talks": a headline's present tells a particular act
    return f"{subjects[0].text!r} {match.head.text!r}: a generic statement, no party acts"


def _generic_relative(match: Match) -> str | None:
    """ "people who falsely accuse others", "those who support the plan": a present relative
    clause on a noun naming anyone of a kind says what such people do, not what someone did."""
    words = _words()
    head = match.head
    if words is None or head.dep_ != "relcl" or not _generic_tense(head, words):
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS for c in head.children):
        return None  # "the charge Arnor denies": another party's act told of the noun
    noun = head.head
    if noun.lemma_.lower() not in words.generic_heads and noun.lower_ not in words.generic_heads:
        return None
    if any(c.dep_ in (*PARTICULAR_DEPS, "det") and c.lower_ not in words.quantifiers
           for c in noun.children):  # fmt: skip
        return None  # "the people who accuse him", "his supporters who back him": particular
    return f"{noun.text!r} who {head.text!r}: what a kind of people does, no act told"


def _conditions(head: Token, words: GenericSenses) -> Iterator[Token]:
    """The condition clauses on the trigger's clause, or on the verb reporting it ("if tolls
    were reinstated, Wagner said, it would provide")."""
    for verb in (head, head.head if head.dep_ in ("ccomp", "conj", "xcomp") else head):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words.condition_marks for c in clause.children
            ):
                yield clause


def _situation_it(match: Match) -> str | None:
    """ "if you cook meat well, it kills all viruses", "if tolls were reinstated, it would
    provide more money": "it" after a condition is the situation it sets, not a party."""
    words = _words()
    if words is None:
        return None
    subjects = _subjects(match.head)
    if not subjects or any(s.lower_ != "it" for s in subjects):
        return None
    it = subjects[0]
    for clause in _conditions(match.head, words):
        if clause.i > it.i:
            continue  # "Arnor says it will not accept them unless ...": "it" is Arnor
        if not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in clause.children):
            return f"'it' {match.head.text!r} after {clause.text!r}: a situation, no party"
    return None


def _duty(verb: Token, words: GenericSenses) -> bool:
    """ "must register", "are required to register", "should report": a clause of duty."""
    for word in (verb, *verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())):
        if word.lower_ in words.duty_words or word.lemma_.lower() in words.duty_words:
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.duty_words


def _own_adverbs(head: Token) -> Iterator[Token]:
    """The adverbs on the trigger and on its own adverbial clauses ("support them wherever
    possible"); those deeper down belong to another act ("calling on residents to report
    graffiti whenever they spot it")."""
    for child in head.children:
        if child.dep_ == "advmod":
            yield child
        elif child.dep_ in ("advcl", "acomp"):
            yield from (c for c in child.children if c.dep_ == "advmod")


def _rule_condition(match: Match) -> str | None:
    """ "lobbyists are required to register if they undertake to oppose legislation", "we will
    back small firms wherever possible": the condition of a rule or a standing policy says when
    a duty holds, not that anyone acted ("will retaliate if Mordor attacks" is left to modality)."""
    words = _words()
    head = match.head
    if words is None:
        return None
    adverbs = [a for verb in (head, *head.conjuncts) for a in _own_adverbs(verb)]
    if any(a.lower_ in words.habit_adverbs for a in adverbs):  # "back and praise X wherever"
        return f"{head.text!r} wherever or whenever: a standing policy, no act told"
    clause = head
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head  # "if they undertake to promote or oppose": the condition's verb
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "advcl" or marks.isdisjoint(words.condition_marks):
        return None
    if not _generic_tense(clause, words) or not _duty(clause.head, words):
        return None
    return f"{head.text!r} in the condition of a duty: a rule, no act told"


def _sentence_words(token: Token) -> set[str]:
    return {t.lemma_.lower() for t in token.sent} | {t.lower_ for t in token.sent}


def _ballot_signatures(match: Match) -> str | None:
    """ "got on the ballot by collecting 2 million signatures": signatures gathered for a
    candidacy are an election formality, not dissent (a petition against a law stays)."""
    words = _words()
    if words is None or not match.cameo.startswith(words.dissent_root):
        return None
    start, end = match.trigger
    trigger = {t.lemma_.lower() for t in match.head.doc[start:end]}
    if trigger.isdisjoint(words.signature_nouns):
        return None
    said = _sentence_words(match.head)
    if said.isdisjoint(words.candidacy_words) or not said.isdisjoint(words.dissent_cues):
        return None
    return f"{match.head.text!r} signatures for a candidacy: an election formality, no dissent"


def _festive_march(match: Match) -> str | None:
    """ "the parade led by the VFW", "a procession held for the feast": a parade is festive
    unless its sentence tells a grievance ("a march against the war", "a parade to protest")."""
    words = _words()
    if words is None or not match.cameo.startswith(words.protest_root):
        return None
    start, end = match.trigger
    nouns = {t.lemma_.lower() for t in match.head.doc[start:end]}
    nouns |= {c.lemma_.lower() for c in match.head.children if c.dep_ in ("dobj", "nsubjpass")}
    if match.head.dep_ == "acl":  # "the parade led by": the noun the participle hangs on
        nouns.add(match.head.head.lemma_.lower())
    if nouns.isdisjoint(words.festive_marches):
        return None
    if not _sentence_words(match.head).isdisjoint(words.dissent_cues):
        return None
    return f"{match.head.text!r} a parade with no grievance told: a festivity, no protest"


def _number(doer: Token, words: GenericSenses) -> str:
    """The person and number of a doer as owner_pronouns names them."""
    if doer.lower_ in words.speaker_pronouns:
        return doer.lower_
    plural = bool(doer.conjuncts) or doer.tag_ in ("NNS", "NNPS") or doer.lower_ == "they"
    return "plural" if plural else "singular"


def _agrees(owner: Token, doers: list[Token], words: GenericSenses) -> bool:
    """ "he ... his", "they ... their", "Arnor ... its": the owner is the doer itself; with no
    doer named (an infinitive, a gerund) the clause's own doer is the one meant."""
    number = words.owner_pronouns[owner.lower_]
    return all(_number(doer, words) == number for doer in doers)


def _own_cause(match: Match) -> str | None:
    """ "collected signatures to support his campaign": an infinitive or gerund with no subject
    of its own backing "his" campaign backs its own doer's. With a subject named the owner may be
    another party ("Arnor supports its decision to expel" may back an ally's decision), and
    defending one's own policy is a statement (CAMEO 01), which this coder leaves coded."""
    words = _words()
    if words is None or not match.cameo.startswith(words.support_root):
        return None
    head = match.head
    if _subjects(head):
        return None
    for thing in (c for c in head.children if c.dep_ == "dobj"):
        if thing.lemma_.lower() not in words.own_cause_nouns:
            continue
        owners = [c for c in thing.children if c.dep_ == "poss"]
        if len(owners) == 1 and owners[0].lower_ in words.owner_pronouns and _agrees(
            owners[0], _subjects(head), words
        ):
            own = f"{owners[0].text} {thing.text}"
            return f"{head.text!r} {own!r}: one's own cause, no party backed"
    return None


def _past(head: Token) -> bool:
    """A verb told in the past: its own tense or its auxiliary's ("had", "did")."""
    return head.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in _auxiliaries(head))


def _coordinated_by_or(head: Token) -> bool:
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return any(c.dep_ == "conj" for c in head.children)
    return head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or"
                                       for c in head.head.children)  # fmt: skip


def _alternatives(match: Match) -> str | None:
    """ "both chambers will either accept or reject the bill", "to promote or oppose
    legislation": acts offered as alternatives not yet chosen tell neither ("attacked or
    looted", told in the past, happened; a threat "to attack or blockade" is its frame's)."""
    head = match.head
    if match.frame is not None or _past(head) or not _coordinated_by_or(head):
        return None
    aux = _auxiliaries(head)
    if any(c.dep_ == "neg" for c in (*head.children, *head.head.children)):
        return None  # "cannot walk or talk with Arnor": the negation's business
    if any(a.lemma_.lower() == "have" for a in aux):
        return None  # "should never have arrested or jailed him": done, and regretted
    passive = head.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in aux)
    if head.tag_ != "VB" and not passive:
        return None  # only a bare verb after a modal or "to" ("will accept or reject")
    return f"{head.text!r} one of alternatives joined by 'or': no choice told"


def _poll_figure(match: Match) -> str | None:
    """ "70% of Palestinian youth oppose violence", "a majority of voters support the plan": a
    share of a public holding a view is a survey's figure, not an act."""
    words = _words()
    head = match.head
    if words is None or not _generic_tense(head, words):
        return None
    for subject in _subjects(head):
        if subject.lower_ in words.share_words or subject.lemma_.lower() in words.share_words:
            return f"{subject.text!r} of a public {head.text!r}: a survey figure, no act"
    return None


def _compared_figure(match: Match) -> str | None:
    """ "police arrested 20 percent more people last year than in 2014", "15% fewer migrants
    were detained": a share compared between two times is a statistic of many acts, no act
    told ("arrested more than 300 people" counts one round of arrests: no share, left alone)."""
    words = _words()
    head = match.head
    if words is None:
        return None
    for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
        phrase = list(obj.subtree)
        share = any(t.lower_ in words.share_words or t.lemma_.lower() in words.share_words
                    for t in phrase)  # fmt: skip
        compared = any(t.tag_ in COMPARATIVE_TAGS for t in phrase)
        if share and compared:
            return f"{head.text!r} {obj.text!r}: a share compared, a statistic, no act"
    return None


def _self_harm(match: Match) -> str | None:
    """ "people who want to kill themselves", "he shot himself": killing or harming oneself is
    suicide or an accident, no attack on a party ("blew himself up" at a checkpoint is a
    bombing, and other violence on oneself is left as violence)."""
    words = _words()
    head = match.head
    if words is None or match.cameo[:2] not in words.violence_roots:
        return None
    if head.lemma_.lower() not in words.self_harm_verbs:
        return None  # "blew himself up", "attacked themselves": violence all the same
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lower_ in words.reflexive_pronouns:
            return f"{head.text!r} {obj.text!r}: harm to oneself, no attack on a party"
    return None


def _text_attacker(match: Match) -> str | None:
    """ "a telephone campaign targeted the chairwoman", "the law targets immigrants": a text, a
    rule or a message is aimed at people, it attacks no one ("a bombing campaign targeted the
    rebels" names violence: a campaign counts as words only with a word of messages on it)."""
    words = _words()
    head = match.head
    if words is None or match.cameo[:2] not in words.violence_roots:
        return None
    for subject in _subjects(head):
        noun = subject.lemma_.lower()
        kinds = {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")}
        if noun in words.text_nouns or (
            noun in words.drive_nouns and not kinds.isdisjoint(words.message_kinds)
        ):
            return f"{subject.text!r} {head.text!r}: a text or a message aimed, no attack"
    return None


GENERIC_CHECKS: tuple[Callable[[Match], str | None], ...] = (
    _quantified_generic, _generic_relative, _situation_it, _ballot_signatures, _festive_march,
    _own_cause, _rule_condition, _alternatives, _poll_figure, _compared_figure, _self_harm,
    _text_attacker,
)  # fmt: skip
