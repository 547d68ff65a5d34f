"""A friendly act that honours a performer, an artist or a sports team, or a show or a private
feat, is no political event (coding/culture_senses.py, relevance.yaml `culture_senses`). Made-up
world, hand-built parses; minimal pairs keep the same acts towards a party or a state."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

STOP = (".", ".", "PUNCT", "punct")


def _praised(coder: Coder, partner: list[tuple], tail: list[tuple] = ()) -> list[str]:
    """ "Gondor praised <partner>[ <tail>]." (the partner's head is its last row)."""
    at = 2 + len(partner) - 1
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("praised", "praise", "VERB", "ROOT", 1)]
    rows += [(w, lemma, pos, dep, head if dep != "dobj" else 1)
             for w, lemma, pos, dep, head in partner]  # fmt: skip
    rows += [*tail, (*STOP, 1)]
    tags = {0: "NNP", 1: "VBD", at: "NNP" if partner[-1][2] == "PROPN" else "NN"}
    return [e.event_type for e in code(coder, rows, tags=tags)]


def test_praising_an_actress_is_no_political_support(coder: Coder) -> None:
    # "Gondor praised the actress Luthien."
    actress = [("the", "the", "DET", "det", 3), ("actress", "actress", "NOUN", "dobj", 1),
               ("Luthien", "Luthien", "PROPN", "appos", 3)]  # fmt: skip
    assert _praised(coder, actress) == []


def test_praising_a_pianist_named_by_title_is_no_political_support(coder: Coder) -> None:
    # "Gondor praised pianist Luthien."
    pianist = [("pianist", "pianist", "NOUN", "compound", 3),
               ("Luthien", "Luthien", "PROPN", "dobj", 1)]  # fmt: skip
    assert _praised(coder, pianist) == []


def test_praising_a_state_stays_support(coder: Coder) -> None:
    # "Gondor praised Arnor."
    assert _praised(coder, [("Arnor", "Arnor", "PROPN", "dobj", 1)]) == ["SUPPORT"]


def test_praising_a_national_cricket_team_is_sport(coder: Coder) -> None:
    # "Gondor praised the national cricket team."
    team = [("the", "the", "DET", "det", 5), ("national", "national", "ADJ", "amod", 5),
            ("cricket", "cricket", "NOUN", "compound", 5), ("team", "team", "NOUN", "dobj", 1)]
    assert _praised(coder, team) == []


def test_praising_someone_for_an_award_is_no_political_support(coder: Coder) -> None:
    # "Gondor praised Luthien for her award." / "Gondor praised Arnor for her award."
    award = [("for", "for", "ADP", "prep", 1), ("her", "her", "PRON", "poss", 5),
             ("award", "award", "NOUN", "pobj", 3)]  # fmt: skip
    assert _praised(coder, [("Luthien", "Luthien", "PROPN", "dobj", 1)], award) == []
    assert _praised(coder, [("Arnor", "Arnor", "PROPN", "dobj", 1)], award) == ["SUPPORT"]


def _invited(coder: Coder, guest: str, verb: str, obj: list[tuple] = ()) -> list[str]:
    """ "Gondor invited <guest> to <verb>[ <obj>]." """
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("invited", "invite", "VERB", "ROOT", 1),
            (guest, guest, "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
            (verb, verb, "VERB", "xcomp", 1), *obj, (*STOP, 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 2: "NNP", 4: "VB"}
    return [e.event_type for e in code(coder, rows, tags=tags) if e.trigger.text == "invited"]


def test_inviting_someone_to_perform_is_no_political_invitation(coder: Coder) -> None:
    assert _invited(coder, "Luthien", "perform") == []
    assert _invited(coder, "Luthien", "play") == []


def test_inviting_a_state_to_play_a_role_stays_an_invitation(coder: Coder) -> None:
    # "Gondor invited Arnor to play a role."
    role = [("a", "a", "DET", "det", 6), ("role", "role", "NOUN", "dobj", 4)]
    assert _invited(coder, "Arnor", "play", role) == ["AGREE"]


def test_praising_the_organisers_of_a_festival_is_no_political_support(coder: Coder) -> None:
    # "Gondor praised the organisers of the festival." / "... the organisers of the summit."
    def organisers(show: str) -> list[tuple]:
        return [("the", "the", "DET", "det", 3), ("organisers", "organiser", "NOUN", "dobj", 1),
                ("of", "of", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
                (show, show, "NOUN", "pobj", 4)]  # fmt: skip

    assert _praised(coder, organisers("festival")) == []
    assert _praised(coder, organisers("summit")) == ["SUPPORT"]


def test_phoning_the_winning_team_is_sport(nlp, coder: Coder) -> None:
    # senses18: a team named by its result in a contest is a sports team
    from middle_earth import code_text

    text = "Gondor's sports minister phoned the winning team after the final."
    assert code_text(nlp, coder, text) == ()


def test_phoning_the_negotiating_team_stays_a_consultation(nlp, coder: Coder) -> None:
    from middle_earth import code_text

    text = "Gondor's sports minister phoned the negotiating team after the talks."
    assert [e.event_type for e in code_text(nlp, coder, text)] == ["CONSULT"]


def test_congratulating_a_runner_on_winning_a_marathon_is_sport(nlp, coder: Coder) -> None:
    # senses18: a sports contest won is a private feat, like an award
    from middle_earth import code_text

    text = "Gondor's king congratulated Beren on his victory in the Osgiliath marathon."
    assert code_text(nlp, coder, text) == ()


def test_congratulating_a_president_on_his_election_victory_stays(nlp, coder: Coder) -> None:
    from middle_earth import code_text

    text = "Gondor's king congratulated Arnor's president on his victory in the election."
    assert [e.event_type for e in code_text(nlp, coder, text)] == ["SUPPORT"]
