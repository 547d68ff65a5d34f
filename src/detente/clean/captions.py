"""Photo captions and credits, which scrapers often print twice around the story."""

from __future__ import annotations

import re

_PHOTO_AGENCY = (
    r"(?:Getty Images|AFP|AP|Reuters|REUTERS|UPI|EPA(?:-EFE)?|Xinhua|XINHUA|Yonhap|KCNA"
    r"|Sipa|Shutterstock|Pool|POOL|Sputnik|TASS)"
)
# Agencies that put their own name before the photographer's: "REUTERS/Kim", "Xinhua/Wen".
_AGENCY_FIRST = r"(?:REUTERS|Reuters|AFP|AP|UPI|Xinhua|XINHUA|EPA|KCNA|Yonhap)"
# The lookbehind starts a name only at a word start, which keeps the search linear.
_NAME = r"(?<![\w'’.-])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}"
_CREDIT = re.compile(
    r"(?:"
    # "File Photo by Stephen Shaver/UPI", "Photo courtesy of the ministry", "Image by KCNA."
    r"\b(?:(?:File|UPI|AP|AFP|Reuters|EPA) )?(?:Photo(?:graph)?|Image|Picture)s? "
    r"(?:by|courtesy(?: of)?) [^()\[\]|]{1,100}?\.?"
    # "(Photo: Reuters)", "Photograph: Ed Jones/AFP via Getty Images"
    r"|\(?\b(?:Photo(?:graph)?|Image|Picture)s?(?: credit)? ?: [^()\[\]|]{1,100}?\)?"
    # "Stephen Shaver/UPI", "Ed Jones/AFP via Getty Images"
    rf"|\(?\b{_NAME} ?/ ?{_PHOTO_AGENCY}(?: via Getty Images)?(?:/File(?: Photo)?)?\)?"
    # "(REUTERS/Kim Kyung-Hoon/File Photo)", "(AP Photo/Evan Vucci, File)", "(Xinhua/Wen Hao)"
    rf"|\(?\b{_AGENCY_FIRST}(?: Photo)? ?/ ?{_NAME}(?:, File|/File(?: Photo)?)?\)?"
    r"|\(?(?<![\w.-])(?:[\w.-]+ )?(?:via )?Getty Images\)?"
    r"|\bCredits?: [^()\[\]|]{1,100}?"
    r")"
    r"(?: ?\| ?License Photo)?$"
    r"|\| ?License Photo$"
)
# Credits sit at the end of a line; searching only its tail keeps huge lines cheap.
_TAIL = 240
# Every credit contains one of these; this literal search is fast, the full pattern is not.
_CREDIT_HINT = re.compile(
    rf"Photo|Image|Picture|Getty|Credit|License|/ ?{_PHOTO_AGENCY}"
    rf"|{_AGENCY_FIRST} ?/"
)
# Captions are a few sentences; a longer line that ends in a credit is still article text.
_CAPTION_MAX = 1000


def split_credit(line: str) -> tuple[str, str] | None:
    """Split a captioned line into (caption, credit); None when the line carries no credit."""
    if len(line) > _CAPTION_MAX:
        return None
    tail_start = max(0, len(line) - _TAIL)
    if _CREDIT_HINT.search(line, tail_start) is None:
        return None
    match = _CREDIT.search(line, tail_start)
    if match is None:
        return None
    return line[: match.start()].strip(" |-–—"), match.group(0)


def remove_captions(lines: list[str]) -> list[str]:
    """Drop photo captions with credits, credit-only lines and uncredited copies of captions."""
    captions: set[str] = set()
    credited: set[int] = set()
    for index, line in enumerate(lines):
        split = split_credit(line) if line else None
        if split is not None:
            credited.add(index)
            if split[0]:
                captions.add(split[0])
    if not credited:
        return lines
    return [
        line
        for index, line in enumerate(lines)
        if index not in credited and (not line or line not in captions)
    ]
