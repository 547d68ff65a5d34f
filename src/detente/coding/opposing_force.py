"""Force that names no target of its own, told beside a fight that does: "the troops returned
fire" after "gunmen opened fire on a patrol", "came under fire from insurgents and returned
fire", "heavy Ruritanian bombing" after "Orcs attacked Ruritanian positions".

To return fire is to shoot back at whoever fired (dictionary: retaliate "to make an attack in
return"), and a bombing or shelling told with no object in a story of a fight is force on the
other side of that fight. So when neither the pattern's slot nor the search below the trigger
finds a party, the other side of a fight named in the same sentence or the one before is whom
the force hit: the side of that fight that is not the actor's own. A bare noun of force that
is the subject of a verb ("heavy bombing forced the Taliban to retreat", "bombing killed dozens
of fighters") hit whom that verb acts on.

A truce or retreat (CAMEO 087x) that names no other side is toward the side the actor's own
phrase says it fights ("the coalition fighting Houthi rebels declared a ceasefire").

A threat of an answer ("Gondor threatened retaliation", "vowed to retaliate", "threatened
reprisals") that names no target is aimed at whoever did the hostile act it answers: the other
side of force or coercion (the force roots) told in the same sentence or the one before."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import site_named
from detente.coding.sides import sentences_back
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]
# How many sentences the fight is looked for in: the force's own and the one before it.
FIGHT_SENTENCES = 2
# Dependents of a verb of force naming who used it, and whom it hit (beside the objects of
# english.yaml's place_target_preps and opposing_preps: "fired on X", "clashed with X").
DOER_DEPS = ("nsubj",)
TARGET_DEPS = ("dobj", "nsubjpass")
# The preposition of what fire is aimed at ("fired *at* X").
AT = "at"
# The preposition of force undergone: "came *under* fire", "were *under* attack".
UNDER = "under"
# Clauses on a party's head that tell what it does ("the coalition *fighting* X", "the army,
# *which is battling* X").
FIGHT_CLAUSE_DEPS = ("acl", "relcl")


def opposing_side(
    coder: Coder, match: Match, actor: Mentions, ctx: ArticleState
) -> Mentions:
    """The other side of a fight told beside force that names no target: for force answering
    force ("returned fire"), a bare noun of force ("heavy bombing continued"), or a threat to
    answer ("threatened retaliation")."""
    codes = english().codes
    if any(match.cameo.startswith(c) for c in english().senses.truce_codes):
        return _fought_by_actor(coder, match, actor, ctx)
    if match.cameo[:2] == codes.threat_root and actor and any(m.country for m in actor):
        if not _answering(match, ctx):
            return ()
        return _fight_side(coder, match, actor, ctx, answering=True, roots=codes.force_roots)
    if match.cameo[:2] not in codes.attack_roots or not actor:
        return ()
    hit = _place_hit(match.head, actor, ctx)
    if hit:
        return hit
    answering = _answering(match, ctx)
    if match.head.pos_ == "NOUN" and not _names_target(match.head):
        affected = _affected(coder, match, actor, ctx)
        if affected:
            return affected
    elif not answering:
        return ()
    if not any(m.country for m in actor):
        return ()
    return _fight_side(coder, match, actor, ctx, answering=answering)


def _fought_by_actor(
    coder: Coder, match: Match, actor: Mentions, ctx: ArticleState
) -> Mentions:
    """ "The coalition *fighting* Houthi rebels declared a ceasefire", "the army, which has
    battled the rebels for years, withdrew": a truce or retreat that names no other side is
    toward whom the actor's own phrase says it fights (the object of a verb of force that
    qualifies the actor's head), when that is not the actor's own side."""
    head = head_of_actor(match, actor, ctx)
    if head is None or not actor:
        return ()
    resolve = resolver(coder, ctx)
    for clause in (c for c in head.children if c.dep_ in FIGHT_CLAUSE_DEPS):
        if clause.pos_ != "VERB" or not _force_word(coder, clause):
            continue
        found = [m for t in _targets(clause) for m in resolve(t)]
        other = tuple(m for m in found if (m.country or m.sector) and not _ours(m, actor))
        if other:
            return other
    return ()


def _fight_side(
    coder: Coder,
    match: Match,
    actor: Mentions,
    ctx: ArticleState,
    *,
    answering: bool,
    roots: frozenset[str] | None = None,
) -> Mentions:
    """The other side of the nearest fight (an act of `roots`, by default the attack roots)
    told in the force's sentence or the one before."""
    taken = {i for m in actor for i in range(m.start, m.end)}
    resolve = resolver(coder, ctx)
    for sentence in sentences_back(match.head, ctx, FIGHT_SENTENCES):
        for word in _nearest_first(sentence, match.head):
            if word.idx in taken or not _force_word(coder, word, roots):
                continue
            if ctx.doc[match.trigger[0]].i <= word.i < ctx.doc[match.trigger[1] - 1].i + 1:
                continue
            doers = [m for h in _doers(word) for m in resolve(h)]
            targets = [m for h in _targets(word) for m in resolve(h)]
            if answering and not doers and _unsaid_doer(word, match.head):
                # "X was wounded when policemen returned fire": whom the answer hit
                doers, targets = targets, []
                other = tuple(m for m in doers if (m.country or m.sector) and not _ours(m, actor))
                if other:
                    return other
                continue
            other = _other_side(doers, targets, actor)
            if other:
                return other
    return ()


