"""Reactions to a deed named as their object: "condemned the attack on the parliament",
"endorsed the invasion of Iraq", "criticised the arrest of journalists", "welcomed the release
of the hostages", "condemned the violation of Gondor's airspace". The reaction is to whoever
did the deed, named in the noun's own words ("the *Russian* invasion", "*Israel's* attack",
"the attack *by* Hamas"); whom it was done to is no party of the reaction (the journalists
arrested are not those criticised), so with no doer named there is no recipient. A rejected
release is no such reaction: who refuses to free people is who holds them.

A deed is an act of violence (the attack roots), a noun the verb lexicon codes as coercion or
disapproval (english.yaml senses.reacted_deed_roots), or a noun of an act done to a party that
no pattern codes (senses.deed_nouns: violation, occupation, seizure, release, ...). The same
holds for a deed named further down the phrase of a reaction, an appeal or a demand ("called for
an end to the killing of civilians"): those it was done to are not whom the act addresses.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import mentions
from detente.coding.syntax import is_passive, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]


def reacted_force(coder: Coder, match: Match) -> Token | None:
    """The deed noun a reaction's slot holds, if it holds one. No recipient is searched for
    beyond it: a party the parser hung elsewhere ("endorsed the invasion *on Iraq*") is still
    whom the deed was done to."""
    head = match.recipient
    if head is None or head.pos_ != "NOUN":
        return None
    senses = english().senses
    if match.cameo[:2] not in senses.reacted_force_roots:
        return None
    if match.cameo[:2] in senses.rejection_roots and head.lemma_.lower() in senses.release_nouns:
        return None  # "rejected the release of the prisoners": a holder refusing to free them
    return head if is_deed(coder, head) else None


def is_deed(coder: Coder, noun: Token) -> bool:
    """Whether the noun names an act done to a party: a noun whose first pattern in the verb
    lexicon is violence, coercion or disapproval, or a deed noun no pattern codes."""
    senses, lemma = english().senses, noun.lemma_.lower()
    patterns = coder.verbs.by_noun.get(lemma, ())
    if patterns:
        roots = english().codes.attack_roots | senses.reacted_deed_roots
        return patterns[0].cameo[:2] in roots
    return lemma in senses.deed_nouns


def names_whom_hit(noun: Token) -> bool:
    """Whether the deed noun names whom it was done to ("the attack *on* X", "the invasion *of*
    X"); "attacks *in* Tehran" names only where, and the place stands for those who suffered
    them."""
    return bool(_targets(noun))


def force_doer(coder: Coder, noun: Token, ctx: ArticleState) -> Mentions:
    """Who did the deed, by the noun's own words only (its modifiers, its possessor, its "by"
    phrase), never its "of"/"on"/"against" phrase, which names whom it was done to."""
    own = mentions(coder, noun, ctx, core=True)
    if own:
        return own
    doer = misplaced_doer(noun)
    return mentions(coder, doer, ctx, core=True) if doer is not None else ()


def misplaced_doer(noun: Token) -> Token | None:
    """ "condemned the violation of Gondor's airspace *by Mordor*", "marched to protest the
    detention of two soldiers *by Mordor*": a "by" phrase after the deed that the parser hung
    on the party the deed was done to, or on the active verb whose object the deed is, is the
    deed's doer (neither takes an agent "by" of its own)."""
    holders = [obj for prep in _targets(noun) for obj in prep.children if obj.dep_ == "pobj"]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and not is_passive(verb):
        holders.append(verb)
    for holder in holders:
        doer = next((o for o in prep_objects(holder, "by") if o.i > noun.i), None)
        if doer is not None and doer.pos_ in ("NOUN", "PROPN"):
            return doer
    return None


def deed_victims(coder: Coder, match: Match, recipient: Mentions, ctx: ArticleState) -> Mentions:
    """ "called for an end to the killing of civilians", "condemned the wave of arrests of
    journalists": a reaction, appeal or demand whose every recipient was found among those a
    deed below its trigger was done to (the deed's "of"/"on"/"against" phrase) is aimed at the
    deed's doer, if its words name one, else at no one named. A release is left to the holder
    rules (coding/patients.py held_by): those freed are not those holding them either."""
    codes, senses = english().codes, english().senses
    roots = senses.reacted_force_roots | {codes.appeal_root, codes.demand_root}
    # an inquiry into a harm reads its own parties (coding/inquiries.py)
    if match.cameo[:2] not in roots - senses.investigation_roots or not recipient:
        return recipient
    trigger = match.head
    for deed in trigger.subtree:
        if deed.head.i == trigger.i or deed.pos_ != "NOUN" or not is_deed(coder, deed):
            continue  # a deed the trigger takes itself is its pattern's (reacted_force above)
        if deed.lemma_.lower() in senses.release_nouns or not _named_by(deed, trigger):
            continue
        kinds = {p.cameo[:2] for p in coder.verbs.by_noun.get(deed.lemma_.lower(), ())}
        if match.cameo[:2] in kinds:
            continue  # "a hunger strike against X": a deed noun of the act's own kind is the act
        if recipient and all(_done_to(m, deed) for m in recipient):
            return force_doer(coder, deed, ctx)
    return recipient


def _done_to(mention: ActorMention, deed: Token) -> bool:
    """Whether the mention lies in the deed's "of"/"on"/"against" phrase and outside any "by"
    phrase in it ("the death of a man shot *by officers*" names a doer there)."""
    def inside(word: Token) -> bool:
        return word.left_edge.idx <= mention.start < word.right_edge.idx + len(word.right_edge)

    phrase = next((p for p in _targets(deed) if inside(p)), None)
    if phrase is None:
        return False
    agents = (w for w in phrase.subtree if w.lower_ == "by" and w.dep_ in ("agent", "prep"))
    return not any(inside(by) for by in agents)


def _named_by(deed: Token, trigger: Token) -> bool:
    """Whether the deed hangs below the trigger through nouns and prepositions only ("called
    for an end *to the killing*"): a verb between makes the deed the object of another act,
    whose parties are the trigger's own ("refused to *lift* the sanctions on Gondor")."""
    word = deed.head
    while word.i != trigger.i:
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return True


def _targets(noun: Token) -> list[Token]:
    """The noun's prepositions that name whom it was done to ("of", "on", "against")."""
    targets = english().words.place_target_preps
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ in targets]
