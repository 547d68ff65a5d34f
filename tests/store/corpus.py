"""A small news feed about real countries (the actor lexicon must know them), written as JSONL."""

from __future__ import annotations

import json
from pathlib import Path

STORIES = (
    "Chinese Foreign Minister Wang Yi met North Korean leader Kim Jong Un in Pyongyang on Tuesday. "
    "The two sides discussed trade across the Yalu river and the situation on the peninsula.",
    "Russia accused Ukraine of shelling a border village on Monday. Moscow said two civilians "
    "were wounded and demanded an investigation by international monitors.",
    "Japan and South Korea agreed to resume security talks suspended since last year. Officials "
    "in Tokyo said the first meeting would take place in Seoul next month.",
    "France condemned the missile launch by North Korea and called for new sanctions. The "
    "foreign ministry in Paris said the test violated several resolutions.",
    "The United States imposed sanctions on Iran over its nuclear programme. Washington said the "
    "measures target companies that supply the enrichment sites.",
    "Germany pledged humanitarian aid to Syria after the earthquake. Berlin will send tents, "
    "blankets and medical supplies, the government said.",
    "Turkey hosted Azerbaijan's president for talks on energy cooperation. Ankara and Baku "
    "signed an agreement on a new gas pipeline.",
    "Brazil criticized Venezuela for closing the border crossing at Pacaraima. The foreign "
    "ministry said the closure harms families on both sides.",
    "Egypt mediated between Israel and Hamas to end the fighting in Gaza. Cairo said a ceasefire "
    "would begin at midnight.",
    "Australia expelled a Chinese diplomat accused of spying. Canberra said the diplomat had "
    "tried to recruit officials.",
    "Kenya deployed troops to Somalia to fight al-Shabaab militants. Nairobi said the soldiers "
    "would support the African Union mission.",
)

# One wire story as three sites publish it: their own furniture around the same text.
WIRE = (
    "Chinese President Xi Jinping met South Korean President Moon Jae-in in Beijing on Friday. "
    "The two leaders discussed trade, tourism and the stalled nuclear talks with Pyongyang. "
    "Moon said he hoped for a visit by Xi to Seoul later this year, and both sides agreed to "
    "expand cooperation on fine dust and climate change, officials in Beijing said."
)
SITES = (
    (
        "seoul-daily.example",
        "SEOUL DAILY | Politics | World | Subscribe for full access\n\n",
        "\n\nMost read: K-pop star wins award.",
    ),
    (
        "asia-wire.example",
        "Asia Wire — trusted news since 1990\n\n",
        "\n\nShare this article on social media. Advertisement.",
    ),
    (
        "pacific-times.example",
        "The Pacific Times. Sign in. Newsletter.\n\n",
        "\n\nRelated stories: Markets fall on trade fears.",
    ),
)


def write_feed(path: Path, *, bad_record: bool = True) -> Path:
    """Stories, then the wire story on three sites, then (optionally) one broken line."""
    rows = [
        {
            "id": f"s{i:02d}",
            "text": text,
            "date": f"2021-03-{i + 1:02d}",
            "url": f"https://paper{i}.example/s",
        }
        for i, text in enumerate(STORIES)
    ]
    rows += [
        {
            "id": f"wire-{host}",
            "text": head + WIRE + tail,
            "date": "2021-04-09",
            "url": f"https://www.{host}/xi-moon",
        }
        for host, head, tail in SITES
    ]
    lines = [json.dumps(r) for r in rows]
    if bad_record:
        lines.append('{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
