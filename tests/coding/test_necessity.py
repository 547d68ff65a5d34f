"""A demand told as a necessity ("Gondor said it is vital that Arnor withdraws its troops"):
the speaker asks the party of the "that" clause to act. Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _vital(
    adjective: str = "vital",
    *,
    expletive: str = "it",
    negated: bool = False,
    passive: bool = False,
    said: bool = True,
) -> tuple[list, dict[int, str]]:
    """ "Gondor said it was [not] <adjective> that Arnor withdraws [is withdrawn] its troops."
    (without ``said``: "It was vital that …")."""
    speaker = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
    n = len(speaker) if said else 0
    copula_dep = "ccomp" if said else "ROOT"
    neg = [("not", "not", "PART", "neg", n + 1)] if negated else []
    k = n + 2 + len(neg)  # the adjective
    subject = ("Arnor", "Arnor", "PROPN", "nsubjpass" if passive else "nsubj", k + 3)
    aux = [("is", "be", "AUX", "auxpass", k + 4)] if passive else []
    v = k + 3 + len(aux)
    rows = [
        *(speaker if said else []),
        (expletive, expletive.lower(), "PRON", "nsubj", n + 1),
        ("was", "be", "AUX", copula_dep, 1 if said else n + 1),
        *neg,
        (adjective, adjective, "ADJ", "acomp", n + 1),
        ("that", "that", "SCONJ", "mark", v),
        subject,
        *aux,
        ("withdrawn" if passive else "withdraws", "withdraw", "VERB", "ccomp", n + 1),
        ("its", "its", "PRON", "poss", v + 2),
        ("troops", "troop", "NOUN", "dobj", v),
        (*PUNCT, 1 if said else n + 1),
    ]
    tags = {n + 1: "VBD", v: "VBN" if passive else "VBZ"}
    if said:
        tags[1] = "VBD"
    return rows, tags


def test_a_stated_necessity_asks_the_party_of_the_clause_to_act(coder: Coder) -> None:
    rows, tags = _vital()
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("GND", "REQUEST", "ARN")
    assert event.pattern_id == "request.necessity+concede.withdraw-troops"
    assert event.cameo == "025"  # the withdrawal asked for decides the kind of request


def test_the_act_asked_for_is_the_trigger_not_a_second_event(coder: Coder) -> None:
    rows, tags = _vital("essential")
    events = code(coder, rows, tags=tags)
    assert [(e.event_type, e.trigger.text) for e in events] == [("REQUEST", "withdraws")]


def test_each_party_a_necessity_names_is_asked_for_its_own_act(coder: Coder) -> None:
    # "Gondor said it was vital that Arnor withdraws its troops and that Mordor withdraws."
    rows, tags = _vital()
    end = rows.pop()  # the full stop
    v = 7  # "withdraws" in _vital()
    rows += [
        ("and", "and", "CCONJ", "cc", v),
        ("that", "that", "SCONJ", "mark", 13),
        ("Mordor", "Mordor", "PROPN", "nsubj", 13),
        ("withdraws", "withdraw", "VERB", "conj", v),
        end,
    ]
    tags[13] = "VBZ"
    events = code(coder, rows, tags=tags)
    asked = sorted(m.text for e in events if e.event_type == "REQUEST" for m in e.recipient)
    assert asked == ["Arnor", "Mordor"]
    assert all(dyad(e)[0] == "GND" for e in events)


def test_a_necessity_denied_asks_nothing(coder: Coder) -> None:
    rows, tags = _vital(negated=True)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_plain_view_of_importance_is_no_demand(coder: Coder) -> None:
    # "important" also states views ("it is important that we remember"): not in the list
    rows, tags = _vital("important")
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_clause_with_no_active_subject_asks_no_one(coder: Coder) -> None:
    # "… vital that Arnor is withdrawn …": the passive subject is what is to be done to
    rows, tags = _vital(passive=True)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_necessity_no_one_states_is_no_request(coder: Coder) -> None:
    rows, tags = _vital(said=False)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_only_the_impersonal_it_makes_a_demand_of_a_necessity(coder: Coder) -> None:
    rows, tags = _vital(expletive="this")
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def _need(*, determiner: str = "a", said: bool = True, expletive: bool = True) -> tuple[list, dict]:
    """ "Gondor said there was <determiner> need for Arnor to withdraw its troops." (without
    ``said``: "There was a need for …"; without ``expletive``: "… said the need was for …")."""
    n = 2 if said else 0
    rows = [
        *([("Gondor", "Gondor", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
          if said else []),
        ("there", "there", "PRON", "expl" if expletive else "nsubj", n + 1),
        ("was", "be", "VERB", "ccomp" if said else "ROOT", 1 if said else n + 1),
        (determiner, determiner, "DET", "det", n + 3),
        ("need", "need", "NOUN", "attr", n + 1),
        ("for", "for", "SCONJ", "mark", n + 7),
        ("Arnor", "Arnor", "PROPN", "nsubj", n + 7),
        ("to", "to", "PART", "aux", n + 7),
        ("withdraw", "withdraw", "VERB", "advcl", n + 3),
        ("its", "its", "PRON", "poss", n + 9),
        ("troops", "troop", "NOUN", "dobj", n + 7),
        (*PUNCT, 1 if said else n + 1),
    ]
    tags = {n + 1: "VBD", n + 7: "VB", **({1: "VBD"} if said else {})}
    return rows, tags


def test_a_stated_need_for_a_party_to_act_asks_that_party(coder: Coder) -> None:
    rows, tags = _need()
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("GND", "REQUEST", "ARN")
    assert event.pattern_id == "request.necessity+concede.withdraw-troops"
    assert event.trigger.text == "withdraw"  # the act asked for is not coded as done


def test_no_need_for_a_party_to_act_asks_nothing(coder: Coder) -> None:
    rows, tags = _need(determiner="no")
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_need_no_one_states_is_no_request(coder: Coder) -> None:
    rows, tags = _need(said=False)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_need_that_is_no_predicate_of_there_asks_no_one(coder: Coder) -> None:
    rows, tags = _need(expletive=False)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def _stressed(
    *, on_noun: bool, negated: bool = False, form: str = "stressed", lemma: str = "stress"
) -> tuple[list, dict]:
    """ "Gondor [did not] stress(ed) the need for Arnor to withdraw its troops." The parser hangs
    the "for … to" clause on the noun (``on_noun``) or on the verb."""
    neg = [("did", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3)] if negated else []
    v = 1 + len(neg)  # the verb of saying
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", v),
        *neg,
        (lemma if negated else form, lemma, "VERB", "ROOT", v),
        ("the", "the", "DET", "det", v + 2),
        ("need", "need", "NOUN", "dobj", v),
        ("for", "for", "SCONJ", "mark", v + 6),
        ("Arnor", "Arnor", "PROPN", "nsubj", v + 6),
        ("to", "to", "PART", "aux", v + 6),
        ("withdraw", "withdraw", "VERB", "acl" if on_noun else "advcl", v + 2 if on_noun else v),
        ("its", "its", "PRON", "poss", v + 8),
        ("troops", "troop", "NOUN", "dobj", v + 6),
        (*PUNCT, v),
    ]
    return rows, {v: "VB" if negated else "VBD", v + 6: "VB"}


def test_a_need_a_speaker_stresses_asks_the_party_to_act(coder: Coder) -> None:
    for on_noun in (True, False):
        rows, tags = _stressed(on_noun=on_noun)
        [event] = code(coder, rows, tags=tags)
        assert dyad(event) == ("GND", "REQUEST", "ARN")
        assert event.pattern_id == "request.necessity+concede.withdraw-troops"


def test_a_need_not_stressed_asks_nothing(coder: Coder) -> None:
    rows, tags = _stressed(on_noun=True, negated=True)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_need_under_a_verb_that_is_no_saying_asks_nothing(coder: Coder) -> None:
    # "Gondor saw the need for Arnor to withdraw": a view, not a demand made of Arnor
    rows, tags = _stressed(on_noun=True, form="saw", lemma="see")
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))


def test_a_need_the_speaker_states_for_itself_asks_no_one(coder: Coder) -> None:
    # "Gondor said there was a need for us to withdraw its troops": the speaker's own intent
    rows, tags = _need()
    rows[7] = ("us", "we", "PRON", "nsubj", 9)
    assert all(e.event_type != "REQUEST" for e in code(coder, rows, tags=tags))
