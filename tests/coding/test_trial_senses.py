"""A participle naming a defendant and a plea made in court are no political event
(coding/trial_senses.py, english.yaml `person_participles`, `trial_addressees`,
`trial_outcomes`, senses18). Made-up world, real parses; minimal pairs keep an accusation made,
a lawyer's appeal to a head of state and a state's appeal to a court. senses19: counsel
defending clients and reproach between the people of a trial (`counsel_nouns`, `client_nouns`,
`courtroom_codes`, `trial_targets`), with a state's defence and a judge's criticism of the police
kept."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_the_accused_names_a_person_not_an_accusation(nlp: Language, coder: Coder) -> None:
    text = "The accused was released on bail by the Gondorian court."
    assert "ACCUSE" not in _types(nlp, coder, text)


def test_an_accusation_made_by_the_police_stays(nlp: Language, coder: Coder) -> None:
    text = "Gondorian police accused the man of fraud."
    assert _types(nlp, coder, text) == ["ACCUSE"]


def test_a_lawyers_appeal_to_the_jury_is_a_step_of_the_trial(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian defence lawyer appealed to the jury to acquit his client."
    assert "REQUEST" not in _types(nlp, coder, text)


def test_a_plea_for_leniency_by_counsel_is_a_step_of_the_trial(
    nlp: Language, coder: Coder
) -> None:
    text = "Counsel for the accused made a plea for leniency at the Minas Tirith High Court."
    assert _types(nlp, coder, text) == []


def test_a_lawyers_appeal_to_the_king_stays_a_request(nlp: Language, coder: Coder) -> None:
    text = "Lawyers for the Gondorian opposition leader urged the king of Arnor to pardon him."
    assert "REQUEST" in _types(nlp, coder, text)


def test_a_states_appeal_to_a_court_stays_a_request(nlp: Language, coder: Coder) -> None:
    text = "Gondor appealed to the court to halt Mordor's claim."
    assert "REQUEST" in _types(nlp, coder, text)


def test_a_suspect_pleading_with_the_judge_is_a_step_of_the_trial(
    nlp: Language, coder: Coder
) -> None:
    text = "The Gondorian suspect pleaded with the judge for mercy."
    assert "REQUEST" not in _types(nlp, coder, text)


def test_a_suspect_pleading_with_the_king_stays_a_request(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian suspect pleaded with the king of Arnor for mercy."
    assert "REQUEST" in _types(nlp, coder, text)


# senses19: counsel serving a client, and reproach between the people of a trial


def test_a_lawyer_defending_clients_gives_no_political_support(
    nlp: Language, coder: Coder
) -> None:
    text = "The Gondorian lawyer defended three men accused of robbery."
    assert "SUPPORT" not in _types(nlp, coder, text)


def test_defending_ones_client_gives_no_political_support(nlp: Language, coder: Coder) -> None:
    text = "He defended his client at the Minas Tirith High Court."
    assert "SUPPORT" not in _types(nlp, coder, text)


def test_a_state_defending_its_policy_or_an_ally_still_supports(
    nlp: Language, coder: Coder
) -> None:
    assert _types(nlp, coder, "Gondor defended its policy on refugees.") == ["SUPPORT"]
    assert _types(nlp, coder, "Arnor defended Gondor against Mordor's accusations.") == ["SUPPORT"]


def test_a_prosecutor_accusing_the_defendant_in_court_is_argument(
    nlp: Language, coder: Coder
) -> None:
    text = "The Gondorian prosecutor accused the defendant of lying to the court."
    assert "ACCUSE" not in _types(nlp, coder, text)


def test_a_judge_criticising_the_defendant_is_argument(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian judge criticised the defendant for his lack of remorse."
    assert "ACCUSE" not in _types(nlp, coder, text)


def test_a_judge_criticising_the_police_still_accuses(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian judge criticised the police for the delays."
    assert "ACCUSE" in _types(nlp, coder, text)
