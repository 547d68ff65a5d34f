"""Advertising markers, share and subscribe prompts, link lists and trailers around a story."""

from __future__ import annotations

import re

from detente.clean.lines import is_body_like, is_link_text

# Lines that are nothing but a page element: ad slots, buttons, furniture.
_MARKER = re.compile(
    r"(?i)\W*(?:advertisement|advertising|ad|sponsored(?: content)?|paid (?:content|post)"
    r"|supported by|presented by"
    r"|(?:story|article) continues (?:below|after)(?: this)? (?:advertisement|ad)"
    r"|continue reading(?: the main story| below)?|skip (?:to (?:main )?content|advertisement)"
    r"|scroll to continue with content|loading|share|share this(?: article| story)?"
    r"|share full article|share on (?:facebook|twitter|x|whatsapp|linkedin|email)|tweet|email"
    r"|e-mail|print|comments?|listen to (?:this )?article|[0-9]{1,2} min(?:ute)?s? read"
    r"|image|photo|video|gallery|all rights reserved|back to top|top of page|close|menu)\W*"
)
# Prompts addressed to the reader; a news sentence never starts like this.
_PROMPT = re.compile(
    r"(?i)\W*(?:share this|subscribe\b|sign up\b|follow us\b|follow \w+ on\b|click here\b"
    r"|tap here\b|get the latest\b|download (?:our|the) \w* ?app\b|like us on\b|want more\b"
    r"|to continue reading\b|already a subscriber\b|log in\b|you have [0-9]+ free"
    r"|read (?:the )?(?:full|original) (?:article|story)\b|join the conversation\b"
    r"|our standards\b|editor ?:"
    r"|copyright (?:©|\(c\)|[0-9]{4})|©|\(c\) [0-9]{4})"
)
_PROMPT_MAX = 200
_COOKIE = re.compile(
    r"(?i)\b(?:we use cookies|uses cookies|use of cookies|accept (?:all )?cookies"
    r"|cookie (?:policy|settings|preferences|consent|notice))\b"
)
# Cookie banners are a few sentences at most; a longer paragraph is article text about cookies.
_COOKIE_MAX = 500
# Reuters-style credits for the reporters, on their own line or at the end of the last one;
# the brackets or the "; Editing by" part tell them from a sentence about someone's reporting.
_CREDITS_LINE = re.compile(
    r"(?i)\((?:additional )?(?:reporting|writing|editing|compiled|edited) by\b.{0,300}\)"
    r"|(?:additional )?(?:reporting|writing) by\b[^;]{0,150}; .{0,250}"
)
# "Associated Press writer Lena Fisk in Kessa contributed to this report."
_CONTRIBUTED = re.compile(r"(?i).{0,150}\bcontributed (?:to )?(?:this )?report(?:ing)?\.?")
_CREDITS_TAIL = re.compile(
    r"(?i) ?\((?:additional )?(?:reporting|writing|editing) by\b[^()]{0,300}\)$"
)
_CREDITS_MAX = 400
# "Read more:" and "Related" introduce a list of links to other stories.
_LINKS = re.compile(
    r"(?i)\W*(?:read more|related|related (?:articles|stories|coverage|content|news|links|topics)"
    r"|more on this (?:story|topic)|see also|also read|read also|more from \w+(?: \w+)?"
    r"|you (?:may|might) also like|recommended(?: for you| stories)?|what to read next"
    r"|read next)\W*"
)
_INLINE_LINK = re.compile(
    r"(?i)\W*(?:read more|related|also read|read also|see also|more|watch) ?: .+"
)
# How many link lines may follow a "Read more" marker.
_LINKS_MAX = 10
# After the story, these headings start lists of other stories; everything below them goes.
_TRAILER = re.compile(
    r"(?i)\W*(?:latest headlines|latest news|most read|most popular|most viewed|trending"
    r"|trending (?:now|stories|news)|top stories|more stories|more headlines"
    r"|popular (?:now|stories)"
    r"|editor'?s picks|around the web|from our partners|sponsored stories|you may have missed)\W*"
)
# Markers and link headings are short; longer lines are left for the other rules.
_SHORT = 80


def remove_boilerplate(lines: list[str]) -> list[str]:
    """Drop page furniture; cut the page at the first trailer heading after the story."""
    kept: list[str] = []
    seen_body = False
    links_left = 0
    for line in lines:
        if not line:
            kept.append(line)
            continue
        if links_left:
            links_left -= 1
            if is_link_text(line):
                continue
            links_left = 0
        if len(line) <= _SHORT and _TRAILER.fullmatch(line):
            if seen_body:
                break
            links_left = _LINKS_MAX  # before the story it heads a list of links, as "Related" does
            continue
        if len(line) <= _SHORT and _LINKS.fullmatch(line):
            links_left = _LINKS_MAX
            continue
        if is_boilerplate(line):
            continue
        line = _strip_credits_tail(line)
        seen_body = seen_body or is_body_like(line)
        kept.append(line)
    return kept


def is_boilerplate(line: str) -> bool:
    """Tell whether a whole line is an ad marker, a prompt, a cookie notice or a credit."""
    if len(line) <= _SHORT and _MARKER.fullmatch(line):
        return True
    if len(line) <= _PROMPT_MAX and (_PROMPT.match(line) or _INLINE_LINK.fullmatch(line)):
        return True
    if len(line) <= _CREDITS_MAX and (
        ((line[0] == "(" or ";" in line) and _CREDITS_LINE.fullmatch(line))
        or ("ontributed" in line and _CONTRIBUTED.fullmatch(line))
    ):
        return True
    return len(line) <= _COOKIE_MAX and "ookie" in line and _COOKIE.search(line) is not None


def _strip_credits_tail(line: str) -> str:
    if not line.endswith(")"):
        return line
    tail_start = max(0, len(line) - _CREDITS_MAX)
    match = _CREDITS_TAIL.search(line, tail_start)
    return line[: match.start()].rstrip() if match else line
