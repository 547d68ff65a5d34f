"""Reactions to a deed named as their object (violence, an arrest, a violation, a release):
whoever did the deed, named in the noun's own words, is the recipient; whom it was done to is
none (coding/reacted_force.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _reacted(verb: tuple[str, str], *noun_phrase: tuple) -> list:
    """ "Gondor <verb> <noun phrase>." (the noun phrase's rows hang from token 1 onwards)."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        *noun_phrase,
        (*PUNCT, 1),
    ]


def _recipient(coder: Coder, rows: list, verb: str) -> list:
    events = code(coder, rows, ents=((0, 1, "GPE"),))
    [reaction] = [e for e in events if e.trigger.text.startswith(verb)]
    return [(m.country, m.sector) for m in reaction.recipient]


ATTACK_ON_ARNOR = (
    ("the", "the", "DET", "det", 3),
    ("attack", "attack", "NOUN", "dobj", 1),
    ("on", "on", "ADP", "prep", 3),
    ("Arnor", "Arnor", "PROPN", "pobj", 4),
)


def test_condemning_an_attack_on_a_state_does_not_condemn_the_state_it_hit(coder: Coder) -> None:
    rows = _reacted(("condemned", "condemn"), *ATTACK_ON_ARNOR)
    assert _recipient(coder, rows, "condemned") == []


def test_endorsing_an_attack_on_a_state_supports_no_one_it_hit(coder: Coder) -> None:
    rows = _reacted(("endorsed", "endorse"), *ATTACK_ON_ARNOR)
    assert _recipient(coder, rows, "endorsed") == []


def test_the_attacker_named_in_the_noun_is_the_party_condemned(coder: Coder) -> None:
    # "Gondor condemned the Mordorian attack on Arnor."
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 4),
        ("Mordorian", "Mordorian", "ADJ", "amod", 4),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 4),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
    )
    assert _recipient(coder, rows, "condemned") == [("MDR", None)]


def test_the_attacker_after_by_is_the_party_condemned(coder: Coder) -> None:
    # "Gondor condemned the attack by Mordor on Arnor."
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("by", "by", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        ("on", "on", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
    )
    assert _recipient(coder, rows, "condemned") == [("MDR", None)]


def test_a_reaction_to_a_thing_that_is_no_violence_keeps_its_owner(coder: Coder) -> None:
    # "Gondor condemned the decision of Arnor.": a decision's "of" names whose it is
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 3),
        ("decision", "decision", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
    )
    assert _recipient(coder, rows, "condemned") == [("ARN", None)]


def test_violence_told_only_by_where_it_happened_keeps_the_place(coder: Coder) -> None:
    # "Arnor condemned attacks in Minas Tirith.": where, not whom they hit, is named
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("attacks", "attack", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 2),
        ("Minas", "Minas", "PROPN", "compound", 5),
        ("Tirith", "Tirith", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (4, 6, "GPE")))
    [reaction] = [e for e in events if e.trigger.text.startswith("condemned")]
    assert [m.country for m in reaction.recipient] == ["GND"]


def test_whom_the_violence_hit_hung_on_the_reaction_is_not_searched_for(coder: Coder) -> None:
    # "Gondor endorsed the invasion on Arnor.", with "on Arnor" hung on the verb
    rows = _reacted(
        ("endorsed", "endorse"),
        ("the", "the", "DET", "det", 3),
        ("invasion", "invasion", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
    )
    assert _recipient(coder, rows, "endorsed") == []


def test_condemning_a_violation_of_a_state_s_land_does_not_condemn_that_state(
    coder: Coder,
) -> None:
    # "Gondor condemned the violation of Arnor's border.": a deed no pattern codes
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 3),
        ("violation", "violation", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("border", "border", "NOUN", "pobj", 4),
    )
    assert _recipient(coder, rows, "condemned") == []


