"""Recipients beyond the pattern's slot: a place acted on, the addressee of a message, the
pattern's preposition hung lower, the people a participle of violence struck, and last the
nearest coded noun phrase below the trigger."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.absentees import absent_phrases
from detente.coding.addressees import told_addressee
from detente.coding.allies import ally_with
from detente.coding.coder import ArticleState, Coder
from detente.coding.demand_contents import demanded_places
from detente.coding.fight_sides import side_phrase
from detente.coding.match import Match
from detente.coding.noun_strikes import struck_by_noun
from detente.coding.occasions import occasion_owners, occasions
from detente.coding.opposing_force import opposing_side
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.placement import GUESSED_RULES, well_known
from detente.coding.possessors import trigger_object
from detente.coding.pressure import pressing_party
from detente.coding.proposal_contents import proposal_contents
from detente.coding.protest_demands import demanded_of
from detente.coding.recipients import (
    addressee,
    own_possessive,
    place_recipient,
    referred_recipient,
    site_named,
)
from detente.coding.shared_content import inside_trigger_phrase, shared_content
from detente.coding.sittings import sits_alone
from detente.coding.slot_venues import without_venues
from detente.coding.speaker_pronouns import speaker_referred
from detente.coding.syntax import (
    MAX_SEARCH_TOKENS,
    child,
    object_candidates,
    phrase_bounds,
    prep_objects,
)
from detente.coding.victims import harmed_in_main
from detente.geo.locate import PLACE_LABELS, resolve_place
from detente.lexicons.english import english
from detente.records import ActorMention, ActorRule

# Rules that code a visit's recipient by where it went (the seat, the place, where the event
# is, a country), or a bare name no lexicon knows: a host the visit's purpose names is better.
# Rules that read a party off a place's name: the place itself, its seat, its country.
PLACE_NAME_RULES = frozenset({"seat-of-power", "place", "location", "country-name"})

# The rule of a person whose own phrase states a role or nationality ("X, a citizen of Y").
STATED_RULE = "stated-role"
# The rule of a party given its country by a place's name.
PLACED_RULE: ActorRule = "place"
# The rule of a noun of people read with its own words ("a man from Nigeria" by its "from").
PEOPLE_NOUN_RULE = "agent"
VISITED_RULES = frozenset(
    {"seat-of-power", "place", "location", "domestic", "country-name", "named-person"}
)


def recipient_beyond_slot(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """When the pattern's slot codes no actor: a place acted on, the addressee of a message,
    and last the nearest actor below the trigger."""
    if _reciprocal(match.head) or _own_body_sits(match, actor):
        return ()
    resolve = resolver(coder, ctx)
    found = (
        pressing_party(resolve, match)
        or place_recipient(match.recipient, match.cameo, ctx, actor)
        or struck_by_noun(coder, match, actor, ctx)  # recip16: "air strikes killed 20 civilians"
        or stationed_at(coder, match, actor, ctx)
    )
    if found:
        return found
    to = addressee(match.head, match.cameo)
    if to is not None:
        found = referred_recipient(resolve, to, ctx, head_of_actor(match, actor, ctx), actor)
        if found:
            return found
    found = told_addressee(resolve, match, ctx, head_of_actor(match, actor, ctx), actor)
    if found:  # recip10: "told Indonesia that ...", "in a letter to X"
        return found
    return (
        lower_slot_recipient(coder, match, actor, ctx)
        or demanded_of(coder, match, actor, ctx)  # recip12: "marched, demanding X"
        or searched_recipient(coder, match, actor, ctx)
        or struck_recipient(coder, match, actor, ctx)
        # "will fight back if the U.S. persists": the condition, when nothing else is named
        or (_conditional_conflict(match) and searched_recipient(
            coder, match, actor, ctx, conditions=True))
        or opposing_side(coder, match, actor, ctx)  # recip15: "returned fire", "heavy bombing"
        or ()
    )  # fmt: skip


def stationed_at(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """ "pull out the 2,000 U.S. troops currently *in Syria*", "recalled its ambassador *in
    Moscow*": where the actor's own forces or envoys are, that a pattern withdraws "from", is
    what they are withdrawn from (a place of another country than the actor's)."""
    pattern = coder.verbs.patterns.get(match.pattern_id)
    obj = child(match.head, "dobj")
    if pattern is None or obj is None or not pattern.own_object or "from" not in pattern.recipient:
        return ()
    own = {m.country for m in actor}
    stations = english().words.people_place_preps - {"from"}
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in stations):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            found = site_named(place, ctx, actor)
            if found and not {m.country for m in found} & own:
                return found
    return ()


