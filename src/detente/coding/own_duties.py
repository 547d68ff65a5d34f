"""Relevance of a duty a state's own officials state for it: its aim, no demand.

"Arnor must go from an economy of war to an economy of peace", said by Arnor's leader, is coded
from the modal as a demand (coding/modal_acts.py) of the speaker on Arnor. A state's officials
stating what their own state must do set out its aim; they ask nothing of another party. Kept
with the reason "own-duty" when every party told to act is the speaker's own state named as
itself (relevance.yaml's `own_state_rules`); "the county must pay", said by the mayor, names
another body and stays.
"""

from __future__ import annotations

from detente.lexicons.relevance import RelevanceLexicon
from detente.records import Event

__all__ = ["own_duty"]

REASON = "own-duty"
# The pattern of a duty stated with a modal ("must", "should"), from coding/modal_acts.py.
DUTY_PATTERN = "obligation"


def own_duty(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason a duty stated by a state's officials for that state is no demand (None: it
    may be one)."""
    rules = lexicon.source.own_state_rules
    if not rules or not event.pattern_id.startswith(DUTY_PATTERN) or not event.recipient:
        return None
    own = {m.country for m in event.actor if m.country}
    political = lexicon.source.political_sectors
    if not own or any(m.sector not in political for m in event.actor):
        return None  # a people's or a firm's view of their country is left to the other signals
    for told in event.recipient:
        if told.country not in own or told.sector is not None or told.rule not in rules:
            return None
    return REASON
