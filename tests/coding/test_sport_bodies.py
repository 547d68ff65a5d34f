"""A party named with the name of a sport or a sports body runs sport, whatever sector its head
noun gave it (coding/sport_parties.py `sport_body`, relevance.yaml `sport_body_words`, senses14).
Made-up world; the same officials of a ministry stay political. In a sports story "the ICC" is
cricket's council, and an agentless charge of a sport's offence its body's (senses17)."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "Officials from Football Gondor attended a training session in Osgiliath. "
    "Officials from the Gondorian ministry attended a training session in Osgiliath. "
    "Officials from Football Gondor met the king of Arnor."
)


def _decide(lexicon, sentence_no: int, actor: ActorMention, *recipient: ActorMention):
    sentence = [s.strip() + "." for s in STORY.split(".") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence, "CONSULT", "040", actor, recipient,
                              goldstein=1.0, quad_class=1)  # fmt: skip


def test_officials_of_a_sports_body_are_no_political_party(lexicon) -> None:
    officials = _party("Officials from Football Gondor", "GND", "GOV")
    assert _decide(lexicon, 0, officials) == (False, "sport-party")


def test_officials_of_a_ministry_stay_political(lexicon) -> None:
    officials = _party("Officials from the Gondorian ministry", "GND", "GOV")
    assert _decide(lexicon, 1, officials) == (True, None)


def test_a_sports_body_meeting_a_king_stays_political(lexicon) -> None:
    officials = _party("Officials from Football Gondor", "GND", "GOV")
    king = _party("the king of Arnor", "ARN", "GOV", "person-role")
    assert _decide(lexicon, 2, officials, king) == (True, None)


GAME = (
    "Gondor beat Arnor 2-1 in the football final at the stadium. The striker scored twice and "
    "the goalkeeper saved a penalty kick before the fans. The federation's officials met the "
    "referees after the match."
)
POLITICS = (
    "Parliament voted on Tuesday to approve the budget. The opposition party accused the "
    "minister of lying. The federation's officials met the referees after the vote."
)


def _met(lexicon, story: str, sentence: str):
    officials = _party("The federation's officials", "GND", "GOV")
    return relevance_in_story(lexicon, story, sentence, "CONSULT", "040", officials,
                              goldstein=1.0, quad_class=1, trigger="met")  # fmt: skip


def test_a_federation_in_a_sports_story_runs_the_sport(lexicon) -> None:
    sentence = "The federation's officials met the referees after the match."
    assert _met(lexicon, GAME, sentence)[0] is False
    # the same officials in a story about politics keep their sector
    sentence = "The federation's officials met the referees after the vote."
    assert _met(lexicon, POLITICS, sentence) == (True, None)


CRICKET = (
    "Gondor's batsmen recovered on the third day of the Test match in Osgiliath, where the "
    "bowlers struggled and the umpires stopped play for rain. The ICC charged Gondor's captain "
    "with changing the condition of the ball."
)
COURT = (
    "Parliament voted on Tuesday to approve the budget. The opposition party accused the "
    "minister of lying. The ICC charged Gondor's captain with war crimes."
)


def _charged(lexicon, story: str, sentence: str):
    icc = _party("The ICC", "IGO", "JUD", "org")
    captain = _party("Gondor's captain", "GND", "MIL")
    return relevance_in_story(lexicon, story, sentence, "ACCUSE", "115", icc, (captain,),
                              trigger="charged")  # fmt: skip


def test_the_icc_in_a_cricket_story_is_the_cricket_council(lexicon) -> None:
    sentence = "The ICC charged Gondor's captain with changing the condition of the ball."
    assert _charged(lexicon, CRICKET, sentence)[0] is False
    # in a story about politics the ICC is the criminal court
    sentence = "The ICC charged Gondor's captain with war crimes."
    assert _charged(lexicon, COURT, sentence) == (True, None)


def _charged_by_no_one(lexicon, sentence: str):
    implied = _party("charged", "GND", "JUD", "implied")
    bowler = _party("Beregond", "GND", "CVL", "domestic")
    return relevance_in_story(lexicon, CRICKET_CHARGES, sentence, "ACCUSE", "115", implied,
                              (bowler,), trigger="charged")  # fmt: skip


CRICKET_CHARGES = (
    "Gondor's batsmen recovered on the third day of the Test match in Osgiliath, where the "
    "bowlers struggled and the umpires stopped play for rain. Beregond was charged with dissent "
    "after he argued with an official. Beregond was charged with assault after a fight in Bree."
)


def test_a_charge_of_dissent_in_a_sports_story_is_the_sports_body(lexicon) -> None:
    sentence = "Beregond was charged with dissent after he argued with an official."
    assert _charged_by_no_one(lexicon, sentence)[0] is False


def test_a_charge_of_assault_in_a_sports_story_stays_the_authorities(lexicon) -> None:
    sentence = "Beregond was charged with assault after a fight in Bree."
    assert _charged_by_no_one(lexicon, sentence) == (True, None)
