"""Regions written after a town's name ("Paris, Texas", "London, Ky.") that say which town it is."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Candidate, Gazetteer

# US states (postal code = admin1 code), with their AP-style and postal abbreviations, then
# Canada's provinces and territories (GeoNames admin1 codes). Facts, written out here.
US_STATES = (
    ("AL", "Alabama", "Ala."), ("AK", "Alaska", ""), ("AZ", "Arizona", "Ariz."),
    ("AR", "Arkansas", "Ark."), ("CA", "California", "Calif. Cal."), ("CO", "Colorado", "Colo."),
    ("CT", "Connecticut", "Conn."), ("DE", "Delaware", "Del."),
    ("DC", "District of Columbia", "D.C."),
    ("FL", "Florida", "Fla."), ("GA", "Georgia", "Ga."), ("HI", "Hawaii", ""), ("ID", "Idaho", ""),
    ("IL", "Illinois", "Ill."), ("IN", "Indiana", "Ind."), ("IA", "Iowa", ""),
    ("KS", "Kansas", "Kan. Kans."), ("KY", "Kentucky", "Ky."), ("LA", "Louisiana", "La."),
    ("ME", "Maine", ""), ("MD", "Maryland", "Md."), ("MA", "Massachusetts", "Mass."),
    ("MI", "Michigan", "Mich."), ("MN", "Minnesota", "Minn."), ("MS", "Mississippi", "Miss."),
    ("MO", "Missouri", "Mo."), ("MT", "Montana", "Mont."), ("NE", "Nebraska", "Neb. Nebr."),
    ("NV", "Nevada", "Nev."), ("NH", "New Hampshire", "N.H."), ("NJ", "New Jersey", "N.J."),
    ("NM", "New Mexico", "N.M."), ("NY", "New York", "N.Y."), ("NC", "North Carolina", "N.C."),
    ("ND", "North Dakota", "N.D."), ("OH", "Ohio", ""), ("OK", "Oklahoma", "Okla."),
    ("OR", "Oregon", "Ore."), ("PA", "Pennsylvania", "Pa. Penn."), ("RI", "Rhode Island", "R.I."),
    ("SC", "South Carolina", "S.C."), ("SD", "South Dakota", "S.D."), ("TN", "Tennessee", "Tenn."),
    ("TX", "Texas", "Tex."), ("UT", "Utah", ""), ("VT", "Vermont", "Vt."),
    ("VA", "Virginia", "Va."), ("WA", "Washington", "Wash."), ("WV", "West Virginia", "W.Va."),
    ("WI", "Wisconsin", "Wis. Wisc."), ("WY", "Wyoming", "Wyo."),
)
CANADA = (
    ("01", "Alberta|Alta.|AB"), ("02", "British Columbia|B.C.|BC"), ("03", "Manitoba|Man.|MB"),
    ("04", "New Brunswick|N.B.|NB"), ("05", "Newfoundland and Labrador|Newfoundland|Nfld.|N.L.|NL"),
    ("07", "Nova Scotia|N.S.|NS"), ("08", "Ontario|Ont.|ON"),
    ("09", "Prince Edward Island|P.E.I.|PE"),
    ("10", "Quebec|Québec|Que.|QC"), ("11", "Saskatchewan|Sask.|SK"), ("12", "Yukon|YT"),
    ("13", "Northwest Territories|N.W.T.|NT"), ("14", "Nunavut|NU"),
)
# Words that close a list of places ("Paris, Washington and Moscow").
LIST_WORDS = frozenset({"and", "or", "&"})
# Longest region written after a comma, in tokens ("Newfoundland and Labrador").
MAX_TOKENS = 3


@dataclass(frozen=True, slots=True)
class Region:
    """A first-level division a town's name may be qualified with."""

    country: str  # ISO3
    admin1: str
    name: str  # what the gazetteer calls it (Canada's provinces: the country)


def _form(text: str) -> str:
    """ "W. Va." and "W.Va", "Ky." and "Ky": spaces and a final dot do not matter."""
    return text.replace(" ", "").rstrip(".")


def _regions() -> dict[str, Region]:
    table: dict[str, Region] = {}
    for code, name, forms in US_STATES:
        for form in (code, name, *forms.split()):
            table[_form(form)] = Region("USA", code, name)
    for code, forms in CANADA:
        for form in forms.split("|"):
            table[_form(form)] = Region("CAN", code, "Canada")
    return table


REGIONS = _regions()


