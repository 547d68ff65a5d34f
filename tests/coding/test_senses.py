"""Words of politics used in senses that report no event, acts asked for or told as background,
one fact told twice, and violence by civilians (made-up world, hand-built parses)."""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc

from detente.coding.events import Coder, code_article
from detente.coding.framing import Framing, civil_violence
from detente.records import ActorMention, Article

from middle_earth import DATE, code, dyad

# Universal POS tags only: the rules read the fine tags these give.
PAST, GERUND, PRESENT = "VBD", "VBG", "VBZ"


def _rows_agree(clause: list[tuple]) -> list[tuple]:
    """ "Gondor agreed <clause>." with the clause as ccomp of "agreed" (heads from 2)."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        *clause,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_agreeing_that_something_is_so_is_a_view_not_an_agreement(coder: Coder) -> None:
    # "Gondor agreed the treaty is dead."
    view = _rows_agree([
        ("the", "the", "DET", "det", 3),
        ("treaty", "treaty", "NOUN", "nsubj", 4),
        ("is", "be", "AUX", "ccomp", 1),
        ("dead", "dead", "ADJ", "acomp", 4),
    ])
    assert code(coder, view) == ()
    # "Gondor agreed with Arnor." stays an agreement
    deal = _rows_agree([
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
    ])
    [event] = code(coder, deal)
    assert event.event_type == "AGREE" and dyad(event) == ("GND", "AGREE", "ARN")


def _said_should(verb_rows: list[tuple], tags: dict[int, str]) -> tuple:
    """ "Arnor said Gondor should <verb rows>." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", len(verb_rows) + 3),
        ("should", "should", "AUX", "aux", len(verb_rows) + 3),
        *verb_rows,
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, tags


def test_should_be_doing_is_an_estimate_not_a_demand(coder: Coder) -> None:
    # "Arnor said Gondor should be growing." estimates; "Arnor said Gondor should leave." demands
    rows, tags = _said_should(
        [("be", "be", "AUX", "aux", 5), ("growing", "grow", "VERB", "ccomp", 1)], {5: GERUND}
    )
    assert code(coder, rows, tags=tags) == ()
    rows, tags = _said_should([("leave", "leave", "VERB", "ccomp", 1)], {})
    [demand] = code(coder, rows, tags=tags)
    assert dyad(demand) == ("ARN", "REQUEST", "GND")


