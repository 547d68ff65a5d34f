"""Statements of what anyone may do, situations as doers, election formalities and festive
parades: no particular act (made-up world, hand-built parses). Each test is a minimal pair: the
same words told of a particular party's act code the event."""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.coding.sense_words import noun_forms
from detente.records import Article

from middle_earth import DATE, code
from support import build_doc


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _support(*subject: tuple, verb: str = "support", aux: str | None = None) -> list[tuple]:
    """ "<subject> [<aux>] <verb> Arnor." with the subject's last token as its head."""
    n = len(subject)
    verb_at = n + (aux is not None)
    rows = [(*row, verb_at if row[3] == "nsubj" else n - 1) for row in subject]
    if aux is not None:
        rows.append((aux, aux, "AUX", "aux", verb_at))
    return [*rows, (verb, "support", "VERB", "ROOT", verb_at),
            ("Arnor", "Arnor", "PROPN", "dobj", verb_at), (".", ".", "PUNCT", "punct", verb_at)]


ALL = ("all", "all", "DET", "det")
GONDORIAN = ("Gondorian", "Gondorian", "ADJ", "amod")
SOLDIERS = ("soldiers", "soldier", "NOUN", "nsubj")


def test_what_all_of_a_kind_can_support_is_a_generic_statement(coder: Coder) -> None:
    rows = _support(ALL, GONDORIAN, SOLDIERS, aux="can")
    tags = {2: "NNS", 3: "MD", 4: "VB", 5: "NNP"}
    assert "SUPPORT" not in _types(code(coder, rows, tags=tags))
    # "Gondorian soldiers supported Arnor": particular soldiers, a past act
    rows = _support(GONDORIAN, SOLDIERS, verb="supported")
    assert "SUPPORT" in _types(code(coder, rows, tags={1: "NNS", 2: "VBD", 3: "NNP"}))


def test_a_quantified_headline_in_the_present_tells_a_particular_act(coder: Coder) -> None:
    """ "All Gondorian soldiers support Arnor": with no modal, maybe a headline's past."""
    rows = _support(ALL, GONDORIAN, SOLDIERS)
    assert "SUPPORT" in _types(code(coder, rows, tags={2: "NNS", 3: "VBP", 4: "NNP"}))


def test_what_no_one_of_a_kind_would_support_is_a_generic_statement(coder: Coder) -> None:
    soldier = ("soldier", "soldier", "NOUN", "nsubj")
    rows = _support(("no", "no", "DET", "det"), GONDORIAN, soldier, aux="would")
    tags = {2: "NN", 3: "MD", 4: "VB", 5: "NNP"}
    assert _types(code(coder, rows, tags=tags)) == []
    # "the Gondorian soldier would support Arnor": one particular soldier, a promise of support
    rows = _support(("the", "the", "DET", "det"), GONDORIAN, soldier, aux="would")
    assert _types(code(coder, rows, tags=tags)) == ["AGREE"]


def _relative(noun: tuple, *before: tuple, tag: str) -> list[tuple]:
    """ "<before> <noun> who accuse Arnor are rarely punished." """
    at = len(before)
    return [
        *before,
        (*noun, "nsubjpass", at + 6),
        ("who", "who", "PRON", "nsubj", at + 2),
        ("accuse" if tag == "VBP" else "accused", "accuse", "VERB", "relcl", at),
        ("Arnor", "Arnor", "PROPN", "dobj", at + 2),
        ("are", "be", "AUX", "auxpass", at + 6),
        ("rarely", "rarely", "ADV", "advmod", at + 6),
        ("punished", "punish", "VERB", "ROOT", at + 6),
        (".", ".", "PUNCT", "punct", at + 6),
    ]


def test_people_who_accuse_are_a_kind_not_a_party_acting(coder: Coder) -> None:
    people = _relative(("people", "people", "NOUN"), tag="VBP")
    tags = {0: "NNS", 1: "WP", 2: "VBP", 3: "NNP", 6: "VBN"}
    assert "ACCUSE" not in _types(code(coder, people, tags=tags))
    # "the people who accused Arnor": particular people, a past act
    the = _relative(("people", "people", "NOUN"), ("the", "the", "DET", "det", 1), tag="VBD")
    tags = {1: "NNS", 2: "WP", 3: "VBD", 4: "NNP", 7: "VBN"}
    assert "ACCUSE" in _types(code(coder, the, tags=tags))


