"""Acts a clause does not tell as done: what a claim or denial says, what an event noun's
modifier marks as alleged, planned or scheduled (read by modality.py)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})  # parts of speech of an event noun
FOILED_DEPS = frozenset({"dobj", "nsubjpass"})  # "foiled an attack", "an attack was foiled"


def claimed_by(chain: list[Token], frame: Token | None) -> str | None:
    """What a claim or a denial says was done ("claimed that Mordor shelled the town", "denied
    attacking", "is believed to have fled", "suspicion of assaulting an officer", "allegedly
    attacked"): the claimant's word, not an act the text reports as done. A frame's own
    complement is left to the frame, which codes the claim itself."""
    senses = english().senses
    for tok in chain:
        if any(c.dep_ == "advmod" and c.lower_ in senses.hearsay_adverbs for c in tok.children):
            return f"{tok.text!r} told as alleged"
        governor = claim_of(tok) or _hearsay_passive(tok)
        if governor is not None and (frame is None or governor.i != frame.i):
            return f"content of {governor.text!r}: claimed, not told as done"
        account = hearsay_account(tok)
        if account is not None and _pleads(account, chain[0]):
            return f"told by {account.text!r}: alleged, not reported as done"
    return None


def hearsay_account(tok: Token) -> Token | None:
    """ "A conspiracy theory holds that the agency staged the attack", "claims circulating
    online say that …", "one theory is that …", "according to rumours, …", "charged that …": a
    clause whose teller is an unproven account (a theory, a rumour, a claim, an unconfirmed
    report, a pleading: "the lawsuit says that …", "in the complaint, she says …") or that a
    verb of alleging governs is alleged, not reported as done. The account's noun, or the
    verb."""
    if tok.dep_ == "ccomp" and tok.head.i != tok.i:
        if tok.head.pos_ == "VERB" and _lemma(tok.head) in english().senses.allegation_verbs:
            return tok.head  # "has long charged that X backs the rebels"
        teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if teller is not None and _unproven(teller):
            return teller
        pleading = _pleading_of(tok.head)  # claims17: "in the lawsuit, the family says …"
        if pleading is not None:
            return pleading
    told_in = _described_in_pleading(tok)  # claims17: "the arrest, described in a lawsuit"
    if told_in is not None:
        return told_in
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "according"):
        source = next((o for to in prep.children for o in to.children if o.dep_ == "pobj"), None)
        if source is not None and _unproven(source):
            return source
    return None


def _pleads(account: Token, trigger: Token) -> bool:
    """Whether what the account tells is alleged: a pleading alleges the deeds it tells, but its
    own legal acts ("Chen was charged with fraud, the indictment said") are the pleading's
    doing, told as done."""
    senses = english().senses
    pleading = _lemma(account) in senses.pleading_nouns
    return not pleading or _lemma(trigger) not in senses.pleading_acts


def _pleading_of(verb: Token, nouns: frozenset[str] | None = None) -> Token | None:
    """ "In the lawsuit, the family says …", "said in the complaint": a reporting verb whose
    words are given in a pleading tells what the pleading alleges. The pleading's noun."""
    nouns = english().senses.pleading_nouns if nouns is None else nouns
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if _lemma(noun) in nouns:
                return noun
    return None


def _described_in_pleading(noun: Token) -> Token | None:
    """ "the arrest, described in a civil claim filed on Monday": an event noun whose participle
    places it in a pleading or a claim is what that document alleges, not news told as done.
    The pleading's or claim's noun."""
    if noun.pos_ not in NOUNS:
        return None
    senses = english().senses
    for told in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        found = _pleading_of(told, senses.pleading_nouns | senses.claim_nouns)
        if found is not None:
            return found
    return None


def _unproven(noun: Token) -> bool:
    """A claim, hearsay or pleading noun ("theory", "rumours", "claims", "the lawsuit"), or a
    report or allegation called unconfirmed ("unconfirmed reports")."""
    senses, lemma = english().senses, _lemma(noun)
    if lemma in senses.claim_nouns or lemma in senses.hearsay_nouns:
        return True
    if lemma in senses.caller_nouns:
        return True  # mainev17: "911 callers said a man was pointing a gun"
    if lemma in senses.pleading_nouns:
        return True  # claims17: "the lawsuit says", "according to the complaint"
    unverified = senses.unverified_adjectives
    return lemma in english().words.allegation_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in unverified for c in noun.children
    )


def asked_by_noun(tok: Token) -> str | None:
    """ "the opposition's demand that the president step down", "calls that the army release
    the prisoners": a "that" clause on a noun of asking is what is asked for, not done (the
    parser may hang it as a relative clause; the conjunction "that" tells it is none)."""
    if (
        tok.dep_ not in ("acl", "relcl")
        or tok.head.lemma_.lower() not in english().senses.request_nouns
    ):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return None
    return f"content of {tok.head.text!r}: asked for, not done"


