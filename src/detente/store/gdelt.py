"""The GDELT 2.0 event-table layout: 61 tab-separated columns, each an SQL expression over events.

docs/export.md explains the mapping; a test checks that it names every column listed here.
Columns we have no data for are NULL, which the export writes as an empty field.
"""

from __future__ import annotations

_EMPTY = "NULL"
_ORGANISATION_KINDS = "('IGO', 'NGO', 'MNC')"


def _clean(expression: str) -> str:
    # GDELT files are unquoted TSV: a tab or line break inside a value would shift the columns.
    return f"regexp_replace({expression}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor(prefix: str, side: str) -> list[tuple[str, str]]:
    """Actor1*/Actor2* columns from the first member of a party (GDELT has one code per side)."""
    code = (
        f"nullif(concat(coalesce({side}_country, ''), coalesce({side}_org, ''),"
        f" coalesce({side}_sector, '')), '')"
    )
    return [
        (f"{prefix}Code", code),
        (f"{prefix}Name", _clean(f"upper({side}_name)")),
        (
            f"{prefix}CountryCode",
            f"CASE WHEN {side}_country IN {_ORGANISATION_KINDS} THEN NULL ELSE {side}_country END",
        ),
        (f"{prefix}KnownGroupCode", f"{side}_org"),
        (f"{prefix}EthnicCode", _EMPTY),
        (f"{prefix}Religion1Code", _EMPTY),
        (f"{prefix}Religion2Code", _EMPTY),
        (f"{prefix}Type1Code", f"{side}_sector"),
        (f"{prefix}Type2Code", f"{side}_other_sectors[1]"),
        (f"{prefix}Type3Code", f"{side}_other_sectors[2]"),
    ]


def _geo(prefix: str, placed: bool) -> list[tuple[str, str]]:
    """Actor1Geo/Actor2Geo (empty: we place events, not actors) and ActionGeo columns."""
    names = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    if not placed:
        return [(f"{prefix}_{name}", _EMPTY) for name in names]
    geo_type = (
        "CASE location_precision WHEN 'country' THEN 1"
        " WHEN 'admin1' THEN CASE WHEN location_country = 'USA' THEN 2 ELSE 5 END"
        " WHEN 'city' THEN CASE WHEN location_country = 'USA' THEN 3 ELSE 4 END END"
    )
    full_name = _clean(
        "nullif(concat_ws(', ', location_name, location_admin1, location_country), '')"
    )
    values = (
        geo_type,
        full_name,
        "location_country",
        "location_admin1",
        _EMPTY,
        "location_lat",
        "location_lon",
        "location_geonames_id",
    )
    return [(f"{prefix}_{name}", value) for name, value in zip(names, values, strict=True)]


# (GDELT column, SQL expression over the events table), in the GDELT 2.0 order.
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    # A GDELT id is an integer: the first 15 hex digits (60 bits) of our event id.
    ("GLOBALEVENTID", "('0x' || substr(event_id, 1, 15))::BIGINT"),
    ("SQLDATE", "strftime(date, '%Y%m%d')"),
    ("MonthYear", "strftime(date, '%Y%m')"),
    ("Year", "year(date)"),
    ("FractionDate", "round(year(date) + (dayofyear(date) - 1) / 365.0, 4)"),
    *_actor("Actor1", "actor"),
    *_actor("Actor2", "recipient"),
    # Reported in one of an article's first three sentences (GDELT: its lead paragraph).
    ("IsRootEvent", "CASE WHEN first_sentence_index <= 2 THEN 1 ELSE 0 END"),
    ("EventCode", "cameo"),
    ("EventBaseCode", "left(cameo, 3)"),
    ("EventRootCode", "left(cameo, 2)"),
    ("QuadClass", "quad_class"),
    ("GoldsteinScale", "goldstein"),
    ("NumMentions", "num_mentions"),
    ("NumSources", "num_sources"),
    ("NumArticles", "num_articles"),
    ("AvgTone", _EMPTY),
    *_geo("Actor1Geo", placed=False),
    *_geo("Actor2Geo", placed=False),
    *_geo("ActionGeo", placed=True),
    ("DATEADDED", _EMPTY),
    ("SOURCEURL", _clean("source_url")),
)

GDELT_NAMES: tuple[str, ...] = tuple(name for name, _ in GDELT_COLUMNS)


def gdelt_select(events_sql: str) -> str:
    """SELECT the 61 GDELT columns from the rows of an events query."""
    columns = ",\n  ".join(f'{expr} AS "{name}"' for name, expr in GDELT_COLUMNS)
    return f"SELECT\n  {columns}\nFROM ({events_sql})"
