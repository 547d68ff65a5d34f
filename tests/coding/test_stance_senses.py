"""Questions, feelings and duties of one's own side: a stance stated, no act (made-up world,
hand-built parses). Each test is a minimal pair: the same words told as a particular act code
the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

Q = ("?", "?", "PUNCT", "punct")
STOP = (".", ".", "PUNCT", "punct")


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _attack(aux: tuple | None, *, verb: str = "attack", end: tuple = Q, wh: str | None = None):
    """ "[<wh>] [<aux>] Gondor <verb> Mordor <end>" with the auxiliary before the subject."""
    rows: list[tuple] = []
    if wh is not None:
        rows.append((wh, wh.lower(), "ADV", "advmod"))
    if aux is not None:
        rows.append(aux)
    at = len(rows) + 1
    rows += [("Gondor", "Gondor", "PROPN", "nsubj"), (verb, "attack", "VERB", "ROOT"),
             ("Mordor", "Mordor", "PROPN", "dobj"), end]  # fmt: skip
    return [(*r, at) for r in rows]


def test_a_question_whether_a_party_will_attack_tells_no_attack(coder: Coder) -> None:
    # "Will Gondor attack Mordor?"
    rows = _attack(("Will", "will", "AUX", "aux"))
    assert _types(code(coder, rows, tags={0: "MD", 1: "NNP", 2: "VB", 3: "NNP"})) == []
    # "Gondor will attack Mordor.": the same words told, a threat
    told = [("Gondor", "Gondor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("attack", "attack", "VERB", "ROOT", 2), ("Mordor", "Mordor", "PROPN", "dobj", 2),
            (*STOP, 2)]  # fmt: skip
    assert _types(code(coder, told, tags={0: "NNP", 1: "MD", 2: "VB", 3: "NNP"})) != []


def test_a_rhetorical_why_question_tells_no_attack(coder: Coder) -> None:
    # "Why would Gondor attack Mordor?"
    rows = _attack(("would", "would", "AUX", "aux"), wh="Why")
    tags = {0: "WRB", 1: "MD", 2: "NNP", 3: "VB", 4: "NNP"}
    assert _types(code(coder, rows, tags=tags)) == []


def test_a_question_in_the_past_about_why_takes_the_act_as_told(coder: Coder) -> None:
    # "Why did Gondor attack Mordor?": the attack is taken as known
    rows = _attack(("did", "do", "AUX", "aux"), wh="Why")
    tags = {0: "WRB", 1: "VBD", 2: "NNP", 3: "VB", 4: "NNP"}
    assert "ASSAULT" in _types(code(coder, rows, tags=tags))


def test_asking_whether_a_party_would_attack_is_no_threat(coder: Coder) -> None:
    # "Aragorn asked whether Gondor would attack Mordor."
    def rows(verb: str, mark: str) -> list[tuple]:
        return [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), (verb, verb[:3], "VERB", "ROOT", 1),
                (mark, mark, "SCONJ", "mark", 5), ("Gondor", "Gondor", "PROPN", "nsubj", 5),
                ("would", "would", "AUX", "aux", 5), ("attack", "attack", "VERB", "ccomp", 1),
                ("Mordor", "Mordor", "PROPN", "dobj", 5), (*STOP, 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 3: "NNP", 4: "MD", 5: "VB", 6: "NNP"}
    asked = rows("asked", "whether")
    asked[1] = ("asked", "ask", "VERB", "ROOT", 1)
    assert _types(code(coder, asked, tags=tags)) == []
    # "Aragorn said that Gondor would attack Mordor.": a threat reported
    said = rows("said", "that")
    said[1] = ("said", "say", "VERB", "ROOT", 1)
    assert _types(code(coder, said, tags=tags)) != []


def _feel(verb: str, lemma: str, *, tag: str) -> tuple[list[tuple], dict[int, str]]:
    """ "The Gondorians <verb> threatened by Mordor." """
    rows = [("The", "the", "DET", "det", 1), ("Gondorians", "Gondorian", "PROPN", "nsubj", 2),
            (verb, lemma, "VERB", "ROOT", 2), ("threatened", "threaten", "VERB", "acomp", 2),
            ("by", "by", "ADP", "agent", 3), ("Mordor", "Mordor", "PROPN", "pobj", 4),
            (*STOP, 2)]  # fmt: skip
    return rows, {1: "NNPS", 2: tag, 3: "VBN", 5: "NNP"}


def test_feeling_threatened_is_a_state_of_mind_not_a_threat(coder: Coder) -> None:
    rows, tags = _feel("felt", "feel", tag="VBD")
    assert "THREATEN" not in _types(code(coder, rows, tags=tags))
    # "Mordor threatened the Gondorians.": a threat made
    made = [("Mordor", "Mordor", "PROPN", "nsubj", 1),
            ("threatened", "threaten", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
            ("Gondorians", "Gondorian", "PROPN", "dobj", 1), (*STOP, 1)]  # fmt: skip
    assert "THREATEN" in _types(code(coder, made, tags={0: "NNP", 1: "VBD", 3: "NNPS"}))


def _we(aux: str, verb: str = "fight") -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn said we <aux> <verb> Mordor." """
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("we", "we", "PRON", "nsubj", 4), (aux, aux, "AUX", "aux", 4),
            (verb, verb, "VERB", "ccomp", 1), ("Mordor", "Mordor", "PROPN", "dobj", 4),
            (*STOP, 1)]  # fmt: skip
    return rows, {0: "NNP", 1: "VBD", 2: "PRP", 3: "MD", 4: "VB", 5: "NNP"}