def _own_body_sits(match: Match, actor: tuple[ActorMention, ...]) -> bool:
    """ "The Kenyan parliament met in a special session on the Somali crisis": a state's own
    body sitting with no partner consults no one, and what it sits on is no recipient (recip14;
    an international body's meeting on a country, "the Security Council met on Syria", stays)."""
    return sits_alone(match) and bool(actor) and all(m.org is None for m in actor)


def _reciprocal(trigger: Token) -> bool:
    """ "The five airlines agreed to work *together* to lobby the Commission": an act done
    together is between the parties of the actor; the party a purpose clause names after it
    is no partner in it."""
    words = english().senses.reciprocal_adverbs
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "advmod" and c.lower_ in words for v in verbs for c in v.children)


def lower_slot_recipient(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """ "released $1.2 billion in military assistance *to* Egypt": the pattern's recipient
    preposition, which the parser hung on a noun of the object rather than on the verb."""
    pattern = coder.verbs.patterns.get(match.pattern_id)
    obj = child(match.head, "dobj") or _passive_thing(match.head)
    if pattern is None or obj is None:
        return ()
    # an "of" phrase inside the object is the noun's own complement ("a demand for the sacking
    # *of* the adviser"), never a slot the parser moved
    preps = set(pattern.recipient) - {"of"}
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    # the object's conjuncts are objects too ("sent vehicles and a team of paratroopers *to*
    # Arnor": the parser hangs "to" on the last thing sent)
    queue, seen = [obj, *(c for c in obj.children if c.dep_ == "conj")], 0
    # only through the object's own prepositional phrases and appositions ("an operation,
    # Operation Thunder, *against* militants": the same thing), nearest first; bounded
    while queue and seen < MAX_SEARCH_TOKENS:
        noun = queue.pop(0)
        seen += 1
        queue.extend(c for c in noun.children if c.dep_ == "appos")
        for prep in _noun_preps(noun):
            inner = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in preps and inner:
                found = referred_recipient(resolve, inner[0], ctx, actor_head, actor, slot=False)
                found = without_venues(match, found, ctx, obj)  # recip14: "a meeting in X"
                if found and not _own_forces(found, actor):
                    return found
            queue.extend(inner)
    return ()


def _passive_thing(verb: Token) -> Token | None:
    """ "sanctions *against* Mordor were lifted", "aid *to* Arnor was suspended": in the passive
    the thing acted on is the subject, and its prepositional phrases are the object's."""
    thing = child(verb, "nsubjpass")
    return thing if thing is not None and thing.pos_ == "NOUN" else None


def _noun_preps(noun: Token) -> list[Token]:
    """A noun's prepositional phrases, with those of a participle describing it: "sanctions
    *imposed on* Mordor", "aid *promised to* Arnor" say whom the thing is laid on or given to.
    """
    preps = [c for c in noun.children if c.dep_ == "prep"]
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        preps += [c for c in participle.children if c.dep_ == "prep"]
    return preps


def struck_recipient(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> tuple[ActorMention, ...]:
    """ "carried out air strikes in Mosul, *killing* dozens of fighters": a participle clause of
    violence after an attack tells whom the attack hit; "started a hunger strike, *protesting*
    the state's unemployment system", one of protest after a protest what it is against."""
    roots = _same_acts(match.cameo)
    if not roots:
        return ()
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    for clause in match.head.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            continue
        patterns = coder.verbs.by_verb.get(clause.lemma_.lower(), ())
        struck = child(clause, "dobj")
        if struck is None or not any(p.cameo[:2] in roots for p in patterns):
            continue
        found = referred_recipient(resolve, struck, ctx, actor_head, actor, slot=False)
        if found and not _own_forces(found, actor):
            return found
    found = harmed_in_main(coder, match, actor, ctx, roots)  # recip12
    return found if not _own_forces(found, actor) else ()


def _same_acts(cameo: str) -> frozenset[str]:
    """The CAMEO roots of a participle that goes on telling the same act: violence after an
    attack, protest after a protest (recip11)."""
    codes = english().codes
    if cameo[:2] in codes.attack_roots:
        return frozenset(codes.attack_roots)
    return frozenset({codes.protest_root}) if cameo[:2] == codes.protest_root else frozenset()


def searched_recipient(
    coder: Coder,
    match: Match,
    actor: tuple[ActorMention, ...],
    ctx: ArticleState,
    *,
    conditions: bool | None = None,
) -> tuple[ActorMention, ...]:
    """A recipient the pattern did not place: the nearest coded noun phrase below the trigger."""
    taken = {i for m in actor for i in range(m.start, m.end)}
    own = {m.country for m in actor}
    trigger = {t.i for t in ctx.doc[match.trigger[0] : match.trigger[1]]}
    exclude = set(range(*phrase_bounds(match.actor))) if match.actor is not None else set()
    exclude |= _allegations(match) | _harm_victims(match)
    exclude |= _allies(match) | absent_phrases(match.head)  # recip14: "met without Syria"
    exclude |= demanded_places(match)  # recip14: "a demand that cars be made in America"
    exclude |= proposal_contents(match)  # recip16: "supports its decision to expel X"
    held_at = occasions(match.head)  # recip19: "decided during the cabinet meeting"
    exclude |= occasion_owners(held_at)
    roots = [match.head] + ([match.frame] if match.frame is not None else [])
    # "threatened to strike unless Israel withdrew": the condition names the target.
    if conditions is None:
        conditions = match.cameo[:2] == english().codes.threat_root
    # a name found by searching is no slot's: coordinated names there may be anyone's
    resolve = resolver(coder, ctx, core=True, acted_on=False)
    whole = resolver(coder, ctx)
    actor_head = head_of_actor(match, actor, ctx)
    # "declared a state of siege": a measure laid on an area is no party, whatever its words
    measure = match.cameo in english().codes.area_codes
    shared = shared_content(coder, match, roots)  # recip15: "share *intelligence* on X"
    exclude |= shared
    for root in roots:
        light = [
            ctx.doc[i]
            for i in sorted(trigger)
            if ctx.doc[i].pos_ == "NOUN" and i != root.i and not measure and i not in shared
            and not inside_trigger_phrase(ctx.doc[i], trigger)
        ]
        for head in (*light, *object_candidates(root, exclude, trigger, conditions=conditions)):
            if head.idx in taken or head in held_at:
                continue
            # recip18: "rejecting *my* offer, the envoy said": the speaker, named whole
            found = speaker_referred(whole, head, actor) or referred_recipient(
                resolve, head, ctx, actor_head, actor, slot=False
            )
            if not found and head.i in trigger:  # recip10
                found = trigger_object(resolve, head, ctx, actor_head, actor)
            found = _placed_people(coder, ctx, head, found) or found
            found = without_venues(match, found, ctx, head)  # recip14: "a meeting in Washington"
            if _own_forces(found, actor) or (head.i not in trigger and _owner_pronoun(head, found)):
                continue
            if own_people(found, ctx, actor_head, actor) or report_audience(head, trigger):
                continue
            if protest_target(coder, head, match.cameo) or _venue(head, found, match.cameo):
                continue
            # "rejected an *Australian* ultimatum" names the other side; the actor's own
            # country on the trigger's noun ("an Israeli offensive") does not.
            # "disperse demonstrators": an agent noun in the trigger is still the recipient.
            if (head.i in trigger and {m.country for m in found} <= own
                    and all(m.sector is None for m in found)
                    and not _owned_by_another(head, found, actor)):
                continue
            if found:
                return found
    return ()


def _allegations(match: Match) -> set[int]:
    """ "accused Gulen *of attempting to overthrow the government*": what an accusation alleges
    names the accused's victims, not whom the accusation is made against; the search for a
    recipient does not enter it (the prepositions heading such clauses)."""
    if match.cameo[:2] not in english().codes.accusation_roots:
        return set()
    preps = english().words.allegation_preps
    heads = [match.head, *(c for c in match.head.children if c.dep_ == "dobj")]
    return {
        prep.i
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        and any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in prep.children)
    }


def _harm_victims(match: Match) -> set[int]:
    """ "was charged with *the murder of* John Doe", "arrested over the killing of a guard": a
    charge or arrest names the harm it is for, and the harm's "of" phrase its victim, never the
    party charged or arrested; the search does not enter it."""
    if match.cameo[:2] not in english().codes.alleged_harm_roots:
        return set()
    harms = english().senses.harm_nouns
    return {
        prep.i
        for tok in match.head.subtree
        if tok.dep_ == "pobj" and tok.lemma_.lower() in harms
        for prep in tok.children
        if prep.dep_ == "prep"
    }


def _placed_people(
    coder: Coder, ctx: ArticleState, head: Token, found: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """ "to help people *in Somalia, Ethiopia and Kenya*": the search reads a phrase's core, but
    people known by sector alone are placed by their own "in"/"from" phrase, one party for each
    country it names (read whole, as the pattern's slot would be)."""
    unplaced = all(m.sector and (m.country is None or m.rule in GUESSED_RULES) for m in found)
    if not found or not unplaced:
        return ()
    preps = english().words.people_place_preps
    apposed = any(c.dep_ == "appos" for c in head.children)
    if not apposed and not any(c.dep_ == "prep" and c.lower_ in preps for c in head.children):
        return ()
    whole = resolver(coder, ctx, acted_on=False)(head)
    if apposed and whole and all(m.rule == STATED_RULE and m.country for m in whole):
        return whole  # recip12: "Ahmed Khan, a Pakistani national": the apposition says whence
    # each party must stand at a place the article's places resolve to its country: "children
    # in Afar and Somali regions" are in Ethiopia, whatever "Somali" says as a demonym
    placed = [_at_place(m, ctx) for m in whole]
    return tuple(m for m in placed if m is not None) if whole and all(placed) else ()


def _at_place(mention: ActorMention, ctx: ArticleState) -> ActorMention | None:
    """The mention, if its words are a place the article names in the mention's country. A noun
    of people whose own phrase ends in a place ("a man *from Nigeria*", "a man *from Bree*":
    recip12) is of that place's country; the words gave it none, the place gives it."""
    places = ctx.places
    if places is None:
        return None
    for place in places.mentions:
        whole = place.start == mention.start and place.end == mention.end
        ending = (mention.rule == PEOPLE_NOUN_RULE and place.start is not None
                  and place.start > mention.start and place.end == mention.end)  # fmt: skip
        if not whole and not ending:
            continue
        found = resolve_place(place.candidates, countries=places.countries,
                              divisions=places.divisions)  # fmt: skip
        if found is None:
            return None
        if ending and mention.country is None and well_known(found):
            return replace(mention, country=found.country, rule=PLACED_RULE)
        return mention if found.country == mention.country else None
    return None


def _owner_pronoun(noun: Token, found: tuple[ActorMention, ...]) -> bool:
    """ "press the reset button in *its* relations with Russia", "resigned on *his* own accord":
    below the trigger, a thing found only through the possessive pronoun of its owner is a
    circumstance of the act, and its owner no party acted on; the search goes on."""
    owners = english().words.own_possessives
    return (
        bool(found)
        and noun.lower_ not in owners
        and all(m.text.lower() in owners for m in found)
    )


def _venue(noun: Token, found: tuple[ActorMention, ...], cameo: str) -> bool:
    """ "talks *in* Geneva", "the executive is meeting *in* the capital", "police seized drugs
    *in* the US", "signed the deal *in* Paris": after a locative preposition, a place's name (a
    seat of power, a country, a town) says where the act was done, not whom it was done to;
    the search goes on (for the acts of ``_only_where``). A noun of a settlement does too for
    acts done with a partner ("signed it *in the Arnorian city* of Bree"), not for coercion,
    which falls on the people there ("raided *a village*")."""
    if noun.dep_ != "pobj" or not _only_where(cameo):
        return False
    words = english().words
    if noun.head.lower_ not in words.locative_preps:
        return False
    codes = english().codes
    partnered = cameo in codes.venue_codes or cameo[:2] in codes.partnered_venue_roots
    return bool(found) and (noun.ent_type_ in PLACE_LABELS
                            or (partnered and noun.lemma_.lower() in words.settlement_nouns)
                            or all(m.rule in PLACE_NAME_RULES for m in found))


def _only_where(cameo: str) -> bool:
    """Whether a place the search meets after "in"/"at" can only say where the act was done:
    meetings, cooperation and coercion (recip13), but not measures laid on an area ("a curfew
    *in* Basra")."""
    codes = english().codes
    if cameo in codes.venue_codes:
        return True
    return cameo[:2] in codes.where_only_roots and cameo not in codes.area_codes


def protest_target(coder: Coder, noun: Token, cameo: str) -> bool:
    """ "police dispersed a protest *against the government*", "refused to allow protests
    *against the decision to allow imports from the US*": what a protest below the trigger is
    against (and all inside it) is the protest's target; an act that bans, breaks up or refuses
    it is done to the protesters. Calling off or putting off one's own protest (a concession)
    yields to its target, which stays a recipient."""
    codes = english().codes
    if cameo[:2] not in codes.protest_acted_roots:
        return False
    for word in (noun, *noun.ancestors):
        prep = word.head
        if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            continue
        held = coder.verbs.by_noun.get(prep.head.lemma_.lower(), ())
        if any(p.cameo[:2] == codes.protest_root for p in held):
            return True
    return False


def report_audience(noun: Token, trigger: set[int]) -> bool:
    """ "urges talks ... Iakobashvili *told reporters*", "said *to the AP*": whom a report is
    told to is its audience, not a party the act reported is done to."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in ("dobj", "dative", "pobj") or verb.i in trigger:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in english().senses.reporting_verbs


def own_people(
    found: tuple[ActorMention, ...], ctx: ArticleState, actor_head: Token | None,
    actor: tuple[ActorMention, ...],
) -> bool:
    """ "allegations made by the daughters in affidavits provided by *their lawyer*", "condemned
    the attack on *its* embassy": found by searching, parties named through a possessive that
    agrees with the actor are the actor's own side, none acted on ("*its* allies" are others).
    """
    relational = english().words.relational_nouns
    for mention in found:
        words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        noun = words.root if words is not None else None
        if noun is None or noun.lemma_.lower() in relational:
            return False
        if own_possessive(noun, actor_head, actor) is None:
            return False
    return bool(found)


def _owned_by_another(
    noun: Token, found: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]
) -> bool:
    """ "Rebels violated *Sudan's* ceasefire", "the NPA broke the Philippines' truce": the
    possessor of the trigger's noun owns the thing acted on, and is a party even in the actor's
    country, unless the actor is that state itself (named as the state, or its government)."""
    owner = child(noun, "poss")
    if owner is None or owner.pos_ != "PROPN":
        return False
    start, end = owner.left_edge.idx, owner.idx + len(owner.text)
    if not found or not all(start <= m.start < end for m in found):
        return False
    nations = english().codes.nation_rules
    return not any(a.sector in (None, "GOV") and a.rule in nations for a in actor)


def _conditional_conflict(match: Match) -> bool:
    """ "will fight back firmly *if the U.S. persists*": a hostile act (CAMEO 13-20) made to hang
    on what another party does is a threat to that party, whatever code the verb has."""
    words = english().words
    return match.cameo[:2] >= english().codes.threat_root and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.ultimatum_marks | {"if"}
                                  for m in c.children)
        for c in match.head.children
    )  # fmt: skip


def _own_forces(found: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]) -> bool:
    """ "Russia sent troops to Syria", "pulled out 2,000 U.S. troops": forces of the acting
    state, found beyond the pattern's slot, are its means, not the party acted on."""
    travelling = english().codes.travelling_sectors
    own = {m.country for m in actor}
    state = bool(actor) and all(m.sector in (None, "GOV", "MIL") for m in actor)
    return (
        state
        and bool(found)
        and all(
            m.sector in travelling and (m.country in own | {None} or m.rule in GUESSED_RULES)
            for m in found
        )
    )


def visit_host(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState,
    found: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """ "travelled to Vladivostok for a summit with Putin", "flew to Riyadh to meet King
    Salman": the party a visit's purpose says it meets is its host, who is the visit's
    recipient rather than the place visited (CAMEO 042: a visit is made to its host)."""
    if match.cameo not in english().senses.visit_codes or not all(
        m.rule in VISITED_RULES for m in found
    ):
        return found
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    for host in _hosts(match.head):
        named = referred_recipient(resolve, host, ctx, actor_head, actor, slot=False)
        if named and all(m.country for m in named) and not _own_forces(named, actor):
            return named
    return found


def _hosts(trigger: Token) -> list[Token]:
    """Who a visit's purpose names: "for talks *with* X", "to meet X", "to meet *with* X"."""
    words, meets = english().words, english().senses.host_meeting_verbs
    hosts: list[Token] = []
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            meetings = (o for o in c.children if o.dep_ == "pobj"
                        and o.lemma_.lower() in words.hosted_meetings)  # fmt: skip
            hosts += [h for o in meetings for h in prep_objects(o, "with")]
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in meets:
            hosts += [h for h in c.children if h.dep_ == "dobj"] + list(prep_objects(c, "with"))
    return hosts


def _allies(match: Match) -> set[int]:
    """ "captured after fighting *for the Taliban*", "fought *alongside* Kurdish forces": in an
    act of force the party one fights for or beside is one's own side, never the one attacked;
    the search for a recipient does not enter those phrases."""
    if match.cameo[:2] not in english().codes.force_roots:
        return set()
    sides = english().senses.ally_preps
    allied = {c.i for c in match.head.children if c.dep_ == "prep" and c.lower_ in sides}
    with_ally = ally_with(match.head, match.cameo)  # recip11: "fighting with X against Y"
    side = side_phrase(match.head)  # claims20: "fought on the side of X"
    return allied | {p.i for p in (with_ally, side) if p is not None}
