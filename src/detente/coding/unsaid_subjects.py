"""Whose act a clause with no subject of its own tells, where the subject of the clause above
is the wrong party: the party pressed to act, the people a participle right after them
describes, the party brought into talks, and no one for an attempt "made" by no one named.

Each function reads the parse only and returns the token that heads the doer's phrase (or a
yes/no); coding/syntax.py and coding/parties.py resolve that token into mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Labels of a noun that stands in its verb's clause as what the verb acts on or goes to.
OBJECT_LABELS = frozenset({"dobj", "pobj"})
# Labels of a clause whose own subject is unsaid (an infinitive, a participle).
UNSAID_LABELS = frozenset({"xcomp", "advcl"})
# Labels of a participle hung on a verb or on a noun before the one it follows.
PARTICIPLE_LABELS = frozenset({"advcl", "acl"})
# Children that give a clause its own subject or link it as a clause of time, cause or manner.
OWN_CLAUSE_LABELS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark"})
# Tags of a noun naming more than one party or a named party ("protesters", "Arnorian police").
PEOPLE_TAGS = frozenset({"NNS", "NNPS"})
# Entity labels of a named party that acts as people do (a state's name is more often where
# something happens: "arrived in Kyrgyzstan seeking refuge").
PARTY_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def pressed_party(complement: Token) -> Token | None:
    """ "Arnor put pressure on the king *to resign*", "increased pressure on Gondor to withdraw":
    the party a pressure noun is "on" does the infinitive, as "pressed the king to resign" has
    the king do it; the presser asks, it does not resign."""
    if not _to_infinitive(complement):
        return None
    pressing = english().senses.pressing_nouns
    verb = complement.head
    if complement.dep_ == "acl" and verb.lemma_.lower() in pressing:
        return _pressed(verb, pressing[verb.lemma_.lower()], complement)
    if complement.dep_ not in UNSAID_LABELS:
        return None
    for noun in verb.children:
        preps = pressing.get(noun.lemma_.lower())
        if noun.dep_ != "dobj" or preps is None or noun.i > complement.i:
            continue
        party = _pressed(noun, preps, complement) or _pressed(verb, preps, complement)
        if party is not None:
            return party
    return None


def controlled_object(complement: Token) -> Token | None:
    """ "Arnor pushed the king *to resign*", "forced the minister to quit": an infinitive after
    the object of a verb that makes or presses someone act is that object's act, even where the
    parser hung it as the verb's purpose; the one who pushes asks or forces, it does not resign.
    Other verbs keep the purpose reading ("sent troops to protect the border")."""
    if complement.dep_ != "advcl" or not _to_infinitive(complement):
        return None
    verb = complement.head
    if verb.lemma_.lower() not in english().senses.control_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < complement.i), None)


def _pressed(holder: Token, preps: frozenset[str], complement: Token) -> Token | None:
    """The object of the pressure's "on" phrase hung on ``holder``, before the infinitive."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i < complement.i:
            party = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if party is not None:
                return party
    return None


def described_people(clause: Token) -> Token | None:
    """ "rebels fought gun battles with police *trying* to arrest them": a present participle
    right after a noun that names people, with no comma between, says what those people were
    doing, though the parser hung it on the verb (or on "battles"); the clause's subject is not
    its doer. A
    participle of result ("fired on the crowd killing three") stays the clause's."""
    if clause.dep_ not in PARTICIPLE_LABELS or clause.tag_ != "VBG" or clause.i == 0:
        return None
    if any(c.dep_ in OWN_CLAUSE_LABELS for c in clause.children):
        return None
    if clause.lemma_.lower() in english().senses.result_participles:
        return None
    noun = clause.doc[clause.i - 1]
    if noun.i == clause.head.i:
        return None  # "police firing on the crowd": hung on its own noun (participle_doer)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in OBJECT_LABELS:
        return None
    if noun.tag_ not in PEOPLE_TAGS and noun.ent_type_ not in PARTY_ENTITIES:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in english().senses.message_addressee_preps:
        return None  # "wrote a letter to the Duma calling for": the writer's message goes on
    if noun.dep_ == "pobj" and noun.head.lower_ in english().senses.setting_preps:
        return None  # "marched through the streets demanding": a place is where, not who
    verb = clause.head
    inside = verb.left_edge.i <= noun.i and any(a.i == verb.i for a in noun.ancestors)
    return noun if inside and noun.i > verb.i else None


def described_doer(verb: Token) -> Token | None:
    """The people a participle describes (``described_people``) or the object made to act
    (``controlled_object``) when ``verb`` is that clause or an infinitive it governs ("police
    *trying to arrest* them", "pushed the king to *agree to* talks")."""
    current = verb
    for _ in range(4):  # "trying to seek to arrest" at most
        found = described_people(current) or controlled_object(current)
        if found is not None:
            return found
        if current.dep_ != "xcomp" or any(c.dep_ in OWN_CLAUSE_LABELS for c in current.children):
            return None
        if any(c.dep_ == "dobj" for c in current.head.children):
            return None  # "urged X to leave": the object does it
        current = current.head
    return None


def drawn_party(noun: Token, *, symmetric: bool) -> Token | None:
    """ "Air strikes forced the rebels *into* surrender talks", "pushed both sides into
    negotiations": talks one party is brought into are that party's (with whoever the talks are
    "with"), not the act of the one who brought it there."""
    if not symmetric or noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in english().senses.drawn_into_preps:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def made_attempt(verb: Token) -> Token | None:
    """ "if any attempt is made to arrest them": the passive light verb of an attempt noun whose
    infinitive ``verb`` is. Who would arrest is not said (the "by" phrase, if any, says it);
    the subject of the clause above is whom the attempt is feared by, not its maker."""
    if verb.dep_ not in UNSAID_LABELS or not _to_infinitive(verb):
        return None
    light = verb.head
    if light.lemma_.lower() not in english().senses.attempt_light_verbs:
        return None
    attempt = next((c for c in light.children if c.dep_ == "nsubjpass"), None)
    if attempt is None or attempt.lemma_.lower() not in english().words.effort_nouns:
        return None
    return light


def attempt_maker(light: Token) -> Token | None:
    """The "by" party of an attempt made ("an attempt was made by Gondor to"), else none."""
    agent = next((c for c in light.children if c.dep_ == "agent"), None)
    return None if agent is None else next((o for o in agent.children if o.dep_ == "pobj"), None)
