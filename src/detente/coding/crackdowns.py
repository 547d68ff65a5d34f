"""A crackdown on offences is coercion, not violent repression of dissent.

"Security forces cracked down on protesters", "a crackdown on the Rohingya": CAMEO 175 (use
tactics of violent repression) is repression of people ("actively repress collective actions of
dissent by forcing subjugation through crowd control tactics, arrests"). "Efforts to crack down
on mortgage fraud", "police cracked down on drug gangs", "a crackdown on illegal mining" take
severe measures against offences (dictionary: crack down "take severe measures against someone
or something bad or illicit"): the PETRARCH verb dictionary codes CRACK DOWN as coercion (CAMEO
170, its SUPPRESS group), and PLOVER counts force against alleged criminals as repression only
when it is excessive or illegal. So a crackdown whose target names an offence or its offenders
(english.yaml ``offence_targets``, a target called ``offence_modifiers`` such as "illegal", or a
party of an offender sector) is coercion (170); any other target, or none, keeps repression.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["crackdown_target"]

# The verb pattern that reads "crack/clamp down on X" (verbs.yaml), possibly composed under a
# frame ("vowed to crack down": "frame.vow+coerce.crack-down").
CRACK_DOWN = "coerce.crack-down"
REPRESSION_CODE = "175"  # CAMEO 175: use tactics of violent repression
COERCION_CODE = "170"  # CAMEO 170: coerce, not otherwise specified (PETRARCH's CRACK DOWN)
# Labels of the words that name a target noun's kind ("*mortgage* fraud", "*illegal* mining",
# "*drug* gangs").
KIND_DEPS = frozenset({"amod", "compound", "nmod"})


def _offence(target: Token) -> bool:
    """Whether the target noun names an offence or offenders ("fraud", "drug gangs", "illegal
    mining"), by itself or by a word of its kind."""
    senses = english().senses
    if target.lemma_.lower() in senses.offence_targets:
        return True
    kinds = [c for c in target.children if c.dep_ in KIND_DEPS]
    return any(k.lemma_.lower() in senses.offence_modifiers for k in kinds) or any(
        k.dep_ == "compound" and k.lemma_.lower() in senses.offence_targets for k in kinds
    )


def crackdown_target(
    coder: Coder, match: Match, framing: Framing, recipient: tuple[ActorMention, ...]
) -> Framing:
    """The framing with a crackdown on offences coded as coercion, not violent repression."""
    if framing.entry.code != REPRESSION_CODE or CRACK_DOWN not in match.pattern_id.split("+"):
        return framing
    target = match.recipient
    offenders = bool(recipient) and all(
        m.sector in english().senses.offender_sectors for m in recipient
    )
    if not offenders and (target is None or not _offence(target)):
        return framing
    return replace(framing, entry=coder.ontology.cameo(COERCION_CODE))