def test_a_duty_the_speaker_states_for_its_own_side_is_its_resolve(coder: Coder) -> None:
    rows, tags = _we("must")
    assert "ASSAULT" not in _types(code(coder, rows, tags=tags))
    # "Aragorn said we will fight Mordor.": a threat of force, no duty
    rows, tags = _we("will")
    assert _types(code(coder, rows, tags=tags)) != []
    # "Aragorn said we must condemn Mordor.": saying so condemns
    rows, tags = _we("must", "condemn")
    assert "ACCUSE" in _types(code(coder, rows, tags=tags))


def _must_leave(subject: list[tuple]) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn said <subject> must leave Ithilien." """
    n = len(subject)
    verb = n + 3
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            *[(*r[:4], verb if r[3] == "nsubj" else r[4] + 2) for r in subject],
            ("must", "must", "AUX", "aux", verb), ("leave", "leave", "VERB", "ccomp", 1),
            ("Ithilien", "Ithilien", "PROPN", "dobj", verb), (*STOP, 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", n + 2: "MD", verb: "VB", verb + 1: "NNP"}
    return rows, tags


def test_a_duty_of_people_at_large_is_an_opinion_not_a_demand(coder: Coder) -> None:
    rows, tags = _must_leave([("people", "people", "NOUN", "nsubj", 0)])
    assert "REQUEST" not in _types(code(coder, rows, tags={**tags, 2: "NNS"}))
    # "Aragorn said no one must leave Ithilien."
    rows, tags = _must_leave([("no", "no", "DET", "det", 1), ("one", "one", "NOUN", "nsubj", 0)])
    assert "REQUEST" not in _types(code(coder, rows, tags={**tags, 3: "NN"}))
    # "Aragorn said the people of Arnor must leave Ithilien.": a people named, a demand
    rows, tags = _must_leave([("the", "the", "DET", "det", 1),
                              ("people", "people", "NOUN", "nsubj", 0),
                              ("of", "of", "ADP", "prep", 1),
                              ("Arnor", "Arnor", "PROPN", "pobj", 2)])  # fmt: skip
    assert "REQUEST" in _types(code(coder, rows, tags={**tags, 3: "NNS", 5: "NNP"}))


def test_a_question_quoted_after_asked_tells_no_act(coder: Coder) -> None:
    # 'Aragorn asked: "Why should Gondor attack Mordor?"' (the mark hangs on "asked")
    def rows(wh: str, aux: str, end: str) -> list[tuple]:
        return [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("asked", "ask", "VERB", "ROOT", 1),
                (":", ":", "PUNCT", "punct", 1), (wh, wh.lower(), "ADV", "advmod", 6),
                (aux, aux, "AUX", "aux", 6), ("Gondor", "Gondor", "PROPN", "nsubj", 6),
                ("attack", "attack", "VERB", "ccomp", 1), ("Mordor", "Mordor", "PROPN", "dobj", 6),
                (end, end, "PUNCT", "punct", 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 3: "WRB", 4: "MD", 5: "NNP", 6: "VB", 7: "NNP"}
    assert _types(code(coder, rows("Why", "should", "?"), tags=tags)) == []
    # 'Aragorn said: "Then Gondor will attack Mordor."': told, a threat
    told = rows("Then", "will", ".")
    told[1] = ("said", "say", "VERB", "ROOT", 1)
    assert _types(code(coder, told, tags={**tags, 3: "RB"})) != []


def test_asking_whether_a_party_is_ready_to_attack_tells_no_threat(coder: Coder) -> None:
    # "Is Gondor ready to attack Mordor?"
    asked = [("Is", "be", "AUX", "ROOT", 0), ("Gondor", "Gondor", "PROPN", "nsubj", 0),
             ("ready", "ready", "ADJ", "acomp", 0), ("to", "to", "PART", "aux", 4),
             ("attack", "attack", "VERB", "xcomp", 2), ("Mordor", "Mordor", "PROPN", "dobj", 4),
             (*Q, 0)]  # fmt: skip
    assert _types(code(coder, asked, tags={0: "VBZ", 1: "NNP", 2: "JJ", 4: "VB", 5: "NNP"})) == []
    # "Gondor is ready to attack Mordor.": told
    told = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
            ("ready", "ready", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
            ("attack", "attack", "VERB", "xcomp", 2), ("Mordor", "Mordor", "PROPN", "dobj", 4),
            (*STOP, 1)]  # fmt: skip
    assert _types(code(coder, told, tags={0: "NNP", 1: "VBZ", 2: "JJ", 4: "VB", 5: "NNP"})) != []


def _said_must(*clause: tuple, verb_at: int) -> list[tuple]:
    """ "Aragorn said <clause>." with the clause's verb at ``verb_at`` (a ccomp of "said")."""
    head = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
    return [*head, *clause, (*STOP, 1)]


def test_a_duty_to_remain_in_a_state_is_a_wish_not_a_demand(coder: Coder) -> None:
    # "Aragorn said Arnor must remain calm." / "Aragorn said Arnor must leave Ithilien."
    calm = _said_must(("Arnor", "Arnor", "PROPN", "nsubj", 4), ("must", "must", "AUX", "aux", 4),
                      ("remain", "remain", "VERB", "ccomp", 1), ("calm", "calm", "ADJ", "acomp", 4),
                      verb_at=4)  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 2: "NNP", 3: "MD", 4: "VB", 5: "JJ"}
    assert "REQUEST" not in _types(code(coder, calm, tags=tags))
    leave = _said_must(("Arnor", "Arnor", "PROPN", "nsubj", 4), ("must", "must", "AUX", "aux", 4),
                       ("leave", "leave", "VERB", "ccomp", 1),
                       ("Ithilien", "Ithilien", "PROPN", "dobj", 4), verb_at=4)  # fmt: skip
    assert "REQUEST" in _types(code(coder, leave, tags={**tags, 5: "NNP"}))


def test_refusing_to_be_intimidated_is_defiance_not_coercion(coder: Coder) -> None:
    # "Gondor will not be intimidated by Mordor." / "Gondor was intimidated by Mordor."
    def rows(*aux: tuple) -> list[tuple]:
        n = len(aux)
        return [("Gondor", "Gondor", "PROPN", "nsubjpass", n + 2),
                *[(*a, n + 2) for a in aux], ("be", "be", "AUX", "auxpass", n + 2),
                ("intimidated", "intimidate", "VERB", "ROOT", n + 2),
                ("by", "by", "ADP", "agent", n + 2), ("Mordor", "Mordor", "PROPN", "pobj", n + 3),
                (*STOP, n + 2)]  # fmt: skip
    refused = rows(("will", "will", "AUX", "aux"), ("not", "not", "PART", "neg"))
    tags = {0: "NNP", 1: "MD", 2: "RB", 3: "VB", 4: "VBN", 6: "NNP"}
    assert _types(code(coder, refused, tags=tags)) == []
    done = rows()
    done[1] = ("was", "be", "AUX", "auxpass", 2)
    assert _types(code(coder, done, tags={0: "NNP", 1: "VBD", 2: "VBN", 4: "NNP"})) != []


def test_a_question_joined_after_a_statement_leaves_the_statement_told(coder: Coder) -> None:
    # "Gondor is attacking Mordor, but will it stop?"
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
            ("attacking", "attack", "VERB", "ROOT", 2), ("Mordor", "Mordor", "PROPN", "dobj", 2),
            (",", ",", "PUNCT", "punct", 2), ("but", "but", "CCONJ", "cc", 2),
            ("will", "will", "AUX", "aux", 8), ("it", "it", "PRON", "nsubj", 8),
            ("stop", "stop", "VERB", "conj", 2), (*Q, 2)]  # fmt: skip
    tags = {0: "NNP", 1: "VBZ", 2: "VBG", 3: "NNP", 6: "MD", 7: "PRP", 8: "VB"}
    assert "ASSAULT" in _types(code(coder, rows, tags=tags))