def test_criticising_an_arrest_does_not_criticise_the_people_arrested(coder: Coder) -> None:
    # "Gondor criticised the arrest of Arnorian journalists.": the arrester is unnamed
    rows = _reacted(
        ("criticised", "criticise"),
        ("the", "the", "DET", "det", 3),
        ("arrest", "arrest", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnorian", "Arnorian", "ADJ", "amod", 6),
        ("journalists", "journalist", "NOUN", "pobj", 4),
    )
    assert _recipient(coder, rows, "criticised") == []


def test_welcoming_a_release_praises_who_released_not_who_was_freed(coder: Coder) -> None:
    # "Gondor welcomed the release of the Arnorian hostages by Mordor."
    rows = _reacted(
        ("welcomed", "welcome"),
        ("the", "the", "DET", "det", 3),
        ("release", "release", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Arnorian", "Arnorian", "ADJ", "amod", 7),
        ("hostages", "hostage", "NOUN", "pobj", 4),
        ("by", "by", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 8),
    )
    assert _recipient(coder, rows, "welcomed") == [("MDR", None)]


def test_a_doer_the_parser_hung_on_the_party_acted_on_is_the_one_condemned(
    coder: Coder,
) -> None:
    # "Gondor condemned the violation of Arnor's border by Mordor.", "by" on "border"
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 3),
        ("violation", "violation", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("border", "border", "NOUN", "pobj", 4),
        ("by", "by", "ADP", "prep", 7),
        ("Mordor", "Mordor", "PROPN", "pobj", 8),
    )
    assert _recipient(coder, rows, "condemned") == [("MDR", None)]


def test_a_doer_the_parser_hung_on_the_reaction_verb_is_the_one_condemned(
    coder: Coder,
) -> None:
    # "Gondor condemned the occupation of Bree by Mordor.", "by" on "condemned"
    rows = _reacted(
        ("condemned", "condemn"),
        ("the", "the", "DET", "det", 3),
        ("occupation", "occupation", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        ("by", "by", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 6),
    )
    assert _recipient(coder, rows, "condemned") == [("MDR", None)]


def _call_to_end(*deed_phrase: tuple) -> list:
    """ "Gondor called for an end to <deed phrase>." (the phrase's rows start at token 7)."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 4),
        ("end", "end", "NOUN", "pobj", 2),
        ("to", "to", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7),
        *deed_phrase,
        (*PUNCT, 1),
    ]


def test_an_appeal_to_end_a_deed_is_not_addressed_to_those_it_is_done_to(coder: Coder) -> None:
    # "Gondor called for an end to the persecution of Arnorian journalists."
    rows = _call_to_end(
        ("persecution", "persecution", "NOUN", "pobj", 5),
        ("of", "of", "ADP", "prep", 7),
        ("Arnorian", "Arnorian", "ADJ", "amod", 10),
        ("journalists", "journalist", "NOUN", "pobj", 8),
    )
    assert _recipient(coder, rows, "called") == []


def test_an_appeal_to_end_a_deed_is_addressed_to_its_named_doer(coder: Coder) -> None:
    # "Gondor called for an end to the Mordorian persecution of Arnorian journalists."
    rows = _call_to_end(
        ("Mordorian", "Mordorian", "ADJ", "amod", 8),
        ("persecution", "persecution", "NOUN", "pobj", 5),
        ("of", "of", "ADP", "prep", 8),
        ("Arnorian", "Arnorian", "ADJ", "amod", 11),
        ("journalists", "journalist", "NOUN", "pobj", 9),
    )
    assert _recipient(coder, rows, "called") == [("MDR", None)]


def test_a_deed_that_is_the_object_of_the_refused_act_keeps_its_party(coder: Coder) -> None:
    # "Gondor refused to lift the sanctions on Arnor.": the refusal is of lifting, aimed at Arnor
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("refused", "refuse", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("lift", "lift", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5),
        ("sanctions", "sanction", "NOUN", "dobj", 3),
        ("on", "on", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (7, 8, "GPE")))
    [refusal] = [e for e in events if e.trigger.text.startswith("refused")]
    assert [m.country for m in refusal.recipient] == ["ARN"]


def test_a_protest_against_a_deed_is_not_aimed_at_those_it_was_done_to(coder: Coder) -> None:
    # "Gondorian students protested against the arrest of Arnorian journalists.": with no
    # arrester named, the protest is dissent against the students' own government
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("students", "student", "NOUN", "nsubj", 2),
        ("protested", "protest", "VERB", "ROOT", 2),
        ("against", "against", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("arrest", "arrest", "NOUN", "pobj", 3),
        ("of", "of", "ADP", "prep", 5),
        ("Arnorian", "Arnorian", "ADJ", "amod", 8),
        ("journalists", "journalist", "NOUN", "pobj", 6),
        (*PUNCT, 2),
    ]
    events = code(coder, rows)
    [protest] = [e for e in events if e.trigger.text.startswith("protested")]
    assert [(m.country, m.sector) for m in protest.recipient] == [("GND", "GOV")]


def test_rejecting_a_release_is_aimed_at_those_who_would_be_freed(coder: Coder) -> None:
    # "Gondor rejected the release of the Arnorian prisoners.": the holder refuses to free them
    rows = _reacted(
        ("rejected", "reject"),
        ("the", "the", "DET", "det", 3),
        ("release", "release", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Arnorian", "Arnorian", "ADJ", "amod", 7),
        ("prisoners", "prisoner", "NOUN", "pobj", 4),
    )
    assert [country for country, _ in _recipient(coder, rows, "rejected")] == ["ARN"]
