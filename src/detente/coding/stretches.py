"""Acts told over a long stretch of time up to the telling: "over the past three years,
protesters have been demanding …", "in recent years Gondor has backed the rebels", "have occupied
the town for two decades". A campaign or stance that runs for half a year or more before the
story is its background, not an act of the story's day (read by modality.py, beside the
standing stances of "has long accused"); one over "the past week" is the story's own news.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Half a year: the shortest stretch told as background, as for an act "after" an earlier event
# (coding/after_events.py LONG_BEFORE_DAYS); "over the past few weeks" is the story's news.
LONG_MONTHS = 6
# A plural unit with no count ("in recent years", "over the past months") stands for at least two.
PLURAL_COUNT = 2


def long_stretch(verb: Token) -> str | None:
    """The cue when a phrase of the verb tells it over half a year or more up to the telling
    ("over the past three years", "in recent years", "for two decades" on a perfect); None
    otherwise."""
    senses = english().senses
    perfect = _perfect(verb)
    if not (perfect or verb.tag_ == "VBD" or _past_aux(verb)):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        span = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if span is None:
            continue
        if prep.lower_ in senses.stretch_preps:  # "over the past three years"
            reaching = any(c.dep_ == "amod" and c.lower_ in senses.stretch_openers
                           for c in span.children)  # fmt: skip
        else:
            # "have occupied it for two decades"; "jailed him for two years" tells the length
            # of a sentence, not a stretch up to now
            reaching = prep.lower_ in senses.stretch_count_preps and perfect
        if reaching and _months(span) >= LONG_MONTHS:
            phrase = " ".join(t.lower_ for t in prep.subtree)
            return f"told over a long stretch up to now: {phrase!r} on {verb.text!r}"
    return None


def _months(span: Token) -> int:
    """How many months a stretch noun spans ("three years": 36, "recent years": 24, "the past
    week": 0); 0 for a noun that is no unit of time."""
    unit = english().senses.stretch_units.get(span.lemma_.lower())
    if unit is None:
        return 0
    numbers = english().words.number_words
    count = None
    for c in span.children:
        if c.dep_ != "nummod":
            continue
        if c.text.isdigit():
            count = int(c.text)
        elif c.lower_ in numbers:
            count = numbers[c.lower_]
    if count is None:
        count = PLURAL_COUNT if span.tag_ == "NNS" else 1
    return unit * count


def _perfect(verb: Token) -> bool:
    perfect = english().words.perfect_aux
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children)


def _past_aux(verb: Token) -> bool:
    """ "was arrested", "were protesting": a past told with an auxiliary."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
