"""Numbers in news prose: numerals, number words and vague quantities, as (low, best, high)."""
from __future__ import annotations

import re

UNITS = {"zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
# Vague quantities: (low, best, high).
VAGUE = {"a dozen": (12, 12, 12), "dozens": (24, 36, 99), "scores": (40, 60, 99), "hundreds": (200, 300, 999),
          "thousands": (2000, 3000, 9999), "several": (3, 4, 9), "a few": (2, 3, 5), "a number of": (2, 4, 9)}

def parse_number(text: str) -> tuple[int, int, int] | None:
    """(low, best, high) for a numeral, number word or vague quantity."""
    t = text.lower().strip()
    if t in VAGUE:
        return VAGUE[t]
    if re.fullmatch(r"\d[\d,]*", t):
        n = int(t.replace(",", ""))
        return n, n, n
    if t in UNITS:
        return (UNITS[t],) * 3
    parts = re.split(r"[- ]", t)
    if parts[0] in TENS:
        n = TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
        return n, n, n
    return None