def region_after(doc: Doc, name: Span) -> tuple[Region, str] | None:
    """The region written after the name and a comma ("Lebanon, Mo."), and how it is written."""
    comma = name.end
    if comma >= len(doc) - 1 or doc[comma].text != ",":
        return None
    for size in range(MAX_TOKENS, 0, -1):
        end = comma + 1 + size
        if end > len(doc):
            continue
        words = doc[comma + 1 : end]
        if not words[0].text[:1].isupper() or any(t.is_punct and t.text != "." for t in words):
            continue
        region = REGIONS.get(_form(words.text))
        if region is not None and not _listed(doc, end, region, words.text):
            return region, words.text
    return None


def _listed(doc: Doc, end: int, region: Region, written: str) -> bool:
    """ "Washington, New York and Boston": a state's full name followed by "and" closes a list
    of places rather than qualifying the first."""
    if _form(written) != _form(region.name) or end >= len(doc):
        return False
    return doc[end].lower_ in LIST_WORDS


def region_itself(gazetteer: Gazetteer, doc: Doc, name: Span) -> tuple[Candidate, ...] | None:
    """ "Lebanon, Mo.", "Athens, Georgia": the region after a town is that region, not a
    namesake (Mo, Norway; the country Georgia), when it can mean nothing else or the town
    lies in it ("Tbilisi, Georgia" stays the country)."""
    if name.start < 2 or doc[name.start - 1].text != "," or doc[name.start - 2].pos_ != "PROPN":
        return None
    region = REGIONS.get(_form(name.text)) if name.text[:1].isupper() else None
    if region is None:
        return None
    start = name.start - 2
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    town = gazetteer.lookup(doc[start : name.start - 1].text)
    if _only_the_region(gazetteer, region, name.text) or any(
        c.country == region.country and c.admin1 == region.admin1 for c in town
    ):
        return _region_places(gazetteer, region) or None
    return None


def region_named(text: str) -> tuple[Region, str] | None:
    """The region a dateline's second part names ("Ky.", "Texas"), and how it is written."""
    region = REGIONS.get(_form(text.strip())) if text.strip()[:1].isupper() else None
    return (region, text.strip()) if region is not None else None


def _only_the_region(gazetteer: Gazetteer, region: Region, written: str) -> bool:
    """ "Ky.", "Texas": the qualifier can mean nothing but the region. "Washington" and
    "Georgia" can (a list of capitals, a country), so they only pick among towns."""
    if _form(written) != _form(region.name):
        return True  # an abbreviation, or a province's name
    return all(c.precision == "admin1" and c.country == region.country
               for c in gazetteer.lookup(written))


def in_region(
    gazetteer: Gazetteer, candidates: tuple[Candidate, ...], qualifier: tuple[Region, str]
) -> tuple[Candidate, ...]:
    """The candidates that are towns inside the region; else the region itself when the
    qualifier can mean nothing else (a town too small for the gazetteer); else all of them."""
    region, written = qualifier
    inside = tuple(
        c for c in candidates
        if c.country == region.country and c.admin1 == region.admin1 and c.precision == "city"
    )
    if inside:
        return inside
    if _only_the_region(gazetteer, region, written):
        return _region_places(gazetteer, region) or candidates
    return candidates


def _region_places(gazetteer: Gazetteer, region: Region) -> tuple[Candidate, ...]:
    return tuple(c for c in gazetteer.lookup(region.name) if c.country == region.country)


# AP abbreviations that are also common words or titles ("Mass.", "Miss.", "Ind." for an
# independent, "Del." for a delegate, "La." and "Cal." in Spanish and names): left unread alone.
AMBIGUOUS_ABBREVIATIONS = frozenset({
    "Mass", "Miss", "Ind", "Del", "La", "Cal", "Penn", "Wash", "Mo", "Pa", "Me", "Ore",
})


def abbreviated_state(token: Token) -> Region | None:
    """ "(R-S.C.)", "the Tenn. Department of Safety": a dotted AP abbreviation of a US state
    names that state wherever it stands, being no word of its own."""
    text = token.text.split("-")[-1]  # "R-S.C." (a lawmaker's party and state)
    if not text.endswith(".") or not text[:1].isupper() or _form(text) in AMBIGUOUS_ABBREVIATIONS:
        return None
    region = REGIONS.get(_form(text))
    if region is None or region.country != "USA" or _form(text) == _form(region.name):
        return None
    return region if _form(text) != region.admin1 else None  # "IN.", "OR.": a word with a dot


def state_places(gazetteer: Gazetteer, region: Region) -> tuple[Candidate, ...]:
    """The state itself as the gazetteer holds it."""
    return tuple(c for c in _region_places(gazetteer, region) if c.precision == "admin1")