def _allows(subject: list[tuple]) -> list[tuple]:
    """ "<subject> allows Orcs." with the subject's head last."""
    n = len(subject)
    return [
        *subject,
        ("allows", "allow", "VERB", "ROOT", n),
        ("Orcs", "Orcs", "PROPN", "dobj", n),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_what_a_law_allows_is_its_content_not_a_concession(coder: Coder) -> None:
    law = _allows([
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("legislation", "legislation", "NOUN", "nsubj", 2),
    ])
    assert code(coder, law) == ()
    [event] = code(coder, _allows([("Gondor", "Gondor", "PROPN", "nsubj", 1)]))
    assert dyad(event) == ("GND", "CONCEDE", "MDR")


def _spoke_with(partner: list[tuple]) -> list[tuple]:
    """ "Gondor spoke with <partner>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("spoke", "speak", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        *partner,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_speaking_with_the_press_is_an_interview_not_a_consultation(coder: Coder) -> None:
    assert code(coder, _spoke_with([("reporters", "reporter", "NOUN", "pobj", 2)])) == ()
    outlet = [("Minas", "Minas", "PROPN", "compound", 4), ("News", "News", "PROPN", "pobj", 2)]
    assert code(coder, _spoke_with(outlet)) == ()
    [talk] = code(coder, _spoke_with([("Arnor", "Arnor", "PROPN", "pobj", 2)]))
    assert dyad(talk) == ("GND", "CONSULT", "ARN")


def _asked(governor: str, lemma: str) -> list[tuple]:
    """ "Gondor <governor> Arnor to withdraw from Ithilien." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (governor, lemma, "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "xcomp", 1),
        ("from", "from", "ADP", "prep", 4),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_advised_or_asked_of_another_is_not_done(coder: Coder) -> None:
    persuaded = code(coder, _asked("persuaded", "persuade"))
    retreats = [e for e in persuaded if e.event_type == "RETREAT"]
    assert retreats and all(e.modality == "hypothetical" for e in retreats)
    # mainev16: advising Arnor to withdraw is a request to Arnor (CAMEO SUGGEST, 020), no retreat
    advised = code(coder, _asked("advised", "advise"))
    assert [dyad(e) for e in advised] == [("GND", "REQUEST", "ARN")]
    # "Gondor forced Arnor to withdraw": forcing is no asking; the withdrawal is told as done
    forced = [e for e in code(coder, _asked("forced", "force")) if e.event_type == "RETREAT"]
    assert forced and all(e.modality == "asserted" for e in forced)


def test_a_clause_required_by_imperative_is_not_done(coder: Coder) -> None:
    # "It is imperative that Arnor withdraw from Ithilien."
    rows = [
        ("It", "it", "PRON", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("imperative", "imperative", "ADJ", "acomp", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("Arnor", "Arnor", "PROPN", "nsubj", 5),
        ("withdraw", "withdraw", "VERB", "ccomp", 1),
        ("from", "from", "ADP", "prep", 5),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "RETREAT" and event.modality == "hypothetical"


def test_had_been_attacking_is_background(coder: Coder) -> None:
    rows = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 3),
        ("had", "have", "AUX", "aux", 3),
        ("been", "be", "AUX", "aux", 3),
        ("attacking", "attack", "VERB", "ROOT", 3),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    [event] = code(coder, rows, tags={3: GERUND})
    assert dyad(event) == ("MDR", "ASSAULT", "GND") and event.modality == "historical"


def _who_attacked(main: str, lemma: str, tag: str) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn, who attacked Mordor, <main> king." """
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 6),
        (",", ",", "PUNCT", "punct", 0),
        ("who", "who", "PRON", "nsubj", 3),
        ("attacked", "attack", "VERB", "relcl", 0),
        ("Mordor", "Mordor", "PROPN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 0),
        (main, lemma, "AUX", "ROOT", 6),
        ("king", "king", "NOUN", "attr", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    return rows, {2: "WP", 3: PAST, 6: tag}


def test_a_past_relative_clause_in_a_present_statement_is_background(coder: Coder) -> None:
    rows, tags = _who_attacked("is", "be", PRESENT)
    [event] = code(coder, rows, tags=tags)
    assert event.event_type == "ASSAULT" and event.modality == "historical"
    # "This is the king who attacked Mordor" presents the news, it does not tell background
    rows = [
        ("This", "this", "PRON", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("Aragorn", "Aragorn", "PROPN", "attr", 1),
        ("who", "who", "PRON", "nsubj", 4),
        ("attacked", "attack", "VERB", "relcl", 2),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: PRESENT, 3: "WP", 4: PAST})
    assert events and all(e.modality == "asserted" for e in events)
    # told in the past like its main clause, the relative clause is part of the story
    rows, tags = _who_attacked("became", "become", PAST)
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "asserted"


def _rejected(adverbial: list[tuple]) -> list[tuple]:
    """ "Arnor rejected Gondor's plan <adverbial>." (adverbial heads point at 1)"""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("plan", "plan", "NOUN", "dobj", 1),
        *adverbial,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_told_as_previous_or_in_the_past_is_background(coder: Coder) -> None:
    previously = [("previously", "previously", "ADV", "advmod", 1)]
    past = [("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 7),
            ("past", "past", "NOUN", "pobj", 5)]  # fmt: skip
    meeting = [("at", "at", "ADP", "prep", 1), ("a", "a", "DET", "det", 8),
               ("previous", "previous", "ADJ", "amod", 8),
               ("meeting", "meeting", "NOUN", "pobj", 5)]  # fmt: skip
    for adverbial in (previously, past, meeting):
        [event] = code(coder, _rejected(adverbial), tags={1: PAST})
        assert event.event_type == "REJECT" and event.modality == "historical", adverbial
    now = [("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 5)]
    [event] = code(coder, _rejected(now), tags={1: PAST})
    assert event.modality == "asserted"


def test_travel_for_talks_is_one_fact(coder: Coder) -> None:
    # "Gondor travelled to Arnor for talks with Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("travelled", "travel", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        ("for", "for", "ADP", "prep", 1),
        ("talks", "talk", "NOUN", "pobj", 4),
        ("with", "with", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert event.trigger.text.startswith("travelled") and dyad(event) == ("GND", "CONSULT", "ARN")


def _attacked(attacker: list[tuple]) -> list[tuple]:
    """ "<attacker> attacked the Arnorian embassy." """
    n = len(attacker)
    return [
        *attacker,
        ("attacked", "attack", "VERB", "ROOT", n),
        ("the", "the", "DET", "det", n + 3),
        ("Arnorian", "Arnorian", "ADJ", "amod", n + 3),
        ("embassy", "embassy", "NOUN", "dobj", n),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_an_attack_by_civilians_is_no_military_force(coder: Coder) -> None:
    framing = Framing(modality="asserted", cue="", entry=coder.ontology.cameo("190"))
    man = ActorMention(text="a man", start=0, end=5, country="GND", sector="CVL", rule="agent")
    hackers = replace(man, text="hackers", sector="CRM")
    violence = civil_violence(coder, framing, (man, hackers))
    assert violence.entry.code == "180" and violence.entry.event_type == "ASSAULT"
    assert "military" not in violence.entry.context and violence.composed == "civil"
    # a people named as a whole ("the Gondorians attacked") stands for its state at war, and
    # soldiers are armed forces whatever the people
    people = replace(man, text="the Gondorians", rule="demonym")
    soldiers = replace(man, text="soldiers", sector="MIL")
    for actor in ((people,), (man, soldiers)):
        assert civil_violence(coder, framing, actor).entry.code == "190"
    # in a sentence: Gondorian troops attacking keep the military code
    troops = [("Gondorian", "Gondorian", "ADJ", "amod", 1),
              ("troops", "troop", "NOUN", "nsubj", 2)]  # fmt: skip
    [event] = code(coder, _attacked(troops))
    assert event.cameo == "190" and "military" in event.context


def _protests(verb: str, lemma: str) -> list[tuple]:
    """ "Orcs <verb> protests against Gondor." """
    return [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("protests", "protest", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_protests_planned_are_not_held(coder: Coder) -> None:
    [planned] = code(coder, _protests("planned", "plan"))
    assert dyad(planned) == ("MDR", "PROTEST", "GND") and planned.modality == "hypothetical"
    [staged] = code(coder, _protests("staged", "stage"))
    assert staged.modality == "asserted"


def _talk(noun: str, lemma: str, partner: list[tuple]) -> list[tuple]:
    """ "Gondor's <noun> <partner> angered Mordor." """
    n = len(partner)
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        (noun, lemma, "NOUN", "nsubj", 3 + n),
        *partner,
        ("angered", "anger", "VERB", "ROOT", 3 + n),
        ("Mordor", "Mordor", "PROPN", "dobj", 3 + n),
        (".", ".", "PUNCT", "punct", 3 + n),
    ]


def test_talk_in_the_singular_without_a_partner_is_no_consultation(coder: Coder) -> None:
    consult = [e for e in code(coder, _talk("talk", "talk", [])) if e.event_type == "CONSULT"]
    assert consult == []
    partner = [("with", "with", "ADP", "prep", 2), ("Arnor", "Arnor", "PROPN", "pobj", 3)]
    talks = [e for e in code(coder, _talk("talks", "talk", partner)) if e.event_type == "CONSULT"]
    assert [dyad(e) for e in talks] == [("GND", "CONSULT", "ARN")]


def test_what_happened_at_a_previous_meeting_is_background(coder: Coder) -> None:
    # "Gondor recalled a previous meeting in Bree, at which Arnor rejected Mordor's plan."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("recalled", "recall", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        ("previous", "previous", "ADJ", "amod", 4),
        ("meeting", "meeting", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 4),
        ("Bree", "Bree", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 6),
        ("at", "at", "ADP", "prep", 11),
        ("which", "which", "PRON", "pobj", 8),
        ("Arnor", "Arnor", "PROPN", "nsubj", 11),
        ("rejected", "reject", "VERB", "relcl", 6),
        ("Mordor", "Mordor", "PROPN", "poss", 14),
        ("'s", "'s", "PART", "case", 12),
        ("plan", "plan", "NOUN", "dobj", 11),
        (".", ".", "PUNCT", "punct", 1),
    ]
    rejections = [e for e in code(coder, rows, tags={1: PAST, 9: "WDT", 11: PAST})
                  if e.event_type == "REJECT"]  # fmt: skip
    assert rejections and all(e.modality == "historical" for e in rejections)


def test_recognizing_a_fact_is_no_recognition_of_a_party(coder: Coder) -> None:
    # "Gondor recognizes that Arnor is strong." / "Gondor recognized Arnor."
    fact = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("recognizes", "recognize", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("is", "be", "AUX", "ccomp", 1),
        ("strong", "strong", "ADJ", "acomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e for e in code(coder, fact) if e.event_type == "SUPPORT"] == []
    party = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("recognized", "recognize", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, party)
    assert dyad(event) == ("GND", "SUPPORT", "ARN")


def test_demonstrate_with_an_object_shows_and_alone_protests(coder: Coder) -> None:
    # "This was demonstrated by Orcs." / "Orcs demonstrated against Gondor."
    shown = [
        ("This", "this", "PRON", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("demonstrated", "demonstrate", "VERB", "ROOT", 2),
        ("by", "by", "ADP", "agent", 2),
        ("Orcs", "Orcs", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert [e for e in code(coder, shown) if e.event_type == "PROTEST"] == []
    protest = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("demonstrated", "demonstrate", "VERB", "ROOT", 1),
        ("against", "against", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, protest)
    assert dyad(event) == ("MDR", "PROTEST", "GND")


def _two_sentences(rows: list[tuple], second: int) -> Doc:
    """A Doc of hand-built rows whose second sentence starts at token ``second``."""
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i in (0, second) for i in range(len(rows))],
    )


def test_a_view_that_is_no_event_still_names_its_speaker_for_later_sentences(
    coder: Coder,
) -> None:
    # "Gondorian minister Hurin agreed the treaty is dead. Hurin met Arnor."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("minister", "minister", "NOUN", "compound", 2),
        ("Hurin", "Hurin", "PROPN", "nsubj", 3),
        ("agreed", "agree", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("treaty", "treaty", "NOUN", "nsubj", 6),
        ("is", "be", "AUX", "ccomp", 3),
        ("dead", "dead", "ADJ", "acomp", 6),
        (".", ".", "PUNCT", "punct", 3),
        ("Hurin", "Hurin", "PROPN", "nsubj", 10),
        ("met", "meet", "VERB", "ROOT", 10),
        ("Arnor", "Arnor", "PROPN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    doc = _two_sentences(rows, 9)
    article = Article(doc_id="t2", origin="test", text=doc.text, date=DATE)
    [meeting] = code_article(coder, article, doc)
    assert meeting.trigger.text == "met" and dyad(meeting) == ("GND", "CONSULT", "ARN")


def test_a_background_adverbial_dates_only_its_own_conjunct(coder: Coder) -> None:
    # "Mordor attacked Gondor in the past, and Orcs attacked Arnor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("past", "past", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("Orcs", "Orcs", "PROPN", "nsubj", 9),
        ("attacked", "attack", "VERB", "conj", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = {e.trigger.start: e for e in code(coder, rows, tags={1: PAST, 9: PAST})}
    first, second = (events[k] for k in sorted(events))
    assert first.modality == "historical" and second.modality == "asserted"


def _hosted(guest: list[tuple]) -> list[tuple]:
    """ "Gondor hosted <guest>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("hosted", "host", "VERB", "ROOT", 1),
        *guest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_hosting_an_occasion_is_no_visit(coder: Coder) -> None:
    rally = [("a", "a", "DET", "det", 3), ("rally", "rally", "NOUN", "dobj", 1)]
    assert code(coder, _hosted(rally)) == ()
    summit = [("the", "the", "DET", "det", 3), ("summit", "summit", "NOUN", "dobj", 1)]
    [event] = code(coder, _hosted(summit))
    assert event.event_type == "CONSULT"
    [visit] = code(coder, _hosted([("Arnor", "Arnor", "PROPN", "dobj", 1)]))
    assert dyad(visit) == ("GND", "CONSULT", "ARN")


def test_agrees_in_the_present_with_nothing_agreed_is_a_view(coder: Coder) -> None:
    # "Gondor agrees." answers what was just said; "Gondor agreed." after a proposal accepts it
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("agrees", "agree", "VERB", "ROOT", 1),
            (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    assert not code(coder, rows, tags={1: "VBZ"})
    past = [rows[0], ("agreed", "agree", "VERB", "ROOT", 1), rows[2]]
    assert [e.event_type for e in code(coder, past, tags={1: "VBD"})] == ["AGREE"]