def _kills(*condition: tuple) -> list[tuple]:
    """ "Mordor sent an army. [If <condition...>,] it kills Arnor's soldiers." """
    at = 5 + len(condition)
    first = [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
             ("an", "an", "DET", "det", 3), ("army", "army", "NOUN", "dobj", 1),
             (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return [*first, *condition,
            ("it", "it", "PRON", "nsubj", at + 1), ("kills", "kill", "VERB", "ROOT", at + 1),
            ("Arnor", "Arnor", "PROPN", "poss", at + 3),
            ("soldiers", "soldier", "NOUN", "dobj", at + 1),
            (".", ".", "PUNCT", "punct", at + 1)]  # fmt: skip


def _code_two(coder: Coder, rows: list[tuple], tags: dict[int, str]) -> list[str]:
    doc = build_doc(rows, tags=tags, starts=(0, 5))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return [e.event_type for e in code_article(coder, article, doc) if e.trigger.text == "kills"]


def test_it_after_a_condition_is_the_situation_not_a_party(coder: Coder) -> None:
    cook = _kills(("If", "if", "SCONJ", "mark", 7), ("you", "you", "PRON", "nsubj", 7),
                  ("cook", "cook", "VERB", "advcl", 11), ("meat", "meat", "NOUN", "dobj", 7),
                  (",", ",", "PUNCT", "punct", 11))  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 3: "NN", 7: "VBP", 8: "NN", 11: "VBZ", 12: "NNP", 13: "NNS"}
    assert _code_two(coder, cook, tags) == []
    # "Mordor sent an army. It kills Arnor's soldiers.": "it" is Mordor, an attack
    plain = _kills()
    assert _code_two(coder, plain, {0: "NNP", 1: "VBD", 3: "NN", 6: "VBZ", 7: "NNP", 8: "NNS"}) == [
        "ASSAULT"
    ]


def _signatures(*tail: tuple) -> list[tuple]:
    """ "The Gondorian party collected signatures <tail...>." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("party", "party", "NOUN", "nsubj", 3),
        ("collected", "collect", "VERB", "ROOT", 3),
        ("signatures", "signature", "NOUN", "dobj", 3),
        *tail,
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_signatures_for_a_candidacy_are_no_dissent(coder: Coder) -> None:
    ballot = _signatures(("for", "for", "ADP", "prep", 3), ("the", "the", "DET", "det", 7),
                         ("ballot", "ballot", "NOUN", "pobj", 5))  # fmt: skip
    tags = {2: "NN", 3: "VBD", 4: "NNS", 7: "NN"}
    assert "PROTEST" not in _types(code(coder, ballot, tags=tags))
    # "collected signatures against the ballot rules": a grievance told, dissent
    against = _signatures(("against", "against", "ADP", "prep", 3),
                          ("ballot", "ballot", "NOUN", "compound", 7),
                          ("rules", "rule", "NOUN", "pobj", 5))  # fmt: skip
    assert "PROTEST" in _types(code(coder, against, tags={**tags, 7: "NNS"}))


def _parade(*tail: tuple) -> list[tuple]:
    """ "Gondorian veterans held a parade <tail...>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("veterans", "veteran", "NOUN", "nsubj", 2),
        ("held", "hold", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("parade", "parade", "NOUN", "dobj", 2),
        *tail,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_parade_with_no_grievance_is_a_festivity(coder: Coder) -> None:
    feast = _parade(("in", "in", "ADP", "prep", 2), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5))
    tags = {1: "NNS", 2: "VBD", 4: "NN", 6: "NNP"}
    assert "PROTEST" not in _types(code(coder, feast, tags=tags))
    war = _parade(("against", "against", "ADP", "prep", 2),
                  ("Mordor", "Mordor", "PROPN", "pobj", 5))  # fmt: skip
    assert "PROTEST" in _types(code(coder, war, tags=tags))


def _signatures_to_back(owner: tuple) -> list[tuple]:
    """ "Arnor gathered signatures to back <owner> campaign." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("gathered", "gather", "VERB", "ROOT", 1),
        ("signatures", "signature", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("back", "back", "VERB", "advcl", 1),
        (*owner, "poss", 6),
        ("campaign", "campaign", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_backing_ones_own_campaign_backs_no_party(coder: Coder) -> None:
    tags = {0: "NNP", 1: "VBD", 2: "NNS", 4: "VB", 6: "NN"}
    own = code(coder, _signatures_to_back(("its", "its", "PRON")), tags={**tags, 5: "PRP$"})
    assert "SUPPORT" not in _types(own)
    # "to back Gondor's campaign": another party's campaign
    other = _signatures_to_back(("Gondor", "Gondor", "PROPN"))
    assert "SUPPORT" in _types(code(coder, other, tags={**tags, 5: "NNP"}))


def test_a_noun_split_at_its_hyphen_or_cut_by_a_bracket_is_read_whole() -> None:
    """ "released an e-mail" parsed "e", "-", "mail"; "kills all virus[es]" as one token."""
    doc = build_doc([("Gondor", "Gondor", "PROPN", "nsubj", 1),
                     ("released", "release", "VERB", "ROOT", 1), ("an", "an", "DET", "det", 3),
                     ("e", "e", "NOUN", "dobj", 1), ("-", "-", "PUNCT", "punct", 3),
                     ("mail", "mail", "NOUN", "dobj", 1),
                     ("virus[es", "virus[es", "NOUN", "dobj", 1)],
                    joined=(3, 4))  # fmt: skip
    assert "e-mail" in noun_forms(doc[3]) and "e-mail" in noun_forms(doc[5])
    assert "virus" in noun_forms(doc[6])
    assert noun_forms(doc[0]) == {"gondor"}


def _condition(modal: str) -> list[tuple]:
    """ "The Gondorian king <modal> pay if he attacks Arnor." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("king", "king", "NOUN", "nsubj", 4),
        (modal, modal, "AUX", "aux", 4),
        ("pay", "pay", "VERB", "ROOT", 4),
        ("if", "if", "SCONJ", "mark", 7),
        ("he", "he", "PRON", "nsubj", 7),
        ("attacks", "attack", "VERB", "advcl", 4),
        ("Arnor", "Arnor", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_the_condition_of_a_duty_is_a_rule_not_an_act(coder: Coder) -> None:
    tags = {2: "NN", 3: "MD", 4: "VB", 7: "VBZ", 8: "NNP"}
    assert _types(code(coder, _condition("must"), tags=tags)) == []
    # "will pay if he attacks": a threat's condition, left to the modality stage, which keeps
    # the attack in the condition as told (hypothetical), no threat by the king (claims10)
    assert _types(code(coder, _condition("will"), tags=tags)) == ["ASSAULT"]


def test_support_wherever_possible_is_a_standing_policy(coder: Coder) -> None:
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("support", "support", "VERB", "ROOT", 2), ("Arnor", "Arnor", "PROPN", "dobj", 2),
            ("wherever", "wherever", "ADV", "advmod", 5),
            ("possible", "possible", "ADJ", "advcl", 2),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    tags = {0: "NNP", 1: "MD", 2: "VB", 3: "NNP", 4: "WRB", 5: "JJ"}
    assert _types(code(coder, rows, tags=tags)) == []
    plain = [*rows[:4], (".", ".", "PUNCT", "punct", 2)]
    assert _types(code(coder, plain, tags=tags)) != []


def _choice(conjunction: str, aux: str, tag: str) -> list[tuple]:
    """ "Gondor <aux> accept <conjunction> reject Arnor's plan." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        (aux, aux, "AUX", "aux", 2),
        ("accept" if tag == "VB" else "accepted", "accept", "VERB", "ROOT", 2),
        (conjunction, conjunction, "CCONJ", "cc", 2),
        ("reject" if tag == "VB" else "rejected", "reject", "VERB", "conj", 2),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("plan", "plan", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_acts_offered_as_alternatives_tell_neither(coder: Coder) -> None:
    tags = {0: "NNP", 1: "MD", 2: "VB", 4: "VB", 5: "NNP", 7: "NN"}
    assert "REJECT" not in _types(code(coder, _choice("or", "will", "VB"), tags=tags))
    assert "REJECT" in _types(code(coder, _choice("and", "will", "VB"), tags=tags))
    # "Gondor had accepted or rejected Arnor's plan": told in the past, one of them happened
    past = {**tags, 1: "VBD", 2: "VBN", 4: "VBN"}
    assert "REJECT" in _types(code(coder, _choice("or", "had", "VBN"), tags=past))


def _oppose(*subject: tuple) -> list[tuple]:
    """ "<subject> oppose Mordor." with the subject's last token as its head."""
    n = len(subject)
    rows = [(*row, n if row[3] == "nsubj" else n - 1) for row in subject]
    return [*rows, ("oppose", "oppose", "VERB", "ROOT", n),
            ("Mordor", "Mordor", "PROPN", "dobj", n), (".", ".", "PUNCT", "punct", n)]


def test_a_share_of_a_public_holding_a_view_is_a_survey_figure(coder: Coder) -> None:
    share = [("70", "70", "NUM", "nummod", 1), ("%", "%", "NOUN", "nsubj", 5),
             ("of", "of", "ADP", "prep", 1), ("Gondorian", "Gondorian", "ADJ", "amod", 4),
             ("youth", "youth", "NOUN", "pobj", 2), ("oppose", "oppose", "VERB", "ROOT", 5),
             ("Mordor", "Mordor", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 5)]  # fmt: skip
    tags = {0: "CD", 1: "NN", 4: "NN", 5: "VBP", 6: "NNP"}
    assert "REJECT" not in _types(code(coder, share, tags=tags))
    soldiers = _oppose(GONDORIAN, SOLDIERS)
    assert "REJECT" in _types(code(coder, soldiers, tags={1: "NNS", 2: "VBP", 3: "NNP"}))


def _killed(obj: tuple, verb: tuple[str, str] = ("killed", "kill")) -> list[tuple]:
    """ "The Gondorian soldier <verb> <obj>." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("soldier", "soldier", "NOUN", "nsubj", 3),
        (*verb, "VERB", "ROOT", 3),
        (*obj, "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_killing_oneself_is_no_attack_on_a_party(coder: Coder) -> None:
    tags = {2: "NN", 3: "VBD", 4: "PRP"}
    assert "ASSAULT" not in _types(code(coder, _killed(("himself", "himself", "PRON")), tags=tags))
    orc = _killed(("Arnor", "Arnor", "PROPN"))
    assert "ASSAULT" in _types(code(coder, orc, tags={**tags, 4: "NNP"}))


def _targeted(*subject: tuple) -> list[tuple]:
    """ "<subject> targeted Arnor." with the subject's last token as its head."""
    n = len(subject)
    rows = [(*row, n if row[3] == "nsubj" else n - 1) for row in subject]
    return [*rows, ("targeted", "target", "VERB", "ROOT", n),
            ("Arnor", "Arnor", "PROPN", "dobj", n), (".", ".", "PUNCT", "punct", n)]


def test_a_message_or_a_law_aimed_at_a_party_attacks_no_one(coder: Coder) -> None:
    drive = _targeted(("A", "a", "DET", "det"), GONDORIAN, ("telephone", "telephone", "NOUN",
                      "compound"), ("campaign", "campaign", "NOUN", "nsubj"))  # fmt: skip
    tags = {2: "NN", 3: "NN", 4: "VBD", 5: "NNP"}
    assert "ASSAULT" not in _types(code(coder, drive, tags=tags))
    bombing = _targeted(("A", "a", "DET", "det"), GONDORIAN, ("bombing", "bombing", "NOUN",
                        "compound"), ("campaign", "campaign", "NOUN", "nsubj"))  # fmt: skip
    assert "ASSAULT" in _types(code(coder, bombing, tags=tags))
    law = _targeted(("The", "the", "DET", "det"), GONDORIAN, ("law", "law", "NOUN", "nsubj"))
    assert "ASSAULT" not in _types(code(coder, law, tags={2: "NN", 3: "VBD", 4: "NNP"}))


def _arrested(amount: list[tuple]) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor arrested <amount> people [than in 2019]." with the amount's words before the noun
    (their heads given relative to the amount's start) and the comparison hung on the verb."""
    n = len(amount)
    noun = 2 + n
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
            *[(*r[:4], r[4] + 2 if r[4] >= 0 else noun) for r in amount],
            ("people", "people", "NOUN", "dobj", 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", noun: "NNS"}
    return rows, tags


def test_a_share_compared_between_two_times_is_a_statistic(coder: Coder) -> None:
    # "Gondor arrested 20 percent more people than in 2019."
    amount = [("20", "20", "NUM", "nummod", 1), ("percent", "percent", "NOUN", "npadvmod", 2),
              ("more", "more", "ADJ", "amod", -1)]  # fmt: skip
    rows, tags = _arrested(amount)
    end = len(rows)
    rows += [("than", "than", "ADP", "prep", 1), ("in", "in", "ADP", "prep", end),
             ("2019", "2019", "NUM", "pobj", end + 1), (".", ".", "PUNCT", "punct", 1)]
    tags.update({2: "CD", 3: "NN", 4: "JJR", end: "IN", end + 1: "IN", end + 2: "CD"})
    assert "COERCE" not in _types(code(coder, rows, tags=tags))
    # "Gondor arrested more than 300 people.": one round of arrests counted, no share
    amount = [("more", "more", "ADJ", "amod", 2), ("than", "than", "ADP", "quantmod", 2),
              ("300", "300", "NUM", "nummod", -1)]  # fmt: skip
    rows, tags = _arrested(amount)
    rows.append((".", ".", "PUNCT", "punct", 1))
    tags.update({2: "JJR", 3: "IN", 4: "CD"})
    assert "COERCE" in _types(code(coder, rows, tags=tags))
