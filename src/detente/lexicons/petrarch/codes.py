"""CAMEO actor codes ("AFGGOV", "IGOUNOKID", "NGOUSAHRI") translated to country, sector and org."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# CAMEO roles as PLOVER sectors (PLOVER manual, "Sector Codes" and its notes): CAMEO's MED
# (media) is PLOVER's JRN and CAMEO's HLH (health) is PLOVER's MED; the insurgent and separatist
# roles fold into REB; religions are REL; rights, environment and development bodies are civil
# society (SOC). Roles not listed (RAD, MOD, IMY …) carry no sector.
ROLE_SECTORS: Mapping[str, str] = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "REB": "REB",
    "INS": "REB", "SEP": "REB", "OPP": "OPP", "PTY": "PTY", "SPY": "SPY", "UAF": "UAF",
    "CVL": "CVL", "PPL": "CVL", "BUS": "BUS", "MED": "JRN", "HLH": "MED", "REF": "REF",
    "ELI": "ELI", "AGR": "AGR", "EDU": "EDU", "LAB": "LAB", "CRM": "CRM", "REL": "REL",
    "CHR": "REL", "CTH": "REL", "PRO": "REL", "ORT": "REL", "MUS": "REL", "SUN": "REL",
    "SHI": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "SIK": "REL", "TAO": "REL",
    "JAN": "REL", "HRI": "SOC", "ENV": "SOC", "DEV": "SOC", "NGM": "SOC",
}
RELIGIONS = frozenset({"CHR", "CTH", "PRO", "ORT", "MUS", "SUN", "SHI", "JEW", "BUD", "HIN",
                       "SIK", "TAO", "JAN"})
# Non-state country fields (PLOVER's table of international non-state actors).
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})
# What a non-state actor is when its code names no role: a corporation is business, a
# transnational militarised group is an armed group.
NON_STATE_SECTORS: Mapping[str, str] = {"MNC": "BUS", "IMG": "REB"}
# CAMEO country codes that are not (or no longer) ISO 3166 codes, as the state that continues
# them: East Germany, the USSR and the Yugoslav federations by their successors, CAMEO's own codes
# for Kosovo, Romania and East Timor by ISO/PLOVER's.
OLD_COUNTRIES: Mapping[str, str] = {
    "DDR": "DEU", "USR": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "CSK": "CZE",
    "KSV": "XKX", "KOS": "XKX", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD",
}
# CAMEO organisation codes spelt as our organisation files spell them.
ORGS: Mapping[str, str] = {"NAT": "NATO", "EEC": "EUR"}


@dataclass(frozen=True, slots=True, kw_only=True)
class OurCode:
    """A CAMEO code in our terms; country None when the code names no state or known body."""

    country: str | None
    sector: str | None = None
    org: str | None = None


def translate(code: str, countries: Mapping[str, str]) -> OurCode:
    """Our country, sector and organisation for a CAMEO actor code.

    ``countries`` maps every country code we know to the code written on events (a dependency's
    parent). Region codes (MEA, WAF …) and unknown codes give country None.
    """
    letters = re.sub(r"[^A-Z]", "", code.upper())
    chunks = [letters[i : i + 3] for i in range(0, len(letters) - len(letters) % 3, 3)]
    if not chunks:
        return OurCode(country=None)
    first, rest = chunks[0], chunks[1:]
    org = None
    if first in NON_STATE:
        country: str | None = first
        named = [c for c in rest if c not in ROLE_SECTORS and _country(c, countries) is None]
        org = ORGS.get(named[0], named[0]) if named else None
    elif first in ROLE_SECTORS:  # a role with no country ("[ELI]")
        country, rest = None, chunks
    else:
        country = _country(first, countries)
    # A religion is CAMEO's modifier of a role ("IMGMUSREB": Islamist rebels): the role leads.
    roles = [c for c in rest if c in ROLE_SECTORS]
    sector = next((ROLE_SECTORS[c] for c in roles if c not in RELIGIONS),
                  "REL" if roles else None)
    if (sector is None or (sector == "REL" and country == "IMG")) and country is not None:
        sector = NON_STATE_SECTORS.get(country, sector)
    return OurCode(country=country, sector=sector, org=org)


def _country(chunk: str, countries: Mapping[str, str]) -> str | None:
    chunk = OLD_COUNTRIES.get(chunk, chunk)
    return countries.get(chunk)
