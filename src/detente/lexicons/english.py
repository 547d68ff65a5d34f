"""Schema and loader of english.yaml: the closed word lists and code sets the coding rules read."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from detente.errors import LexiconError

CAMEO_ROOT = r"^[0-2][0-9]$"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EnglishWords(_Frozen):
    """Word lists, each read by one coding rule (the comment in english.yaml says which)."""

    # actor phrases (coding/phrase.py, phrase_parts.py)
    partitives: frozenset[str]
    person_heads: frozenset[str]
    boundary: frozenset[str]
    foreign: frozenset[str]
    leaning: frozenset[str]
    counting_to: frozenset[str]
    counting_than: frozenset[str]  # recip18: "more than 300 Arnorians" counts them
    purpose_participles: frozenset[str]  # recip18: "bombings meant to kill him"
    conjunctions: frozenset[str]
    apposition_separators: frozenset[str]
    definite: frozenset[str]
    leader_titles: tuple[str, ...]
    deputy_words: tuple[str, ...]
    determiners: frozenset[str]  # without the definite words; see `all_determiners`
    name_particles: frozenset[str]
    honorifics: frozenset[str]
    subnational_names: frozenset[str]
    # triggers (coding/match.py, modal_acts.py, events.py)
    cause_preps: frozenset[str]
    allegation_preps: frozenset[str]
    means_preps: frozenset[str]
    obligation_modals: frozenset[str]
    stative_passives: dict[str, str]  # verb lemma → the preposition of its stance
    effort_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    aside_preps: frozenset[str]
    # modality (coding/modality.py)
    negators: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    ultimatum_marks: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    intent_governors: frozenset[str]
    attempt_governors: frozenset[str]
    # placement (coding/placement.py)
    weapon_nouns: frozenset[str]
    vehicles: frozenset[str]
    attack_preps: frozenset[str]
    home_forces: frozenset[str]
    ethnic_words: frozenset[str]
    # dates (coding/dates.py)
    bounding_preps: frozenset[str]
    time_markers: frozenset[str]
    occurrence_verbs: frozenset[str]
    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    number_words: dict[str, int]
    relative_steps: dict[str, int]
    day_words: frozenset[str]
    # lead25: coding/dates.py, "last year" the tagger left unlabelled ("past" left out: "over
    # the past year" is a stretch up to now)
    relative_periods: frozenset[str] = frozenset()
    period_directions: frozenset[str] = frozenset()
    insertion_marks: frozenset[str] = frozenset()  # a date entity ends before one
    # places (geo/locate.py)
    locative_preps: frozenset[str]
    # lead18: geo/locate.py, a town the tagger took for a person after these
    person_tagged_place_preps: frozenset[str] = frozenset()
    style_nouns: frozenset[str] = frozenset()  # lead18: coding/style_adjectives.py
    acronym_links: frozenset[str] = frozenset()  # lead18: coding/spelled_acronyms.py
    temporal_marks: frozenset[str] = frozenset()  # lead18: coding/temporal_clauses.py
    settlement_nouns: frozenset[str]
    place_office_nouns: frozenset[str]
    place_participles: frozenset[str]
    movement_words: frozenset[str]
    place_object_verbs: frozenset[str]
    # senses and background (coding/senses.py, coding/modality.py)
    request_governors: frozenset[str]
    necessity_adjectives: frozenset[str]
    opinion_verbs: frozenset[str]
    provision_nouns: frozenset[str]
    press_nouns: frozenset[str]
    background_adverbs: frozenset[str]
    earlier_words: frozenset[str]
    presenting_subjects: frozenset[str]
    plan_verbs: frozenset[str]
    partnerless_nouns: frozenset[str]
    fact_verbs: frozenset[str]
    show_verbs: frozenset[str]
    perfect_aux: frozenset[str]
    host_verbs: frozenset[str]
    hosted_meetings: frozenset[str]
    # recipients (coding/recipients.py)
    own_possessives: dict[str, str]  # possessive pronoun → the subject pronoun it agrees with
    person_objects: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    relational_nouns: frozenset[str]
    area_nouns: frozenset[str]
    held_area_words: frozenset[str]
    place_target_preps: frozenset[str]
    # requests (coding/frames.py, modal_acts.py, match.py)
    demand_words: frozenset[str]
    refusal_reported_aux: frozenset[str]
    negated_comparatives: frozenset[str]
    # actors that cannot act (coding/phrase.py)
    abstract_heads: frozenset[str]
    blame_adjectives: frozenset[str]
    blamed_harms: frozenset[str]
    # light objects that carry the given thing (coding/match.py)
    carrier_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    summon_verbs: frozenset[str]  # request verbs that also mean phoning someone
    allegation_nouns: frozenset[str]  # nouns whose clause states what is alleged
    # recipients named only in general (coding/recipients.py)
    vague_party_nouns: frozenset[str]
    vague_party_words: frozenset[str]
    thing_pronouns: dict[str, Literal["singular", "plural"]]
    # heads of any body, who take the sector of the body they head (coding/phrase.py)
    body_titles: frozenset[str] = frozenset()
    # actors6: titles of a reigning monarch or heir, whose bearer is of a monarchy
    royal_titles: frozenset[str] = frozenset()
    # means used by forces, whose purpose infinitive is the user's act (coding/actor_clauses.py)
    means_nouns: frozenset[str] = frozenset()
    # nouns whose infinitive the asked party does, not the owner (coding/actor_clauses.py)
    directive_nouns: frozenset[str] = frozenset()
    # parties said to be from elsewhere, who never take the country of the place (placement.py)
    outsider_words: frozenset[str] = frozenset()
    outsider_exempt: frozenset[str] = frozenset()  # plural heads of offices ("Foreign Affairs")
    # relative pronouns that stand for people ("the men *who* were jailed"; coding/patients.py)
    person_relatives: frozenset[str] = frozenset()
    # actors5: verbs of saying that close a sentence after the speaker ("…, a group protested
    # here"), never a participle of that noun (coding/subjects.py)
    closing_report_verbs: frozenset[str] = frozenset()
    # verbs4: auxiliaries of a clause agreed on that commits the parties (coding/complements.py)
    committing_aux: frozenset[str] = frozenset()
    # verbs5: present modals whose negation refuses a concession (coding/modal_acts.py)
    refusal_modal_aux: frozenset[str] = frozenset()
    # verbs6: pronouns by which a speaker states a duty of its own (coding/modal_acts.py)
    self_duty_pronouns: frozenset[str] = frozenset()
    # recip6: person nouns of one sex → the object pronoun agreeing (coding/recipients.py)
    sexed_people: dict[str, str] = Field(default_factory=dict)
    # verbs7: the caller's own errands: "called X to congratulate him" (coding/complements.py)
    call_errands: frozenset[str] = frozenset()
    called_occasions: frozenset[str] = frozenset()  # verbs7: "called a meeting to discuss"
    # recip7: bodies whose name set before a thing makes them its owner (party_mentions.py)
    owner_nouns: frozenset[str] = frozenset()
    # recip7: things done to a body, not by it ("government reform"; party_mentions.py)
    patient_things: frozenset[str] = frozenset()
    # recip7: prepositions placing people in their own phrase (beyond_slot.py)
    people_place_preps: frozenset[str] = frozenset()
    # recip8: units of a person's age: "arrested 31-year-old John Doe" (party_mentions.py)
    age_units: frozenset[str] = frozenset()
    # recip8: a passive's subject pronoun → the object pronoun it stands in for (recipients.py)
    passive_person_subjects: dict[str, str] = Field(default_factory=dict)
    # recip8: pronouns of several people named together: "*Both* were charged" (recipients.py)
    people_pronouns: frozenset[str] = frozenset()
    # recip8: codes of bodies that are no state, whose names may be surnames (party_mentions.py)
    surname_org_codes: frozenset[str] = frozenset()
    # mainev6: bare nouns of a police force's people, and words that name a force
    # (coding/police_officers.py)
    police_officer_nouns: frozenset[str] = frozenset()
    police_force_words: frozenset[str] = frozenset()
    # mainev7: verbs that name an armed assailant by themselves (coding/armed_acts.py)
    armed_verbs: frozenset[str] = frozenset()
    # recip13: "those killed": pronouns that stand for people before a participle (syntax.py)
    people_demonstratives: frozenset[str] = frozenset()

    @functools.cached_property
    def all_determiners(self) -> frozenset[str]:
        """Every word before a head noun that is neither a name nor a sector word."""
        return self.determiners | self.definite


def cameo_roots(value: frozenset[str]) -> frozenset[str]:
    """The value, when every item is a two-digit CAMEO root (01-20)."""
    bad = sorted(v for v in value if len(v) != 2 or not v.isdigit() or v > "20")
    if bad:
        raise ValueError(f"not CAMEO roots: {bad}")
    return value


class RuleCodes(_Frozen):
    """The CAMEO roots, PLOVER types and sectors that coding rules apply to."""

    intent_roots: frozenset[str]
    reaction_roots: frozenset[str]
    request_roots: frozenset[str]
    accusation_roots: frozenset[str]
    attack_roots: frozenset[str]
    threat_root: str = Field(pattern=CAMEO_ROOT)
    person_violence_root: str = Field(pattern=CAMEO_ROOT)
    protest_root: str = Field(pattern=CAMEO_ROOT)
    authority_codes: dict[str, str]  # CAMEO code → sector of the authorities that do it
    requires_recipient: frozenset[str]
    travelling_sectors: frozenset[str]
    domestic_sectors: frozenset[str]
    article_town_sectors: frozenset[str] = frozenset()  # lead17: geo/article_place.py
    org_kinds: frozenset[str]
    consult_root: str = Field(pattern=CAMEO_ROOT)
    military_force_codes: frozenset[str]
    civil_violence_code: str
    civil_sectors: frozenset[str]
    nation_rules: frozenset[str]
    area_codes: frozenset[str]
    appeal_root: str = Field(pattern=CAMEO_ROOT)
    demand_root: str = Field(pattern=CAMEO_ROOT)
    agentless_charges: dict[str, str]  # pattern id → sector that brings the charge
    home_authority_sectors: frozenset[str]
    judicial_acts: frozenset[str]
    denial_codes: frozenset[str]  # denials, whose object's clause is alleged (coding/triggers.py)
    # verbs4: claims of one's own act, whose clause is the claim's content (coding/triggers.py)
    claim_codes: frozenset[str] = frozenset()
    # actors6: ISO3 codes of states headed by a monarch (for EnglishWords.royal_titles)
    monarchies: frozenset[str] = frozenset()
    # verbs5: roots of concessions refused by a negated "can" (coding/modal_acts.py)
    modal_refusal_roots: frozenset[str] = frozenset()
    # recip6: roots whose subject proposes talks "with" a party (coding/parties.py)
    proposal_roots: frozenset[str] = frozenset()
    # recip6: codes of protests ended, conceded to the protesters' government (placement.py)
    dissent_ended_codes: frozenset[str] = frozenset()
    # lead21: protesters who strike against their employer, not the state (protested.py)
    employee_sectors: frozenset[str] = frozenset()
    # recip9: roots of acts done to a protest (reject, coerce, assault): its target is not theirs
    protest_acted_roots: frozenset[str] = frozenset()
    # lead12: roots of coercion and force, whose town recipient is its people (attacked_places.py)
    force_roots: frozenset[str] = frozenset()
    # lead14: meeting codes whose place after "in"/"at" is the venue, no party (beyond_slot.py)
    venue_codes: frozenset[str] = frozenset()
    # lead14: roots of charges and arrests whose harm's victim is no party (beyond_slot.py)
    alleged_harm_roots: frozenset[str] = frozenset()
    # recip13: roots of acts done at a place, not to those there (beyond_slot.py)
    where_only_roots: frozenset[str] = frozenset()
    # recip19: roots of acts done with a partner, whose settlement noun after "in" is the
    # venue ("signed it in the Arnorian city of Bree"; beyond_slot.py)
    partnered_venue_roots: frozenset[str] = frozenset()
    # claims17: verbal codes that are deeds, never the speaker's act (linked_actors.py)
    conduct_codes: frozenset[str] = frozenset()
    # verbs18: codes (and their subcodes) whose act told as lying ahead ("will expel 60
    # diplomats") is a decision announced, the act with future modality (coding/framing.py)
    announced_codes: frozenset[str] = frozenset()

    @field_validator(
        "intent_roots", "reaction_roots", "request_roots", "accusation_roots", "attack_roots",
        "modal_refusal_roots", "proposal_roots", "protest_acted_roots", "force_roots",
        "alleged_harm_roots", "where_only_roots", "partnered_venue_roots",
    )
    @classmethod
    def _roots(cls, value: frozenset[str]) -> frozenset[str]:
        return cameo_roots(value)


class SenseWords(_Frozen):
    """Word lists of the senses that report no political event (coding/nonevents.py)."""

    impersonal_causes: frozenset[str]  # subjects that cannot act: "an epidemic killed"
    storm_kinds: frozenset[str] = frozenset()  # senses20: "Cyclone Idai killed": a named storm
    commerce_objects: frozenset[str]  # "negotiated a lease", "media rights": trade, not politics
    commerce_roots: frozenset[str]  # the CAMEO roots of agreement and cooperation they take over
    price_verbs: frozenset[str]  # "they charge for the power": a price asked, no accusation
    journalism_nouns: frozenset[str]  # "pleaded anonymity", "declined to comment"
    journalism_roots: frozenset[str]  # requests and refusals that are a reporter's routine
    push_verbs: frozenset[str]  # "forces press into the enclave": movement, no request
    movement_preps: frozenset[str]
    economic_conflicts: tuple[str, ...]  # "a trade war": what a "fight" is about there
    fight_verbs: frozenset[str]
    visit_codes: frozenset[str]  # CAMEO codes of visits, for "Russians travelling to the UK"
    additive_words: frozenset[str]  # "not only by Britain": "not" before them adds, negates nothing
    reflexive_pronouns: frozenset[str]  # "cannot allow ourselves to be used": no other party
    organising_verbs: frozenset[str]  # "will be coordinating activities": organising, no partner
    doing_verbs: frozenset[str]  # "all it had done to support Dominica": the doing is the act
    title_surnames: frozenset[str]  # "Jaime King", "Mr Bishop": titles that are surnames too
    handover_codes: frozenset[str]  # CAMEO codes of returning what was taken (0842)
    document_nouns: frozenset[str]  # "handed over a motion to the Speaker": a text submitted
    imminent_words: frozenset[str]  # "is due to visit", "is about to attack": future (modality.py)
    talk_verbs: frozenset[str]  # "the victim cannot talk": speaking with no partner consults no one
    partner_preps: frozenset[str]  # "talked with", "spoke to": the partner of a talk
    # modality5: "police said ten had been arrested" reports the news (modality.py)
    reporting_verbs: frozenset[str]
    # modality5: "should never have been arrested" says the arrest happened (modality.py)
    regret_modals: frozenset[str]
    # modality5: "with Matthew being sentenced" takes its date from its clause (dates.py)
    absolute_preps: frozenset[str]
    support_roots: frozenset[str]  # CAMEO roots of support that sponsorship and charity borrow
    occasion_nouns: frozenset[str]  # "the fair is supported by Etisalat": an occasion sponsored
    cared_people: frozenset[str]  # "supports people affected by cancer": people cared for
    ailments: frozenset[str]  # what those people are affected by, besides impersonal causes
    contest_prizes: frozenset[str]  # "will return to defend their title": a prize, no party
    # senses4: things, not parties, that a trigger acts on (coding/thing_senses.py)
    release_codes: frozenset[str]  # CAMEO codes of freeing people (0841)
    released_things: frozenset[str]  # "released a new song": published or let out, no one freed
    target_preps: frozenset[str]  # "an attack on", "fired at": what introduces a target
    non_party_targets: frozenset[str]  # "an attack on the flames": a thing fought, no party
    detonation_verbs: frozenset[str]  # "set off": a bombing only with an explosive
    explosive_nouns: frozenset[str]
    unnamed_words: frozenset[str]  # "requested to remain anonymous": a reporter's routine
    naming_verbs: frozenset[str]  # "asked not to be named"
    private_people: frozenset[str]  # "residents who had travelled": a private trip, no visit
    backing_verbs: frozenset[str]  # "back off": giving way, no support
    retreat_particles: frozenset[str]
    dismissal_verbs: frozenset[str]  # "fired the coach": a dismissal, no shot
    employee_nouns: frozenset[str]
    provision_more: frozenset[str]  # "a scheme to allow": texts whose content is no act
    provision_roots: frozenset[str]  # the CAMEO roots of permissions a text provides (08)
    trip_verbs: frozenset[str]  # "residents travelled to": a trip, unlike an arrival
    craft: frozenset[str]  # "bombers flew to within": a craft moving, no visit
    plea_verbs: frozenset[str]  # "pleads guilty": a plea in court, no appeal
    plea_answers: frozenset[str]
    call_nouns: frozenset[str]  # "the call was made by": a telephone call, no appeal
    appeal_preps: frozenset[str]  # "a call for calm", "a call on Arnor": an appeal
    session_nouns: frozenset[str]  # "its regular meeting": a body's routine session
    routine_words: frozenset[str]
    home_words: frozenset[str]  # "will fly home": a return, no visit
    courtesy_verbs: frozenset[str]  # "thank everyone": a courtesy, no praise
    courtesy_addressees: frozenset[str]
    recognition_codes: frozenset[str]  # CAMEO 054: "recognized for her work" is an honour
    honour_givers: frozenset[str]  # "recognized by two funding programmes": an award
    rite_verbs: frozenset[str]  # "welcome into the faith": a rite, no praise
    rite_nouns: frozenset[str]
    # recip4: acts done to people, whose unknown named object is a person (coding/patients.py)
    person_act_codes: frozenset[str]
    people_demonstratives: frozenset[str]  # recip4: "release those imprisoned": people
    state_domestic_codes: frozenset[str]  # recip4: a state's own people (coding/placement.py)
    person_object_codes: frozenset[str]  # recip4: "arrested the brothers": people, any noun
    held_things: frozenset[str]  # recip4: "homes are locked": things, not people arrested
    # claims4: "claimed that X shelled", "suspected of attacking": alleged, not told as done
    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]  # claims4: "the allegation that X attacked" (claims.py)
    hearsay_adverbs: frozenset[str]  # claims4: "allegedly attacked" (claims.py)
    hearsay_adjectives: frozenset[str]  # claims4: "the alleged attack" (claims.py)
    unrealised_adjectives: frozenset[str]  # claims4: "a planned strike" (claims.py)
    coming_words: frozenset[str]  # claims4: "its upcoming meeting" lies ahead (claims.py)
    season_months: dict[str, int]  # claims4: "in the fall": the month the season begins (dates.py)
    season_preps: frozenset[str]  # claims4: "in the fall" names a time (dates.py)
    season_which: frozenset[str]  # claims4: "last summer", "next winter" (dates.py)
    failure_verbs: frozenset[str]  # claims4: "failed to attend": not done (modality.py)
    holidays: dict[str, tuple[int, int]]  # claims4: "on New Year's Day": (month, day) (dates.py)
    # "are to sign", "was to visit": be + to-infinitive, an arrangement (modality.py)
    arrangement_verbs: frozenset[str] = frozenset()
    aim_nouns: frozenset[str] = frozenset()  # "the aim is to encourage": an aim, not arranged
    # "Lebanon Police", "City of Paris": a name as a town's own body (namesakes.py)
    local_body_words: frozenset[str] = frozenset()
    local_body_openers: frozenset[str] = frozenset()
    # "barred X from meeting": the act in the "from" clause did not happen (prevented.py)
    prevention_verbs: frozenset[str] = frozenset()
    # claims5: "said Russia would expel": the reported "will" (coding/backshift.py)
    backshifted_modals: frozenset[str] = frozenset()
    # claims5: "met during a visit last year": the occasion dates the act (coding/dates.py)
    occasion_preps: frozenset[str] = frozenset()
    # claims5: "the summit will take place": its modality is the noun's (coding/modality.py)
    occurrence_modal_verbs: frozenset[str] = frozenset()
    ahead_phrases: frozenset[str] = frozenset()  # claims5: "in the future" (coding/modality.py)
    standing_adverbs: frozenset[str] = frozenset()  # claims5: "has long accused" (modality.py)
    # "Algeria traditionally opposes": a habit in the simple present or perfect (modality.py)
    habitual_adverbs: frozenset[str] = frozenset()
    likelihood_words: frozenset[str] = frozenset()  # claims5: "is unlikely to attack" (arranged.py)
    # claims6: "several years ago" with no story date is still background (date_expressions.py)
    vague_counts: frozenset[str] = frozenset()
    same_time_preps: frozenset[str] = frozenset()  # claims6: "died during a raid" (dates.py)
    until_preps: frozenset[str] = frozenset()  # claims6: "as of Saturday, had arrested" (modality)
    # actors7: forces deployed with no agent are their own side's (coding/actor_clauses.py)
    force_cameos: frozenset[str] = frozenset()  # CAMEO codes of forces sent or stationed
    deployment_auxiliaries: frozenset[str] = frozenset()  # "were sent", "will be deployed"
    # actors7: "called on X to", "appealed to X to": X does the complement (coding/subjects.py)
    asking_prepositions: dict[str, frozenset[str]] = {}
    ability_aux: frozenset[str] = frozenset()  # claims6: "they can seize" (modality.py)
    assembly_phrases: frozenset[str] = frozenset()  # claims6: "turned out to support" (framing)
    # recip5: "diplomats were expelled from Gondor": the state expelled from acts (patients.py)
    expulsion_verbs: frozenset[str] = frozenset()
    # recip5: verbs that are adjectives too ("free", "open"): they lead no verb conjunct
    verb_adjectives: frozenset[str] = frozenset()
    # spans20: adjectives of a result that may come before a long object ("set *free* the
    # hostages"): the verb's complement, never part of the object's phrase (coding/syntax.py)
    resultative_adjectives: frozenset[str] = frozenset()
    resultative_verbs: frozenset[str] = frozenset()  # spans20: the verbs that take them ("set")
    mission_nouns: frozenset[str] = frozenset()  # recip5: "the consulate": a foreign mission
    release_nouns: frozenset[str] = frozenset()  # recip5: "called for the release of" people
    holding_verbs: frozenset[str] = frozenset()  # recip5: "held by", "jailed in": the holder
    reciprocal_adverbs: frozenset[str] = frozenset()  # recip5: "agreed to work together"
    host_meeting_verbs: frozenset[str] = frozenset()  # recip5: "flew to X to meet Y": the host
    # senses5: private and everyday senses (coding/private_senses.py)
    meeting_verbs: frozenset[str] = frozenset()  # "meet its aspirations": a goal met, no meeting
    goal_nouns: frozenset[str] = frozenset()
    care_places: frozenset[str] = frozenset()  # "ER visits": visits for care, no state visit
    quantity_verbs: frozenset[str] = frozenset()  # "visits totaled 87,600": a statistic
    wreck_nouns: frozenset[str] = frozenset()  # "free the victim from the car": a rescue
    concession_roots: frozenset[str] = frozenset()  # CAMEO roots of yielding (08)
    traffic_phrases: frozenset[str] = frozenset()  # "yield the right of way": a traffic rule
    presence_words: frozenset[str] = frozenset()  # "thanked them for attending": a courtesy
    team_nouns: frozenset[str] = frozenset()  # "his side's attack": play in a game
    burglar_nouns: frozenset[str] = frozenset()  # "burglars smashed the door": a crime, no riot
    agent_preps: frozenset[str] = frozenset()  # "was smashed by burglars": who did it
    manner_preps: frozenset[str] = frozenset()  # "speak in a calm tone"
    manner_nouns: frozenset[str] = frozenset()  # "speak with one voice": how, not with whom
    kin_nouns: frozenset[str] = frozenset()  # "give up his daughters": a family matter
    arrival_verbs: frozenset[str] = frozenset()  # "the family arrived in Greece"
    moving_people: frozenset[str] = frozenset()  # private people who move: no visit
    noun_date_past_words: frozenset[str] = frozenset()  # "last year's crackdown"
    crowd_counts: frozenset[str] = frozenset()  # "thousands of Arnorians arrived": migration
    crowd_size: int = 100  # "52,000 Arnorians arrived": a count this large moves, visits no one
    state_adjectives: frozenset[str] = frozenset()  # "remains fatality free": a state, no act
    acquaintance_nouns: frozenset[str] = frozenset()  # "met up with a friend": a private meeting
    fault_nouns: frozenset[str] = frozenset()  # "blamed on electrical faults": a cause named
    blame_preps: frozenset[str] = frozenset()
    investigation_roots: frozenset[str] = frozenset()  # CAMEO 09: investigating wrongdoing
    natural_things: frozenset[str] = frozenset()  # "investigate the meteorite": no wrongdoing
    riot_codes: frozenset[str] = frozenset()  # CAMEO 145: a crowd's violence, not one person's
    lone_pronouns: frozenset[str] = frozenset()  # "he smashed the window": one person
    view_nouns: frozenset[str] = frozenset()  # "agrees with the need for": a view shared
    moving_verbs: frozenset[str] = frozenset()  # "moved back to Richmond": a relocation
    dwelling_nouns: frozenset[str] = frozenset()  # "moved into a home"
    considered_things: frozenset[str] = frozenset()  # "investigate incentives": options weighed
    gaining_verbs: frozenset[str] = frozenset()  # "the position taken", "influence amassed"
    abstract_gains: frozenset[str] = frozenset()
    feature_nouns: frozenset[str] = frozenset()  # "recognized his profile": identified
    dispute_verbs: frozenset[str] = frozenset()  # "Kelly clashed with Kushner": a quarrel
    # verbs19: clashes told in words (coding/verbal_clashes.py)
    verbal_clash_words: frozenset[str] = frozenset()  # "clashed", "the clash between"
    verbal_clash_code: str = "110"  # CAMEO "disapprove", PETRARCH's code of a clash in words
    clash_side_preps: frozenset[str] = frozenset()  # "clashed *with* X", "the clash *between*"
    clash_issue_preps: frozenset[str] = frozenset()  # "clashed *over* the budget"
    disputed_issues: frozenset[str] = frozenset()  # "over the budget": an issue, not a place
    talk_venues: frozenset[str] = frozenset()  # "at the council", "in parliament"
    talk_venue_preps: frozenset[str] = frozenset()  # "*at* the council", "*during* a debate"
    speech_manners: frozenset[str] = frozenset()  # "clashed publicly", "verbally"
    speaking_offices: frozenset[str] = frozenset()  # "the ministers clashed": officials
    fighting_sides: frozenset[str] = frozenset()  # "police clashed with protesters": a fight
    fighting_sectors: frozenset[str] = frozenset()  # MIL, REB, COP: armed or crowd control
    clash_harm_words: frozenset[str] = frozenset()  # "clashed, killing five": a fight
    # verbs19: harm permitted is no concession (coding/permitted_harms.py)
    harm_permitting_verbs: frozenset[str] = frozenset()  # "allowed", "tolerated"
    permitted_harms: frozenset[str] = frozenset()  # "allowed the killing of civilians"
    permitted_harm_verbs: frozenset[str] = frozenset()  # "let the militia burn villages"
    # verbs19: a phase of an act told ahead is the act (coding/phases.py)
    phase_verbs: frozenset[str] = frozenset()  # "will begin its withdrawal"
    pledge_root: str = "03"  # CAMEO "express intent to cooperate": what the future composes
    # verbs19: a trade flow described is no act (coding/trade_flows.py)
    trade_flow_verbs: frozenset[str] = frozenset()  # "Japan imports its oil from X"
    payment_roots: frozenset[str] = frozenset()  # CAMEO roots of pledges and aid (03, 07)
    payee_nouns: frozenset[str] = frozenset()  # "offers employees extra money": pay
    commitment_roots: frozenset[str] = frozenset()  # CAMEO 03: "agreed to sponsor the team"
    sport_modifiers: frozenset[str] = frozenset()  # "the racing team": a sports team
    athlete_nouns: frozenset[str] = frozenset()  # "backs the driver": sponsorship
    topic_preps: frozenset[str] = frozenset()  # "complaining about", "complained of"
    hardship_nouns: frozenset[str] = frozenset()  # "about their struggles": no one accused
    animal_nouns: frozenset[str] = frozenset()  # "a pit bull attacked a boy": no party
    # senses6: courts, lawsuits, markets, races and livestock (coding/civil_senses.py)
    permit_verbs: frozenset[str] = frozenset()  # "the judge allowed the jury to consider"
    court_nouns: frozenset[str] = frozenset()
    trial_roles: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()  # "denies assisting offences": a charge denied
    rejection_roots: frozenset[str] = frozenset()  # CAMEO 12
    charge_nouns: frozenset[str] = frozenset()
    settling_verbs: frozenset[str] = frozenset()  # "agreed to settle the lawsuit"
    lawsuit_nouns: frozenset[str] = frozenset()
    aiming_verbs: frozenset[str] = frozenset()  # "targeted to an audience": marketing
    aim_preps: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    race_nouns: frozenset[str] = frozenset()  # "the Dakar Rally": a motor race
    coercion_roots: frozenset[str] = frozenset()  # CAMEO 17, 19: acts on parties
    livestock_nouns: frozenset[str] = frozenset()  # "poultry movement restricted"
    # mainev4: "it is vital that Gondor withdraws": a demand told as a need (necessity.py)
    demand_adjectives: frozenset[str] = frozenset()
    # mainev4: roots of acts on someone a headline tells in the passive ("Man arrested")
    headline_passive_roots: frozenset[str] = frozenset()
    # mainev4: words that make "week" the story's own ("this week"; authorities.py)
    story_week_marks: frozenset[str] = frozenset()
    arrest_codes: frozenset[str] = frozenset()  # "Randwick has been locked down": no arrest
    locking_verbs: frozenset[str] = frozenset()
    shutting_particles: frozenset[str] = frozenset()
    closure_nouns: frozenset[str] = frozenset()  # "the government began a shutdown": no strike
    state_nouns: frozenset[str] = frozenset()
    candidacy_verbs: frozenset[str] = frozenset()  # "did not seek re-election": a candidacy
    office_nouns: frozenset[str] = frozenset()
    sitting_verbs: frozenset[str] = frozenset()  # "sat with her face in her hands": a posture
    body_nouns: frozenset[str] = frozenset()
    vehicle_nouns: frozenset[str] = frozenset()  # "a car backed out": a vehicle moving
    stance_nouns: frozenset[str] = frozenset()  # "the position taken by T&T", singular only
    liberating_verbs: frozenset[str] = frozenset()  # "after liberating it": a place, no one freed
    departure_verbs: frozenset[str] = frozenset()  # "left for home", "left for treatment"
    trip_preps: frozenset[str] = frozenset()
    private_purposes: frozenset[str] = frozenset()
    movement_verbs: frozenset[str] = frozenset()  # verbs7: "left for Delhi", home travel
    # senses7: trade, labour, sport, surveillance, self-defence (coding/world_senses.py)
    trade_codes: frozenset[str] = frozenset()  # "exported 3 million tonnes": a trade figure
    measure_entities: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    trader_nouns: frozenset[str] = frozenset()
    signing_codes: frozenset[str] = frozenset()  # "agreed a pension deal": a labour contract
    deal_topic_preps: frozenset[str] = frozenset()
    labour_terms: frozenset[str] = frozenset()
    employer_nouns: frozenset[str] = frozenset()
    occasion_domains: frozenset[str] = frozenset()  # "attended a match": sport, no meeting
    attending_verbs: frozenset[str] = frozenset()
    watch_words: frozenset[str] = frozenset()  # "surveillance flights targeting": no attack
    defending_verbs: frozenset[str] = frozenset()  # "defend its rights": its own stake
    own_stakes: frozenset[str] = frozenset()
    arrival_preps: frozenset[str] = frozenset()  # "flew to within 200 km": an approach
    approach_preps: frozenset[str] = frozenset()
    crying_verbs: frozenset[str] = frozenset()  # "the victim calling for help": distress
    help_nouns: frozenset[str] = frozenset()
    distressed_people: frozenset[str] = frozenset()
    encounter_agents: frozenset[str] = frozenset()  # "were met by hitmen": an encounter
    blockade_codes: frozenset[str] = frozenset()  # "cordoned off to investigate": a scene
    search_verbs: frozenset[str] = frozenset()
    premises_nouns: frozenset[str] = frozenset()
    aid_cut_codes: frozenset[str] = frozenset()  # "reduced funding for schools": a budget
    public_services: frozenset[str] = frozenset()
    accident_nouns: frozenset[str] = frozenset()  # "investigating the crash": no wrongdoing
    occasion_subjects: frozenset[str] = frozenset()  # "the Celebration will offer music"
    enduring_verbs: frozenset[str] = frozenset()  # "cannot tolerate the hours": endurance
    endured_things: frozenset[str] = frozenset()
    injury_verbs: frozenset[str] = frozenset()  # "finds him injured": a state, no attack
    finding_verbs: frozenset[str] = frozenset()
    player_nouns: frozenset[str] = frozenset()  # "praised his players": sport, no support
    # claims7: "demanded talks", "called for a strike": sought, not done (coding/governed.py)
    seeking_verbs: frozenset[str] = frozenset()
    seeking_for_verbs: frozenset[str] = frozenset()
    seeking_preps: frozenset[str] = frozenset()
    seeking_nouns: frozenset[str] = frozenset()  # claims7: "hope for talks" (governed.py)
    harm_verbs: frozenset[str] = frozenset()  # claims7: "shot and wounded": one act (events.py)
    purpose_nouns: frozenset[str] = frozenset()  # claims7: "with the aim of protecting"
    purpose_verbs: frozenset[str] = frozenset()  # claims7: "aimed at arresting" (governed.py)
    lemma_repairs: dict[str, str] = {}  # claims7: "hopes" lemmatised "hop" (governed.py)
    appearance_verbs: frozenset[str] = frozenset()  # "appeared in court to face charges"
    court_preps: frozenset[str] = frozenset()
    appearance_courts: frozenset[str] = frozenset()  # not senses.court_nouns ("judge" appears)
    facing_verbs: frozenset[str] = frozenset()
    charging_verbs: frozenset[str] = frozenset()
    appearance_charges: frozenset[str] = frozenset()  # not senses.charge_nouns (offences told)
    institution_homes: dict[str, frozenset[str]] = Field(default_factory=dict)  # ISO3 → names
    custody_nouns: frozenset[str] = frozenset()  # "is in custody": arrested
    custody_record: frozenset[str] = frozenset()  # "is already in custody": no fresh arrest
    custody_keepers: frozenset[str] = frozenset()  # "in police custody"
    court_charging_verbs: frozenset[str] = frozenset()  # "was arraigned Tuesday": a court's act
    # actors8: several states as one party (coding/state_groups.py)
    multistate_nouns: frozenset[str] = frozenset()  # "two dozen countries"
    multistate_exempt_before: frozenset[str] = frozenset()  # "First Nations"
    multistate_members: frozenset[str] = frozenset()  # "member states"
    multistate_member_heads: frozenset[str] = frozenset()
    region_words: frozenset[str] = frozenset()  # "Western governments", capitalised only
    world_words: frozenset[str] = frozenset()  # "world leaders"
    centre_words: frozenset[str] = frozenset()  # "the Centre": India's union government
    centre_countries: frozenset[str] = frozenset()
    # actors9: kin words of agents.yaml; capitalised inside a name they name no relative
    kin_words: frozenset[str] = frozenset()  # "Lehman Brothers", "the Sons of Iraq"
    # claims8: acts set in an earlier period the text names (coding/periods.py)
    period_preps: frozenset[str] = frozenset()  # "during World War Two", "in his first term"
    ended_periods: frozenset[str] = frozenset()  # periods over before any story: "the cold war"
    era_nouns: frozenset[str] = frozenset()  # "the Reagan era": a name's era
    era_plurals: frozenset[str] = frozenset()  # "the Bush years", "Soviet times"
    term_nouns: frozenset[str] = frozenset()  # "his first term"
    earlier_ordinals: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()  # "under former President Bush"
    earlier_statuses: frozenset[str] = frozenset()  # "when he was governor"
    earlier_status_phrases: frozenset[str] = frozenset()  # "when he was in office"
    preceding_marks: frozenset[str] = frozenset()  # "after his mother was arrested" (dates.py)
    weekday_leads: frozenset[str] = frozenset()  # "on Sunday", "last Friday" (dates.py)
    # mainev7: verbs whose agentless passive under any accusation pattern is a criminal charge
    # ("charged in the robbery"; coding/authorities.py)
    criminal_charge_verbs: frozenset[str] = frozenset()
    # actors10: actor phrases (coding/phrase_roles.py)
    office_sectors: frozenset[str] = frozenset()  # "former" makes ELI only of office holders
    sheriff_words: frozenset[str] = frozenset()  # "deputies" in a sheriff's story are police
    sheriff_deputies: frozenset[str] = frozenset()
    native_demonyms: frozenset[str] = frozenset()  # "Caddo Indians": a people's own name
    local_place_nouns: frozenset[str] = frozenset()  # "a Lamar County man" is a man
    place_indefinites: frozenset[str] = frozenset()  # "a city" is a place, "the city" a body
    named_body_heads: frozenset[str] = frozenset()  # "the Venice Commission": a body of its own
    specific_body_heads: frozenset[str] = frozenset()  # "the commission": one named before
    named_force_heads: frozenset[str] = frozenset()  # actors20: "the force": one named before
    # recip9: a death or harm investigated names its victim, not whom it investigates
    # (coding/inquiries.py)
    harm_nouns: frozenset[str] = frozenset()
    # recip9: "declined to resign despite calls from X": the party whose pressure a refusal or a
    # concession answers (coding/pressure.py)
    pressure_nouns: frozenset[str] = frozenset()
    pressure_preps: frozenset[str] = frozenset()  # a concession made under pressure yields
    defied_pressure_preps: frozenset[str] = frozenset()  # a refusal made despite it rejects
    pressure_owner_preps: frozenset[str] = frozenset()  # "pressure *from* X", "a call *by* X"
    # claims9: "is investigating the death of a man shot by officers" (coding/descriptions.py)
    inquiry_verbs: frozenset[str] = frozenset()
    # claims9: "remains in custody", "languish in jails" (coding/standing_states.py)
    detention_states: frozenset[str] = frozenset()
    lasting_verbs: frozenset[str] = frozenset()
    lasting_adverbs: frozenset[str] = frozenset()
    # claims9: "next week's talks", "tomorrow's vote" lie ahead (coding/claims.py)
    coming_days: frozenset[str] = frozenset()
    # claims9: "Then she sued": the account told before goes on (coding/narrative.py)
    sequence_adverbs: frozenset[str] = frozenset()
    # claims9: "any attack launched by X": a kind of act, no act done (coding/descriptions.py)
    generic_determiners: frozenset[str] = frozenset()
    # verbs10: forces announced or promised for a place (coding/deployments.py)
    deployment_verbs: frozenset[str] = frozenset()  # "will deploy", "agreed to send" troops
    posture_preps: frozenset[str] = frozenset()  # "along the border", "against X": a threat
    mobilization_code: str = "154"  # CAMEO "mobilize or increase armed forces"
    pledged_forces_code: str = "0334"  # CAMEO "express intent to provide military protection"
    order_demand_verbs: frozenset[str] = frozenset()  # verbs10: "ordered Arnor to": a demand
    protective_purposes: frozenset[str] = frozenset()  # verbs10: "deployed to protect X"
    protective_missions: frozenset[str] = frozenset()  # verbs10: "to lead the peacekeeping force"
    imposed_roots: frozenset[str] = frozenset()  # verbs10: "ordered banks to freeze the assets"
    # verbs18: "ordered the party to disband": an organisation dissolved by order (orders.py)
    dissolution_verbs: frozenset[str] = frozenset()
    dissolution_code: str = "172"  # CAMEO "impose administrative sanctions"
    # verbs18: "the army expelled the Taliban": fighters expelled by force (armed_expulsions.py)
    expulsion_codes: frozenset[str] = frozenset()  # CAMEO codes of a group expelled
    armed_sectors: frozenset[str] = frozenset()  # sectors that fight, on both sides
    armed_expulsion_code: str = "190"  # CAMEO "use conventional military force"
    # lead13: verbs whose bare past participle is active, not passive (coding/subjects.py)
    active_participles: frozenset[str] = frozenset()
    # lead13: "refused to say": verbs of speaking refused (coding/frames.py)
    withheld_speech: frozenset[str] = frozenset()
    # lead13: "fought for X": the side one fights on (coding/beyond_slot.py)
    ally_preps: frozenset[str] = frozenset()
    # claims10: "If the talks fail, Mordor attacks", "to ensure that the court hands down a
    # verdict" (coding/clause_moods.py)
    condition_marks: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()  # "would allow police to detain"
    result_verbs: frozenset[str] = frozenset()  # "the bombing left 12 people wounded"
    posture_roots: frozenset[str] = frozenset()  # "more troops will be deployed" (own_course.py)
    contact_preps: frozenset[str] = frozenset()  # lead13: "refused to talk *with* X" (frames.py)
    # mainev8: "said there is a need for the council to act": a demand told as a need
    # (coding/necessity.py)
    need_nouns: frozenset[str] = frozenset()
    own_need_pronouns: frozenset[str] = frozenset()  # "a need for us to act": the speaker's own
    # mainev8: aid from abroad with no recipient goes to the stricken country
    # (coding/aid_destinations.py)
    aid_codes: frozenset[str] = frozenset()  # CAMEO codes by prefix: "07", "033"
    donor_rules: frozenset[str] = frozenset()
    private_donor_sectors: frozenset[str] = frozenset()
    hometown_heads: frozenset[str] = frozenset()  # lead13: "a Gainesville man" (geo/locate.py)
    insertion_brackets: frozenset[str] = frozenset()  # claims10: "a coup [in 2007]" (dates.py)
    aid_deciding_verbs: frozenset[str] = frozenset()  # "decided to contribute": aid given
    # recip10: roots of reactions to an act of violence named as their object, whose party is
    # who did it, never whom it hit (coding/reacted_force.py)
    reacted_force_roots: frozenset[str] = frozenset()
    # recip17: roots of the verb lexicon's nouns, besides violence, and nouns no pattern codes,
    # of acts done to a party named after "of"/"on" (coding/reacted_force.py)
    reacted_deed_roots: frozenset[str] = frozenset()
    deed_nouns: frozenset[str] = frozenset()
    # recip10: verbs of telling whose object a told clause is addressed to, and the messages an
    # act may be made in, with the prepositions that carry them (coding/addressees.py)
    telling_verbs: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    message_preps: frozenset[str] = frozenset()
    # recip10: verbs of putting forward words or a proposal: the subject of "the plan that X
    # proposed" is the plan's author (coding/party_mentions.py)
    authoring_verbs: frozenset[str] = frozenset()
    # actors11: "the Secretary of State": a title only one state's office bears names that
    # state (coding/phrase_offices.py); military ranks are kept beyond any office
    national_offices: dict[str, str] = Field(default_factory=dict)
    military_ranks: frozenset[str] = frozenset()
    # actors11: "a Paris man": a town's name before a private person names their home town
    home_town_nouns: frozenset[str] = frozenset()
    # actors11: "he"/"she" continue the latest subject; quotations set none (centring.py)
    subject_pronouns: frozenset[str] = frozenset()
    plural_subject_pronouns: frozenset[str] = frozenset()  # actors13
    # actors14: words naming the sovereign state's own organs in a territory's story ("the
    # central government" in Hong Kong is Beijing's) (coding/phrase_territories.py)
    sovereign_words: frozenset[str] = frozenset()
    # actors15: a state's one body of its kind named with no country ("the central bank") and
    # the words of its own names ("Federal Reserve") (coding/phrase_home_bodies.py)
    home_bodies: frozenset[str] = frozenset()
    home_body_names: frozenset[str] = frozenset()
    # actors21: a state's institutions a paper names as proper nouns with no country ("the
    # Government", "Parliament"): its own country's (coding/press_home.py)
    press_institutions: frozenset[str] = frozenset()
    quotation_marks: frozenset[str] = frozenset()
    relative_words: frozenset[str] = frozenset()  # recip10: "the plan *that* X proposed"
    answer_nouns: frozenset[str] = frozenset()  # lead13: "in revenge for an ambush" (parties.py)
    request_handlers: frozenset[str] = frozenset()  # mainev9: "is considering Russia's request"
    # claims11: "every year" tells a habit (coding/habits.py); "a country must defend itself"
    # states a rule (coding/generic_subjects.py)
    generic_articles: frozenset[str] = frozenset()
    generic_modals: frozenset[str] = frozenset()
    # claims11: "vetoed a resolution condemning X": a text not adopted did nothing (unenacted.py)
    unenacted_texts: frozenset[str] = frozenset()
    counterfactual_modals: frozenset[str] = frozenset()  # claims11: "would have attacked"
    telling_words: frozenset[str] = frozenset()  # claims11: "last March" (account_dates.py)
    # claims11: "the deal must be ratified by parliament": a text's step (coding/procedures.py)
    procedure_texts: frozenset[str] = frozenset()
    adoption_verbs: frozenset[str] = frozenset()
    procedure_modals: frozenset[str] = frozenset()
    # mainev10: heads of names for bodies of armed forces (coding/named_forces.py)
    force_name_heads: frozenset[str] = frozenset()
    ban_verbs: frozenset[str] = frozenset()  # mainev10: "banned X from V-ing" (coding/bans.py)
    ban_texts: frozenset[str] = frozenset()  # mainev10: texts that bar by what they say
    ban_nobody: frozenset[str] = frozenset()  # mainev10: subjects that deny any ban
    unenacting_verbs: frozenset[str] = frozenset()
    habitual_determiners: frozenset[str] = frozenset()
    habitual_periods: frozenset[str] = frozenset()
    # actors12: machines of force that act only through whoever uses them ("the warplanes",
    # "helicopters"): with no owner named, the party that used force last (coding/phrase.py)
    instrument_nouns: frozenset[str] = frozenset()
    # actors18: weapons and attacks standing for an unnamed attacker that are machines of force
    # or their strikes ("a missile", "an airstrike"): no country guessed (coding/machines.py)
    machine_arms: frozenset[str] = frozenset()
    # actors18: titles with a civil sense ("captain", "chairman") and what they head in it
    # ("team", "club", "ship"): no state's office then (coding/civil_titles.py)
    civil_sense_titles: frozenset[str] = frozenset()
    civil_title_owners: frozenset[str] = frozenset()
    club_office_owners: frozenset[str] = frozenset()  # actors18: "the club chief"
    # actors18: "general" before an office noun is the adjective ("general manager")
    general_words: frozenset[str] = frozenset()
    general_offices: frozenset[str] = frozenset()
    head_adjectives: frozenset[str] = frozenset()  # actors18: "the *head* coach"
    general_title_heads: frozenset[str] = frozenset()  # "the Prosecutor *General*"
    machine_attack_makers: frozenset[str] = frozenset()  # "an *air* strike", "a *drone* strike"
    # actors12: offices of local government ("Cllr", "the mayor"): of the country the story's
    # places make its home, not of the latest government it names (coding/phrase.py)
    local_titles: frozenset[str] = frozenset()
    # actors16: the noun "national" (a citizen), which heads its phrase; before another word
    # or with no people before it, a word of a name ("National Guard") (coding/phrase_roles.py)
    citizen_nouns: frozenset[str] = frozenset()
    # actors16: parties of the place they are in ("local commanders", "villagers"), and the
    # sectors that lose a country only guessed when no home is known (coding/phrase_locals.py)
    place_words: frozenset[str] = frozenset()
    place_people: frozenset[str] = frozenset()
    place_armed_sectors: frozenset[str] = frozenset()
    # actors16: "the parties involved": words that make parties general (vague_actors.py)
    vague_actor_words: frozenset[str] = frozenset()
    # recip11: "fighting with X" on X's side (coding/allies.py); a go-between is no side of the
    # talks it brings about (coding/events.py); "talks between X and Y" name their parties
    # (coding/between.py)
    side_taking_verbs: frozenset[str] = frozenset()
    go_between_codes: frozenset[str] = frozenset()
    between_nouns: frozenset[str] = frozenset()
    # recip20: meetings whose "in X" is their venue whatever act is told of them ("welcomed the
    # talks in Oman", "walked out of the talks in Arnor"): coding/slot_venues.py
    meeting_nouns: frozenset[str] = frozenset()
    # recip20: "the victims' families" are the victims' people (coding/victim_kin.py)
    victim_kin_nouns: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    # verbs11: texts whose permissions are their content ("the charter allows the use of force")
    permit_texts: frozenset[str] = frozenset()
    traveller_sectors: frozenset[str] = frozenset()  # verbs11: a private person's trip (travel.py)
    trip_nouns: frozenset[str] = frozenset()  # verbs11: "made the trip": a journey (travel.py)
    # senses20: a visit by a state's leaders to its own forces is an inspection (travel.py)
    commanding_sectors: frozenset[str] = frozenset()
    commanded_sectors: frozenset[str] = frozenset()
    failing_verbs: frozenset[str] = frozenset()  # mainev9: "says the police failed her"
    wronged_pronouns: frozenset[str] = frozenset()
    wronged_people: frozenset[str] = frozenset()
    complaint_roots: frozenset[str] = frozenset()  # mainev9: domestic_critics.py
    complaint_sectors: frozenset[str] = frozenset()
    # actors12: nouns by which a reported clause names the speaker's own state ("Putin said
    # his country will", "the PM announced that the government will") (pronoun_bodies.py)
    own_state_nouns: frozenset[str] = frozenset()
    # recip12: people an act is only done to ("detainees must be separated"): no one asks them
    patient_sectors: frozenset[str] = frozenset()  # (coding/patients.py)
    # senses12: rulings, sentences and settlements whose terms a duty states ("under the
    # settlement, the firm must pay"): no demand (coding/terms_senses.py)
    imposed_terms: frozenset[str] = frozenset()
    # senses12: works of art and craft: recognised, they are honoured (thing_senses.py)
    recognised_works: frozenset[str] = frozenset()
    # claims12: acts recounted as testimony are background (coding/testimony.py)
    testimony_verbs: frozenset[str] = frozenset()
    testimony_telling_verbs: frozenset[str] = frozenset()
    testimony_hearing_verbs: frozenset[str] = frozenset()
    hearing_bodies: frozenset[str] = frozenset()
    # verbs12: "the rocket blasted off", "exports shot up": a particle that makes the verb
    # another verb (match.py); a body sitting on its own (sittings.py); texts of agreed terms
    # that ask nothing of anyone ("the settlement calls for") (senses.py)
    particle_senses: dict[str, frozenset[str]] = Field(default_factory=dict)
    bare_particle_senses: dict[str, frozenset[str]] = Field(default_factory=dict)
    sitting_bodies: frozenset[str] = frozenset()
    shared_body_words: frozenset[str] = frozenset()
    sitting_codes: frozenset[str] = frozenset()
    terms_texts: frozenset[str] = frozenset()
    speaker_object_pronouns: frozenset[str] = frozenset()  # claims12: predictions.py
    request_nouns: frozenset[str] = frozenset()  # claims12: claims.asked_by_noun
    traded_holdings: frozenset[str] = frozenset()  # verbs12: "$20 billion in obligations"
    leading_verbs: frozenset[str] = frozenset()  # senses12: "will end up fighting"
    # senses13: fights against a thing ("declared war on litter"): no assault (campaign_senses.py)
    campaign_words: frozenset[str] = frozenset()
    campaign_preps: frozenset[str] = frozenset()
    campaign_parties: frozenset[str] = frozenset()
    campaign_roots: frozenset[str] = frozenset()
    rescue_verbs: frozenset[str] = frozenset()  # senses13: "rescue the countryside"
    rescue_roots: frozenset[str] = frozenset()
    rescued_things: frozenset[str] = frozenset()
    exhorted_feelings: frozenset[str] = frozenset()  # senses13: "urged love"
    adjunct_gerund_preps: frozenset[str] = frozenset()  # mainev11: adjunct_subjects.py
    ability_adjectives: frozenset[str] = frozenset()  # claims13: "will be able to arrest"
    attack_target_preps: frozenset[str] = frozenset()  # claims13: attack_subjects.py
    mandative_governors: frozenset[str] = frozenset()  # claims13: clause_moods.mandated
    third_singular_pronouns: frozenset[str] = frozenset()  # claims13: clause_moods.mandated
    participle_clause_marks: frozenset[str] = frozenset()  # claims14: "if convicted" (subjects)
    hearsay_nouns: frozenset[str] = frozenset()  # claims14: "a theory holds that" (claims.py)
    report_nouns: frozenset[str] = frozenset()  # backgr1: "reports that …" (claims.py)
    breach_verbs: frozenset[str] = frozenset()  # backgr1: coding/breach_claims.py
    breach_tellers: frozenset[str] = frozenset()
    caller_nouns: frozenset[str] = frozenset()  # mainev17: "911 callers said" (claims.py)
    unverified_adjectives: frozenset[str] = frozenset()  # claims14: "unconfirmed reports said"
    allegation_verbs: frozenset[str] = frozenset()  # claims14: "charged that" (claims.py)
    pleading_nouns: frozenset[str] = frozenset()  # claims17: "according to the lawsuit"
    pleading_acts: frozenset[str] = frozenset()  # claims17: "charged, the indictment said"
    # claims17: subjects that name no party: "nobody wants to fight" (nobody_subjects.py)
    nobody_negative_pronouns: frozenset[str] = frozenset()
    nobody_negative_dets: frozenset[str] = frozenset()
    nobody_any_pronouns: frozenset[str] = frozenset()
    nobody_any_dets: frozenset[str] = frozenset()
    nobody_relative_pronouns: frozenset[str] = frozenset()
    nobody_question_pronouns: frozenset[str] = frozenset()
    nobody_modals: frozenset[str] = frozenset()
    capacity_nouns: frozenset[str] = frozenset()  # claims17: "ability to fire" (capacities.py)
    supposition_modals: frozenset[str] = frozenset()  # claims17: "an invasion would" (supposed)
    forestalling_verbs: frozenset[str] = frozenset()  # claims17: "foiled an attack" (claims.py)
    indefinite_people: frozenset[str] = frozenset()  # claims14: "anyone found guilty" (syntax)
    hold_release_codes: frozenset[str] = frozenset()  # claims14: occupiers.py
    hold_nouns: frozenset[str] = frozenset()  # claims14: "end the occupation" (occupiers.py)
    own_ground_possessors: frozenset[str] = frozenset()  # claims14: "of our land"
    truce_codes: frozenset[str] = frozenset()  # spans21: opposing_force.py
    plural_ground_possessors: frozenset[str] = frozenset()  # claims14: "of their land"
    helping_verbs: frozenset[str] = frozenset()  # verbs13: "sent to help deliver aid" (frames)
    barrage_words: frozenset[str] = frozenset()  # senses13: "bombarded with questions"
    crowd_people: frozenset[str] = frozenset()  # senses13: "tourists invaded the beaches"
    charged_duties: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    duty_nouns: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    appeal_verbs: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    appeal_content_preps: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    evasion_verbs: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    offender_nouns: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    dismissing_verbs: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    office_holders: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    foreign_force_words: frozenset[str] = frozenset()  # verbs14: verb_readings.py
    multinational_force_words: frozenset[str] = frozenset()  # actors19: multinational_forces.py
    national_team_titles: frozenset[str] = frozenset()  # actors19: civil_titles.py
    body_reference_nouns: frozenset[str] = frozenset()  # actors19: body_references.py
    body_reference_determiners: frozenset[str] = frozenset()  # actors19: body_references.py
    absence_preps: frozenset[str] = frozenset()  # recip14: absentees.py, "met without X"
    absence_nouns: frozenset[str] = frozenset()  # recip14: "in the absence of X"
    gathering_preps: frozenset[str] = frozenset()  # recip19: occasions.py, "during a meeting"
    gathering_nouns: frozenset[str] = frozenset()  # recip19: occasions.py
    presence_verbs: frozenset[str] = frozenset()  # recip14: occupants.py, "caves where X hide"
    refuge_nouns: frozenset[str] = frozenset()  # recip14: "where X had taken shelter"
    procedural_steps: frozenset[str] = frozenset()  # recip14: "an adjournment in X"
    opposing_preps: frozenset[str] = frozenset()  # recip14: sides.py, "clashed with X"
    incident_nouns: frozenset[str] = frozenset()  # senses14: "headed to a blaze"
    scene_nouns: frozenset[str] = frozenset()
    incident_preps: frozenset[str] = frozenset()
    theft_verbs: frozenset[str] = frozenset()  # senses14: "smashed the window and stole"
    crime_groups: frozenset[str] = frozenset()
    campaign_rally_words: frozenset[str] = frozenset()  # senses14: "holds a kickoff rally"
    dying_verbs: frozenset[str] = frozenset()  # mainev12: "died after torture" (torture_deaths)
    torture_nouns: frozenset[str] = frozenset()  # mainev12: "died as a result of torture"
    detention_places: frozenset[str] = frozenset()  # mainev12: "tortured in a CIA prison"
    state_held_people: frozenset[str] = frozenset()  # mainev12: "prisoners were released"
    answering_force_words: frozenset[str] = frozenset()  # recip15: opposing_force.py
    fire_nouns: frozenset[str] = frozenset()  # recip15: "came under fire from X"
    state_force_sectors: frozenset[str] = frozenset()  # recip15: one side of a fight
    seizing_roots: frozenset[str] = frozenset()  # recip15: struck_owners.py, "its vehicles"
    body_owner_pronouns: frozenset[str] = frozenset()  # recip15: struck_owners.py
    plural_owner_pronouns: frozenset[str] = frozenset()  # recip15: struck_owners.py
    force_doer_preps: frozenset[str] = frozenset()  # recip15: "fire from X" (opposing_force)
    force_site_preps: frozenset[str] = frozenset()  # recip15: "the shelling in X"
    shared_topic_preps: frozenset[str] = frozenset()  # recip15: "intelligence on X"
    sharing_preps: frozenset[str] = frozenset()  # recip15: "share X with Y"
    information_nouns: frozenset[str] = frozenset()  # recip15: "share intelligence"
    defiance_codes: frozenset[str] = frozenset()  # senses15: "breached the perimeter fence"
    barrier_nouns: frozenset[str] = frozenset()
    threat_modifiers: frozenset[str] = frozenset()  # claims15: threatened_acts.py
    mutual_determiners: frozenset[str] = frozenset()  # mainev13: mutual_parties.py
    reciprocal_pronouns: frozenset[str] = frozenset()  # mainev13: "accused each other"
    kind_determiners: frozenset[str] = frozenset()  # verbs15: "backs a referendum"
    proposer_preps: frozenset[str] = frozenset()  # verbs15: "a plan by Arnor" (verb_readings)
    proposal_nouns: frozenset[str] = frozenset()  # verbs15: "backed a plan to" (verb_readings)
    effort_verbs: frozenset[str] = frozenset()  # verbs15: "pushes for a withdrawal"
    addressee_preps: frozenset[str] = frozenset()  # verbs15: "campaigned on Gondor to"
    case_people: frozenset[str] = frozenset()  # senses15: "officers spoke with the suspect"
    police_nouns: frozenset[str] = frozenset()  # senses15: "deputies spoke with the suspect"
    count_preps: frozenset[str] = frozenset()  # senses15: "hundreds of detainees"
    threat_nouns: frozenset[str] = frozenset()  # claims15: "its threat to attack"
    hearsay_passives: frozenset[str] = frozenset()  # claims15: "is said to have" (claims.py)
    raising_passives: frozenset[str] = frozenset()  # claims15: "is expected to meet" (subjects)
    home_callers: frozenset[str] = frozenset()  # recip16: "parliament urged the government"
    home_call_determiners: frozenset[str] = frozenset()  # recip16: "*the* government"
    abstract_agent_nouns: frozenset[str] = frozenset()  # recip16: "demanded justice"
    mass_noun_kinds: frozenset[str] = frozenset()  # recip20: "demanded job security"
    pressing_verbs: frozenset[str] = frozenset()  # verbs16: "pressed its operations"
    heedless_verbs: frozenset[str] = frozenset()  # verbs16: "ignoring the number of children"
    binding_nouns: frozenset[str] = frozenset()  # verbs16: "ignored the order" (object_senses)
    vowed_force_verbs: frozenset[str] = frozenset()  # verbs16: "vowed to wipe out X" (frames)
    vowed_repression_verbs: frozenset[str] = frozenset()  # verbs16: "vowed to punish X"
    vowed_force_root: str = "19"  # verbs16: CAMEO root of a vowed act of force
    vowed_repression_root: str = "17"  # verbs16: CAMEO root of vowed repression
    vowed_target_preps: frozenset[str] = frozenset()  # verbs16: "vowed to retaliate against X"
    continuing_verbs: frozenset[str] = frozenset()  # verbs16: "vowed to keep fighting"
    envoy_titles: frozenset[str] = frozenset()  # actors17: guest_envoys.py
    pension_words: frozenset[str] = frozenset()  # senses16: "gave the pension scheme money"
    fund_nouns: frozenset[str] = frozenset()  # senses16: "its pension fund", "retirement plan"
    quoted_third_pronouns: frozenset[str] = frozenset()  # claims16: quoted_speech.py
    first_person_words: frozenset[str] = frozenset()  # claims16: "they call us" (quoted_speech)
    succession_preps: frozenset[str] = frozenset()  # claims16: after_events.py
    occasion_date_preps: frozenset[str] = frozenset()  # backgr1: noun_dates.py
    acting_event_nouns: frozenset[str] = frozenset()  # backgr1: "the 1999 bombing killed"
    # backgr1: "over the past three years", "for two decades" (coding/stretches.py)
    stretch_preps: frozenset[str] = frozenset()
    stretch_openers: frozenset[str] = frozenset()
    stretch_count_preps: frozenset[str] = frozenset()
    stretch_units: dict[str, int] = Field(default_factory=dict)
    # mainev14: groups of one party that meet as themselves ("the union will meet", "striking
    # dockers will meet"): no meeting with anyone (coding/sittings.py)
    own_meeting_groups: frozenset[str] = frozenset()
    own_meeting_modifiers: frozenset[str] = frozenset()
    fund_preps: frozenset[str] = frozenset()  # senses16: "paid 1 billion into its pension fund"
    content_markers: frozenset[str] = frozenset()  # recip16: "decision *to* expel"
    wish_verbs: frozenset[str] = frozenset()  # lead20: "want X to resign" (wished_acts.py)
    # verbs17: targets of a crackdown that make it coercion, not repression (coding/crackdowns.py)
    offence_targets: frozenset[str] = frozenset()
    offence_modifiers: frozenset[str] = frozenset()
    offender_sectors: frozenset[str] = frozenset()
    # claims18: what a denial says was done is told as not done (coding/denials.py)
    denial_words: frozenset[str] = frozenset()
    denial_withholders: frozenset[str] = frozenset()  # claims18: "refused to deny": no denial
    evasion_words: frozenset[str] = frozenset()  # claims18: "neither confirmed nor denied"
    maker_preps: tuple[str, ...] = ()  # claims18: "a promise from Arnor" (coding/pledgers.py)
    source_prep: str = "from"  # claims18: "wants a promise from Arnor": made to the subject
    negative_determiners: frozenset[str] = frozenset()  # claims18: "sent no troops"
    sequence_preps: frozenset[str] = frozenset()  # claims18: "agreed after talks with X"
    sequence_marks: frozenset[str] = frozenset()  # claims18: "rallied as X debated, demanding"
    # senses18: a trial's people and steps (coding/trial_senses.py)
    person_participles: frozenset[str] = frozenset()  # "the accused", "the condemned"
    trial_addressees: frozenset[str] = frozenset()  # "appealed to the jury"
    trial_outcomes: frozenset[str] = frozenset()  # "a plea for leniency"
    trial_pleaders: frozenset[str] = frozenset()  # "the suspect pleaded with the judge"
    trial_addressee_preps: frozenset[str] = frozenset()  # "appealed *to* the jury"
    trial_outcome_preps: frozenset[str] = frozenset()  # "a plea *for* leniency"
    # senses19: counsel, courtroom argument, practice, death inquiries, decisions taken
    counsel_nouns: frozenset[str] = frozenset()  # "the lawyer defended" (trial_senses.py)
    client_nouns: frozenset[str] = frozenset()  # "defended his client"
    counsel_verbs: frozenset[str] = frozenset()  # "defended", "represented"
    courtroom_codes: frozenset[str] = frozenset()  # "the prosecutor accused the defendant"
    trial_targets: frozenset[str] = frozenset()  # "criticised the witness"
    practice_kinds: frozenset[str] = frozenset()  # "a training session" (practice_senses.py)
    practice_nouns: frozenset[str] = frozenset()  # "session", "drill", "game"
    practice_roots: frozenset[str] = frozenset()  # CAMEO 04, 06
    practice_session_roots: frozenset[str] = frozenset()  # CAMEO 04: "a training session"
    practising_people: frozenset[str] = frozenset()  # "the players held a session"
    play_nouns: frozenset[str] = frozenset()  # "began its game": play
    war_words: frozenset[str] = frozenset()  # "war games" are military
    unexplained_harms: frozenset[str] = frozenset()  # "the death of" (death_inquiries.py)
    inquest_officers: frozenset[str] = frozenset()  # "the coroner is investigating"
    crime_words: frozenset[str] = frozenset()  # "the death as a homicide" stays
    routine_investigator_sectors: frozenset[str] = frozenset()  # police
    public_victim_sectors: frozenset[str] = frozenset()  # "the death of a soldier" stays
    custody_words: frozenset[str] = frozenset()  # "died in police custody" stays
    decision_nouns: frozenset[str] = frozenset()  # "its decision to expel" (decisions.py)
    unanimity_words: frozenset[str] = frozenset()  # "they all agreed" (coding/senses.py)
    entitlement_nouns: frozenset[str] = frozenset()  # "powers to detain" (capacities.py)
    entitlement_verbs: frozenset[str] = frozenset()  # "used its powers to", "reserves the right"
    habit_nouns: frozenset[str] = frozenset()  # "a history of attacking" (capacities.py)
    weighing_nouns: frozenset[str] = frozenset()  # "the cost of sending troops" (capacities.py)
    tendency_verbs: frozenset[str] = frozenset()  # "tends to blame" (modality.py)
    market_levels: frozenset[str] = frozenset()  # "support the shilling" (nonevents.py)
    commerce_exit_codes: frozenset[str] = frozenset()  # "pulled out of the stock market"
    # claims19: whose act a clause with no subject of its own tells (unsaid_subjects.py)
    pressing_nouns: dict[str, frozenset[str]] = {}  # "put pressure on X to resign": X would
    result_participles: frozenset[str] = frozenset()  # "fired on protesters killing three"
    attempt_light_verbs: frozenset[str] = frozenset()  # "if any attempt is made to arrest"
    drawn_into_preps: frozenset[str] = frozenset()  # "forced the rebels into talks"
    message_addressee_preps: frozenset[str] = frozenset()  # "wrote to X calling for": not X's
    setting_preps: frozenset[str] = frozenset()  # "marched through the streets demanding"
    control_verbs: frozenset[str] = frozenset()  # "pushed the king to resign": the king would
    hosting_words: frozenset[str] = frozenset()  # "a banquet for visiting Y" (guest_visits.py)
    hosting_codes: frozenset[str] = frozenset()  # CAMEO codes of hosting a visit (043)
    guest_preps: frozenset[str] = frozenset()  # "a banquet *for* visiting Y"
    visit_adjunct_preps: frozenset[str] = frozenset()  # "Y, on a visit to Z, was received"
    # claims20: whose act and which side (object_doers.py, fight_sides.py)
    object_doer_preps: frozenset[str] = frozenset()  # "blamed X for its attacks": X attacked
    joining_verbs: frozenset[str] = frozenset()  # "went to fight with X": on X's side
    armed_group_nouns: frozenset[str] = frozenset()  # "a man fought with the militants"
    force_nouns: frozenset[str] = frozenset()  # "troops went to fight with X": against X
    side_preps: frozenset[str] = frozenset()  # "fought on the side of X": X's side
    side_nouns: frozenset[str] = frozenset()
    singular_past_forms: frozenset[str] = frozenset()  # "Adkins was": one subject
    lone_people: frozenset[str] = frozenset()  # "a man fought with X"

    @field_validator(
        "commerce_roots", "journalism_roots", "support_roots", "provision_roots",
        "concession_roots", "investigation_roots", "payment_roots", "commitment_roots",
        "rejection_roots", "coercion_roots", "headline_passive_roots", "reacted_force_roots",
        "reacted_deed_roots", "rejection_roots", "coercion_roots", "headline_passive_roots",
        "imposed_roots", "seizing_roots", "practice_roots", "practice_session_roots",
    )
    @classmethod
    def _roots(cls, value: frozenset[str]) -> frozenset[str]:
        return cameo_roots(value)


class EnglishFile(BaseModel):
    """The whole english.yaml file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    words: EnglishWords
    codes: RuleCodes
    senses: SenseWords  # senses3: senses that are no political event


def read_english(path: Path | None = None) -> EnglishFile:
    """Read and validate an english.yaml file (default: the shipped one)."""
    if path is None:
        text = resources.files("detente.lexicons").joinpath("data/english.yaml").read_text("utf-8")
        origin = "english.yaml"
    else:
        text, origin = path.read_text("utf-8"), str(path)
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there
        return EnglishFile.model_validate(yaml.load(text, Loader=loader))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{origin}: not valid YAML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        line = _line_of(text, str(first["loc"][1])) if len(first["loc"]) > 1 else 0
        raise LexiconError(f"{origin}:{line}: {where}: {first['msg']}") from exc


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return 0


@functools.cache
def english() -> EnglishFile:
    """The shipped word lists, read once per process (they are immutable), compiled cache first."""
    from detente.lexicons.cache import cached, package_key

    key = package_key("detente.lexicons", ("english.py", "data/english.yaml"))
    return cached("english", key, read_english, EnglishFile, None)