def _other_side(
    doers: list[ActorMention], targets: list[ActorMention], actor: Mentions
) -> Mentions:
    """The side of a fight that is not the actor's: its doers when they are not the actor's
    side and hit the actor's side or no side of a known country (not "rockets" fired at it);
    its targets when the actor's side did it."""
    doers = [m for m in doers if m.country or m.sector]
    targets = [m for m in targets if m.country or m.sector]
    sided = [m for m in targets if m.country]
    if doers and not any(_ours(m, actor) for m in doers) and all(_ours(m, actor) for m in sided):
        return tuple(doers)
    if doers and all(_ours(m, actor) for m in doers) and targets and not any(
        _ours(m, actor) for m in targets
    ):
        return tuple(targets)
    return ()


def _ours(mention: ActorMention, actor: Mentions) -> bool:
    """Whether a party is on the actor's side: of its country, and of its sector or of the
    state's armed and governing sectors with it ("a US patrol" beside "US troops"; "gunmen" of
    the same country as the police are not)."""
    state = english().senses.state_force_sectors
    for own in actor:
        if mention.country != own.country or own.country is None:
            continue
        if mention.sector is None or own.sector is None or mention.sector == own.sector:
            return True
        if mention.sector in state and own.sector in state:
            return True
    return False


def _answering(match: Match, ctx: ArticleState) -> bool:
    """Whether the force is told as an answer to force: "returned fire", "retaliated",
    "retaliatory strikes", "a counterattack"."""
    words = english().senses.answering_force_words
    trigger = ctx.doc[match.trigger[0] : match.trigger[1]]
    if any(t.lemma_.lower() in words for t in trigger):
        return True
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words
               for c in match.head.children)  # fmt: skip


def _place_hit(noun: Token, actor: Mentions, ctx: ArticleState) -> Mentions:
    """ "The bombardment *of* Kandahar by American B-52s": a place after a target preposition of
    a noun of force is the place hit, a party of its country (not the actor's own)."""
    if noun.pos_ != "NOUN":
        return ()
    own = {m.country for m in actor}
    for prep in english().words.place_target_preps:
        for place in prep_objects(noun, prep):
            found = site_named(place, ctx, actor)
            if found and not {m.country for m in found} <= own:
                return found
    return ()


