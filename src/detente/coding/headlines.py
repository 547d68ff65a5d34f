"""Headline passives: "DeKalb man arrested in attempted robbery", "Man accused of threatening a
tax worker", "80-year-old killed by neighbor".

Headlines drop the auxiliary of a passive, and the parser then reads the participle as a verb
with the patient as its subject: the man would be the one who arrests or accuses. A clause is
read as such a passive when its main verb is a past participle (VBN) with a subject but no
auxiliary, no object and no clause of its own, and the verb only ever acts on someone (every
sense of it an accusation, a coercion, an assault or a statement: CAMEO roots in
``senses.headline_passive_roots``; for a verb whose particle and object make a phrase of its
own, the phrase's sense: "Man taken into custody" is an arrest, whatever else "take" means);
its subject is then relabelled as the passive subject, so every later stage reads the patient,
and a "by" phrase as the agent, as it does for "was arrested". Verbs that also stand alone in
the past tense ("Thousands protested", "troops attacked") have senses of other roots and keep
their subject.

In the article's title the past form is read so whatever the tagger made of it ("Woman stabbed
while jogging" tagged as a simple past): headlines tell a past act in the present tense ("Man
stabs neighbour"), so a bare past form there is the participle of a passive. A title also
attributes its news after it ("Father arrested at school, reports say", "Man killed in crash,
police say"): the clause a reporting verb heads there is read as the title's own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.lexicons.english import english
from detente.lexicons.verbs import PatternModel, VerbLexicon

PARTICIPLE_TAG = "VBN"
# In a title the tagger's simple past is the same form as the participle ("stabbed", "killed").
TITLE_TAGS = frozenset({PARTICIPLE_TAG, "VBD"})
# Dependents that show an active or a full clause: an auxiliary ("has arrested"), an object
# ("arrested two men"), or a clause of its own ("accused them of lying" keeps "them" as dobj).
ACTIVE_DEPS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "xcomp"})
# Labels of a phrasal verb's particle or preposition ("taken *into* custody").
PHRASE_DEPS = frozenset({"prep", "prt"})
# Labels of the clause a title's reporting verb attributes ("Man arrested, police say").
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
PASSIVE_SUBJECT = "nsubjpass"
STATEMENT_ROOT = "01"  # CAMEO 01x: statements, senses PLOVER does not code


def headline_passive(verb: Token, lexicon: VerbLexicon, *, title: bool = False) -> Token | None:
    """The subject of a passive told without its auxiliary ("Man arrested"), or None
    (``title``: the verb heads the article's title, where a simple past is read as well)."""
    tags = TITLE_TAGS if title else {PARTICIPLE_TAG}
    if verb.tag_ not in tags or not (verb.dep_ == "ROOT" or (title and _reported(verb))):
        return None
    if any(c.dep_ in ACTIVE_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    roots = {p.cameo[:2] for p in _senses(verb, lexicon)}
    if not roots - {STATEMENT_ROOT} or not roots <= english().senses.headline_passive_roots:
        return None  # a verb with some sense of another kind may stand alone ("protested")
    return subject


def _senses(verb: Token, lexicon: VerbLexicon) -> tuple[PatternModel, ...]:
    """The verb's patterns; those of a phrase its own words make, when they make one ("taken
    *into custody*" is an arrest, whatever else "take" means)."""
    patterns = lexicon.by_verb.get(verb.lemma_.lower(), ())
    phrases = tuple(p for p in patterns if p.particle and _phrase_fits(verb, p))
    return phrases or patterns


def _phrase_fits(verb: Token, pattern: PatternModel) -> bool:
    """Whether the verb has the pattern's particle, with one of its objects when it names any."""
    for child in verb.children:
        if child.dep_ not in PHRASE_DEPS or child.lower_ != pattern.particle:
            continue
        if not pattern.objects:
            return True
        if any(o.dep_ == "pobj" and o.lemma_.lower() in pattern.objects for o in child.children):
            return True
    return False


def _reported(verb: Token) -> bool:
    """Whether the verb heads the clause a sentence's reporting verb attributes ("Man arrested,
    police say")."""
    head = verb.head
    return (verb.dep_ in REPORTED_DEPS and head.dep_ == "ROOT"
            and head.lemma_.lower() in english().senses.reporting_verbs)  # fmt: skip


def is_title(sent: Span, title: str | None) -> bool:
    """Whether the sentence is the article's title as the text repeats it."""
    if not title:
        return False
    return " ".join(sent.text.split()).rstrip(" .") == " ".join(title.split()).rstrip(" .")


def repair_headline_passives(sent: Span, lexicon: VerbLexicon, *, title: bool = False) -> None:
    """Relabel the subject of a sentence's headline passive as its passive subject."""
    verbs = [sent.root]
    if title:  # "Father arrested at school, reports say": the reported clause
        verbs += [c for c in sent.root.children if c.dep_ in REPORTED_DEPS]
    for verb in verbs:
        subject = headline_passive(verb, lexicon, title=title)
        if subject is not None:
            subject.dep_ = PASSIVE_SUBJECT