def test_felt_parsed_as_a_passive_auxiliary_still_tells_a_feeling(coder: Coder) -> None:
    # "The Gondorians felt threatened by Mordor." with "felt" read as the passive's auxiliary
    rows = [("The", "the", "DET", "det", 1), ("Gondorians", "Gondorian", "PROPN", "nsubj", 3),
            ("felt", "felt", "AUX", "auxpass", 3), ("threatened", "threaten", "VERB", "ROOT", 3),
            ("by", "by", "ADP", "agent", 3), ("Mordor", "Mordor", "PROPN", "pobj", 4),
            (*STOP, 3)]  # fmt: skip
    tags = {1: "NNPS", 2: "VBD", 3: "VBN", 5: "NNP"}
    assert "THREATEN" not in _types(code(coder, rows, tags=tags))
    # "The Gondorians were threatened by Mordor.": a threat made
    rows[2] = ("were", "be", "AUX", "auxpass", 3)
    assert "THREATEN" in _types(code(coder, rows, tags=tags))


def test_seeming_ready_to_attack_still_tells_a_threat(coder: Coder) -> None:
    # "Gondor seemed ready to attack Mordor." (a frame on an adjective after "seemed")
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("seemed", "seem", "VERB", "ROOT", 1),
            ("ready", "ready", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
            ("attack", "attack", "VERB", "xcomp", 2), ("Mordor", "Mordor", "PROPN", "dobj", 4),
            (*STOP, 1)]  # fmt: skip
    assert _types(code(coder, rows, tags={0: "NNP", 1: "VBD", 2: "JJ", 4: "VB", 5: "NNP"})) != []


def test_a_participle_graded_by_degree_is_a_state_not_an_act(coder: Coder) -> None:
    # "Gondor was increasingly threatened by Mordor." / "Gondor was threatened by Mordor."
    rows = [("Gondor", "Gondor", "PROPN", "nsubjpass", 3), ("was", "be", "AUX", "auxpass", 3),
            ("increasingly", "increasingly", "ADV", "advmod", 3),
            ("threatened", "threaten", "VERB", "ROOT", 3), ("by", "by", "ADP", "agent", 3),
            ("Mordor", "Mordor", "PROPN", "pobj", 4), (*STOP, 3)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 2: "RB", 3: "VBN", 5: "NNP"}
    assert "THREATEN" not in _types(code(coder, rows, tags=tags))
    told = [rows[0], rows[1], *rows[3:]]
    told = [(*r[:4], r[4] - 1 if r[4] > 2 else r[4]) for r in told]
    assert "THREATEN" in _types(code(coder, told, tags={0: "NNP", 1: "VBD", 2: "VBN", 4: "NNP"}))