def unrealised_by(trigger: Token) -> tuple[str, str] | None:
    """An event noun told as alleged ("the alleged attack") or only aimed at ("a planned
    strike", "an attempted coup", "the proposed ban", "foiled an attack", "the strike was
    averted"): ("alleged" or "aimed", the cue)."""
    if trigger.pos_ not in NOUNS:
        return None
    senses = english().senses
    for c in trigger.children:
        if c.dep_ == "amod" and c.lower_ in senses.hearsay_adjectives:
            return "alleged", f"{c.text!r} on {trigger.text!r}"
        if c.dep_ == "amod" and c.lower_ in senses.unrealised_adjectives:
            return "aimed", f"{c.text!r} on {trigger.text!r}: not done"
    foiled = trigger.head  # claims17: "foiled an attack", "the plot was thwarted"
    if trigger.dep_ in FOILED_DEPS and _lemma(foiled) in senses.forestalling_verbs:
        return "aimed", f"{trigger.text!r} {foiled.text!r} before it was done"
    return None


def _hearsay_passive(tok: Token) -> Token | None:
    """ "Gondor is said to have attacked Arnor", "the rebels are thought to have fled": a passive
    verb of saying or thinking with an infinitive tells what unnamed people say or think (English
    raising passive), not a fact the text reports; the passive verb (claims15)."""
    governor = tok.head
    if tok.dep_ != "xcomp" or governor.i == tok.i:
        return None
    hearsay = _lemma(governor) in english().senses.hearsay_passives
    passive = any(c.dep_ == "auxpass" for c in governor.children)
    return governor if hearsay and passive else None


def claim_of(tok: Token) -> Token | None:
    """The word whose content a clause or phrase is: "claimed *that* …", "denied attacking",
    "suspected of attacking", "the allegation that …". Not a relative clause on a claim noun
    ("allegations the government denies", "allegations made by workers" tell the denial and
    the making)."""
    senses, governor = english().senses, tok.head
    claims = senses.claim_verbs | senses.claim_nouns | senses.hearsay_nouns  # "speculation that"
    if governor.i == tok.i:
        return None
    if tok.dep_ == "conj" and any(c.dep_ == "mark" for c in tok.children):
        return claim_of(governor)  # "suggest that X was … and that Y is …": content both
    if tok.dep_ in ("pcomp", "pobj") and governor.dep_ == "prep":
        claimant = governor.head  # "suspected of attacking", "allegations of torture"
        preps = english().words.allegation_preps
        return claimant if governor.lower_ in preps and _lemma(claimant) in claims else None
    if tok.dep_ in ("acl", "relcl"):
        # "the claim that X attacked"; a relative clause has no "that" of its own as a mark
        # ("allegations the government denies"), so one with it is a content clause misparsed
        said = any(c.dep_ == "mark" for c in tok.children)
        # backgr1: "reports that an Arnorian fought for the rebels": the report's content
        told = claims | senses.report_nouns
        return governor if said and _lemma(governor) in told else None
    # only a verb takes a clause: one hung on a noun is a relative clause misparsed
    verb = tok.dep_ in ("ccomp", "xcomp") and _lemma(governor) in senses.claim_verbs
    return governor if verb else None


def scheduled_by(trigger: Token) -> str | None:
    """ "scheduled a meeting with the governor", "at its upcoming meeting": an event noun set
    after the story by the verb that governs it or by its own modifier lies ahead."""
    if trigger.pos_ not in NOUNS:
        return None
    coming = english().senses.coming_words
    modifier = next((c for c in trigger.children if c.dep_ == "amod" and c.lower_ in coming), None)
    if modifier is not None:
        return f"{modifier.text!r} on {trigger.text!r}: ahead of the story"
    day = _coming_day(trigger)
    if day is not None:
        return f"{day!r} on {trigger.text!r}: ahead of the story"
    governor = trigger.head
    if trigger.dep_ == "dobj" and governor.lemma_.lower() in english().words.future_governors:
        return f"object of {governor.text!r}: ahead of the story"
    return None


def _coming_day(trigger: Token) -> str | None:
    """ "next week's talks", "tomorrow's vote": a possessor naming a time after the story."""
    senses = english().senses
    for owner in (c for c in trigger.children if c.dep_ == "poss"):
        if owner.lower_ in senses.coming_days:
            return owner.text
        if any(c.dep_ == "amod" and c.lower_ in senses.coming_words for c in owner.children):
            return " ".join(t.text for t in owner.subtree)
    return None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