def _names_target(noun: Token) -> bool:
    """Whether a noun of force names whom or where it hit in its own words ("the bombing *of*
    X", "strikes *on* X", "the shelling *in* X") or by an owner ("*their* bombing")."""
    targets = english().words.place_target_preps | english().senses.force_site_preps
    return any(
        (c.dep_ == "prep" and c.lower_ in targets) or c.dep_ == "poss" for c in noun.children
    )


def _affected(coder: Coder, match: Match, actor: Mentions, ctx: ArticleState) -> Mentions:
    """ "Heavy bombing *forced* the Taliban to retreat": a noun of force that is a verb's
    subject hit the party that verb acts on (another country's than the actor's)."""
    noun = match.head
    if noun.dep_ != "nsubj" or noun.head.pos_ != "VERB":
        return ()
    obj = child(noun.head, "dobj")
    found = resolver(coder, ctx)(obj) if obj is not None else ()
    own = {m.country for m in actor if m.country}
    return found if found and all(m.country and m.country not in own for m in found) else ()


def _nearest_first(sentence, trigger: Token) -> Iterator[Token]:
    """The sentence's words, those nearest the trigger first."""
    return iter(sorted(sentence, key=lambda t: abs(t.i - trigger.i)))


def _force_word(coder: Coder, word: Token, roots: frozenset[str] | None = None) -> bool:
    """A verb or noun of force (CAMEO 18-20, or `roots`), or a noun of shooting ("came under
    *fire*")."""
    roots = roots or english().codes.attack_roots
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB":
        return any(p.cameo[:2] in roots for p in coder.verbs.by_verb.get(lemma, ()))
    if word.pos_ != "NOUN":
        return False
    if lemma in english().senses.fire_nouns:
        return True
    return any(p.cameo[:2] in roots for p in coder.verbs.by_noun.get(lemma, ()))


def _doers(word: Token) -> list[Token]:
    """Who used the force: a verb's subject, or the "by"/"from" party of a passive or a noun."""
    heads = [h for dep in DOER_DEPS if word.pos_ == "VERB" and (h := child(word, dep)) is not None]
    preps = sorted(english().senses.force_doer_preps)
    heads += [h for prep in preps for h in prep_objects(word, prep)]
    agent = child(word, "agent")
    if agent is not None:
        heads += [c for c in agent.children if c.dep_ == "pobj"]
    undergone = _undergoing(word)
    if undergone is not None:  # "came under fire *from* insurgents"
        heads += [h for prep in preps for h in prep_objects(undergone, prep)]
    return heads + [c for h in heads for c in h.conjuncts]


def _targets(word: Token) -> list[Token]:
    """Whom the force hit: a verb's object (or passive subject), or the object of a target
    preposition ("fire *on* X", "attack *against* X", "clashed *with* X")."""
    heads = [h for dep in TARGET_DEPS if (h := child(word, dep)) is not None]
    preps = (english().words.place_target_preps | english().senses.opposing_preps) - {"from"}
    heads += [h for prep in sorted(preps) for h in prep_objects(word, prep)]
    heads += [h for h in prep_objects(word, AT)]
    undergone = _undergoing(word)
    if undergone is not None:  # "*troops* came under fire"
        heads += [h for h in (child(undergone, "nsubj"),) if h is not None]
    return heads + [c for h in heads for c in h.conjuncts]


def _unsaid_doer(word: Token, trigger: Token) -> bool:
    """A passive of force in the answer's own sentence that names no doer ("Allaw *was
    wounded* when policemen returned fire"): the answer is what hit its patient."""
    return (
        word.pos_ == "VERB"
        and word.sent.start == trigger.sent.start
        and child(word, "nsubjpass") is not None
        and child(word, "agent") is None
    )


def _undergoing(noun: Token) -> Token | None:
    """The verb of "came under fire", "were under attack": force its subject underwent, whose
    doer the verb's "from"/"by" phrase names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != UNDER or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head
