"""Event types of verbs with a physical and a verbal sense: "blast", "hammer", "slam" strike
when a weapon or armed force strikes, a place is struck or a weapon is struck with, and
criticise when a speaker blasts a party or a policy; "begs the question" asks nobody; a day
after "fired ... on" tells when, not whom the shots hit.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _types(events) -> set[str]:
    return {e.event_type for e in events}


def _codes(events) -> set[str]:
    return {e.cameo for e in events}


# --- the physical sense: force --------------------------------------------------------------


def test_troops_blasting_a_village_with_shells_attack_it(coder: Coder) -> None:
    # "Gondorian troops blasted the village with shells." (PETRARCH BLAST * (WITH &WEAPON) 194)
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("blasted", "blast", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("village", "village", "NOUN", "dobj", 2),
        ("with", "with", "ADP", "prep", 2),
        ("shells", "shell", "NOUN", "pobj", 5),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"),))
    assert "ACCUSE" not in _types(events)
    assert "194" in _codes(events)


def test_a_speaker_struck_with_gunfire_is_shot_at(coder: Coder) -> None:
    # "Arnorian gunmen raked the convoy with gunfire."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("gunmen", "gunman", "NOUN", "nsubj", 2),
        ("raked", "rake", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("convoy", "convoy", "NOUN", "dobj", 2),
        ("with", "with", "ADP", "prep", 2),
        ("gunfire", "gunfire", "NOUN", "pobj", 5),
        (*PUNCT, 2),
    ]
    assert "193" in _codes(code(coder, rows, ents=((0, 1, "NORP"),)))


def test_jets_hammering_a_party_attack_it(coder: Coder) -> None:
    # "Gondorian jets hammered Mordor." (PETRARCH HAMMER among assaults, 190)
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("jets", "jet", "NOUN", "nsubj", 2),
        ("hammered", "hammer", "VERB", "ROOT", 2),
        ("Mordor", "Mordor", "PROPN", "dobj", 2),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (3, 4, "GPE")))
    assert _types(events) == {"ASSAULT"}


def test_a_party_blasting_hideouts_attacks_them(coder: Coder) -> None:
    # "Gondor blasted the hideouts in Ithilien."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("blasted", "blast", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("hideouts", "hideout", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert "ACCUSE" not in _types(events)
    assert "ASSAULT" in _types(events)


# --- the verbal sense stays criticism -------------------------------------------------------


def test_a_party_blasting_another_over_a_matter_criticises_it(coder: Coder) -> None:
    # "Arnor blasted Gondor over the border."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("blasted", "blast", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("over", "over", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("border", "border", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")))
    assert _types(events) == {"ACCUSE"}


def test_troops_blasting_a_plan_criticise_it(coder: Coder) -> None:
    # "Gondorian troops blasted the plan." (PETRARCH BLAST * PLANS, DECISION ... [111])
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("blasted", "blast", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("plan", "plan", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"),))
    assert "ASSAULT" not in _types(events)


def test_slamming_into_a_mountain_criticises_no_one(coder: Coder) -> None:
    # "Gondorian jets slammed into the mountain." (PETRARCH SLAM among crashes)
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("jets", "jet", "NOUN", "nsubj", 2),
        ("slammed", "slam", "VERB", "ROOT", 2),
        ("into", "into", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("mountain", "mountain", "NOUN", "pobj", 3),
        (*PUNCT, 2),
    ]
    assert "ACCUSE" not in _types(code(coder, rows, ents=((0, 1, "NORP"),)))


# --- idioms and time phrases ----------------------------------------------------------------


def test_begging_the_question_asks_no_one(coder: Coder) -> None:
    # "Gondor's move begs the question." (beg the question: "invite an obvious question")
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("move", "move", "NOUN", "nsubj", 3),
        ("begs", "beg", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("question", "question", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert "REQUEST" not in _types(code(coder, rows, ents=((0, 1, "GPE"),)))


def test_firing_a_minister_on_a_day_shoots_no_one(coder: Coder) -> None:
    # "Arnor's king fired the minister on Monday."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("fired", "fire", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("minister", "minister", "NOUN", "dobj", 3),
        ("on", "on", "ADP", "prep", 3),
        ("Monday", "Monday", "PROPN", "pobj", 6),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (7, 8, "DATE")))
    assert "ASSAULT" not in _types(events)


def test_firing_on_protesters_on_a_day_still_shoots(coder: Coder) -> None:
    # "Gondorian troops fired on protesters on Monday."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("fired", "fire", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("protesters", "protester", "NOUN", "pobj", 3),
        ("on", "on", "ADP", "prep", 2),
        ("Monday", "Monday", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (6, 7, "DATE")))
    assert "ASSAULT" in _types(events)


# --- words fired, claims shot down, talks torpedoed, a party attacked "as" something ---------


def test_attacking_a_party_as_an_enemy_criticises_it(coder: Coder) -> None:
    # "Arnor's king attacked the press as an enemy." (PETRARCH SLAM * (AS UNACCEPTABLE) 111)
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("attacked", "attack", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("press", "press", "NOUN", "dobj", 3),
        ("as", "as", "ADP", "prep", 3),
        ("an", "an", "DET", "det", 8),
        ("enemy", "enemy", "NOUN", "pobj", 6),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"),))
    assert "ASSAULT" not in _types(events)
    assert "111" in _codes(events)


def test_shooting_down_reports_denies_them(coder: Coder) -> None:
    # "Arnor's king shot down reports of a reshuffle."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("shot", "shoot", "VERB", "ROOT", 3),
        ("down", "down", "ADP", "prt", 3),
        ("reports", "report", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 5),
        ("a", "a", "DET", "det", 8),
        ("reshuffle", "reshuffle", "NOUN", "pobj", 6),
        (*PUNCT, 3),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=((0, 1, "GPE"),)))


def test_torpedoing_talks_rejects_them(coder: Coder) -> None:
    # "Arnor torpedoed the talks with Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("torpedoed", "torpedo", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert _types(events) == {"REJECT"}


def test_fighting_for_re_election_fights_no_one(coder: Coder) -> None:
    # "Arnor's king is fighting for re-election against a challenger."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 4),
        ("is", "be", "AUX", "aux", 4),
        ("fighting", "fight", "VERB", "ROOT", 4),
        ("for", "for", "ADP", "prep", 4),
        ("re-election", "re-election", "NOUN", "pobj", 5),
        ("against", "against", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 9),
        ("challenger", "challenger", "NOUN", "pobj", 7),
        (*PUNCT, 4),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=((0, 1, "GPE"),)))


def test_shooting_back_that_something_is_so_is_a_retort(coder: Coder) -> None:
    # "Arnor's king shot back that Gondor had lied."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("shot", "shoot", "VERB", "ROOT", 3),
        ("back", "back", "ADV", "advmod", 3),
        ("that", "that", "SCONJ", "mark", 8),
        ("Gondor", "Gondor", "PROPN", "nsubj", 8),
        ("had", "have", "AUX", "aux", 8),
        ("lied", "lie", "VERB", "ccomp", 3),
        (*PUNCT, 3),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=((0, 1, "GPE"), (6, 7, "GPE"))))


# --- idioms of criticism and warning, things rescued, aid funded, earmarked or helped -------


def test_taking_a_swipe_at_a_party_criticises_it(coder: Coder) -> None:
    # "Arnor's king took a swipe at Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("took", "take", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        ("swipe", "swipe", "NOUN", "dobj", 3),
        ("at", "at", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 6),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (7, 8, "GPE")))
    assert "111" in _codes(events)


def test_a_shot_across_the_bow_is_a_warning(coder: Coder) -> None:
    # "Arnor fired a shot across the bow of Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("fired", "fire", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("shot", "shot", "NOUN", "dobj", 1),
        ("across", "across", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        ("bow", "bow", "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 6),
        ("Gondor", "Gondor", "PROPN", "pobj", 7),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (8, 9, "GPE")))
    assert "ASSAULT" not in _types(events)
    assert "THREATEN" in _types(events)


def test_rescuing_the_economy_rescues_no_one(coder: Coder) -> None:
    # "Arnor's king rescued the economy."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("rescued", "rescue", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("economy", "economy", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert "AID" not in _types(code(coder, rows, ents=((0, 1, "GPE"),)))


def test_supporting_assistance_to_a_party_gives_it_aid(coder: Coder) -> None:
    # "Arnor supported economic assistance to Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("supported", "support", "VERB", "ROOT", 1),
        ("economic", "economic", "ADJ", "amod", 3),
        ("assistance", "assistance", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert _types(events) == {"AID"}


def test_funds_earmarked_for_a_party_are_aid_given(coder: Coder) -> None:
    # "Arnor earmarked aid for Gondor." (PETRARCH ALLOCATE * AID 073)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("earmarked", "earmark", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1),
        ("for", "for", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert _types(events) == {"AID"}


def test_troops_sent_to_help_train_an_army_train_it(coder: Coder) -> None:
    # "Arnor sent troops to help train Gondor's army."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("help", "help", "VERB", "advcl", 1),
        ("train", "train", "VERB", "xcomp", 4),
        ("Gondor", "Gondor", "PROPN", "poss", 8),
        ("'s", "'s", "PART", "case", 6),
        ("army", "army", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert _types(events) == {"AID"}


def test_attacking_a_party_for_doing_something_blames_it(coder: Coder) -> None:
    # "Arnor attacked Gondor for hosting the rebels." (PETRARCH BLAST * (FOR BLAMING) 111)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1),
        ("hosting", "host", "VERB", "pcomp", 3),
        ("the", "the", "DET", "det", 6),
        ("rebels", "rebel", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")), tags={4: "VBG"})
    assert _types(events) == {"ACCUSE"}


def test_a_trade_war_launched_sanctions_no_assault(coder: Coder) -> None:
    # "Arnor launched a trade war with Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        ("trade", "trade", "NOUN", "compound", 4),
        ("war", "war", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert _types(events) == {"SANCTION"}


def test_a_price_war_is_business(coder: Coder) -> None:
    # "Arnorian airlines are fighting a price war."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("airlines", "airline", "NOUN", "nsubj", 3),
        ("are", "be", "AUX", "aux", 3),
        ("fighting", "fight", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 6),
        ("price", "price", "NOUN", "compound", 6),
        ("war", "war", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=((0, 1, "NORP"),)))


def _launched(modifier: str, noun: str, lemma: str | None = None) -> list[tuple]:
    # "Arnor launched a <modifier> <noun> against Gondor."
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        (modifier, modifier, "ADJ", "amod", 4),
        (noun, lemma or noun, "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


def test_a_verbal_attack_criticises(coder: Coder) -> None:
    events = code(coder, _launched("verbal", "attack"), ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert _codes(events) == {"111"}


def test_a_legal_battle_sues(coder: Coder) -> None:
    events = code(coder, _launched("legal", "battle"), ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert _codes(events) == {"115"}


def test_a_charm_offensive_attacks_no_one(coder: Coder) -> None:
    events = code(coder, _launched("charm", "offensive"), ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert "ASSAULT" not in _types(events)


def test_a_military_offensive_still_attacks(coder: Coder) -> None:
    events = code(coder, _launched("military", "offensive"), ents=((0, 1, "GPE"), (6, 7, "GPE")))
    assert "ASSAULT" in _types(events)
