"""Patterns with a cheap gate: the literal words every match must contain.

Python's ``re`` cannot use its fast literal scan under ``re.IGNORECASE`` (nor for a pattern that opens
with many alternatives): a pattern of a hundred alternatives ("shelled", "drone strike", "opened fire",
…) tries each of them at every position of every sentence, and most sentences hold none of them. :func:`gated` reads, from the pattern's own
parse tree, a set of literal strings one of which every match contains, and runs the pattern only on
text that holds one (one Aho–Corasick pass over the case-folded text). Results are the pattern's own;
only text that cannot match is skipped. No library derives such required literals for ``re`` patterns
(RE2 and Hyperscan do it inside their own engines), hence this small reader of ``re``'s parser output.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Iterable, Iterator
from re import _constants as C, _parser as P      # the parse tree the compiler itself uses

import ahocorasick

MIN_NEEDLE = 3          # shorter literals ("a ", "on") are in nearly every sentence: no gate


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two needle sets: the longer shortest needle, then the fewer needles."""
    if a is None:
        return b
    if b is None:
        return a
    key = lambda s: (min(map(len, s)), -len(s))      # noqa: E731
    return a if key(a) >= key(b) else b


def _required(seq) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``seq`` contains (case-folded), or None."""
    best, run = None, []

    def flush():
        nonlocal best, run
        if len(run) >= MIN_NEEDLE:
            best = _better(best, frozenset({"".join(run).casefold()}))
        run = []

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            best = _better(best, _required(av[-1]))
        elif op is C.ATOMIC_GROUP:
            best = _better(best, _required(av))
        elif op is C.BRANCH:
            alternatives = [_required(b) for b in av[1]]
            if all(alternatives):
                best = _better(best, frozenset().union(*alternatives))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _required(av[2]))
        # character classes, anchors, look-arounds and back references require no literal
    flush()
    return best


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` holds (outside look-arounds), or None."""
    return _required(P.parse(pattern.pattern, pattern.flags).data)


# Every gated pattern's literals in one automaton, each literal a bit: one pass over a text says which are
# in it, and a pattern is run only where its bits are (one pass for all, not one per pattern).
_BITS: dict[str, int] = {}
_automaton: ahocorasick.Automaton | None = None


def _bits_of(needles: frozenset[str]) -> int:
    global _automaton
    mask = 0
    for needle in needles:
        if needle not in _BITS:
            _BITS[needle] = 1 << len(_BITS)
            _automaton = None          # (rebuilt at its next use, and what texts held is forgotten)
            present.cache_clear()
        mask |= _BITS[needle]
    return mask


@lru_cache(maxsize=512)       # a sentence is asked about by many patterns in a row
def present(text: str) -> int:
    """The bits of the gated literals ``text`` holds (case-folded)."""
    global _automaton
    if _automaton is None:
        _automaton = ahocorasick.Automaton()
        for needle, bit in _BITS.items():
            _automaton.add_word(needle, bit)
        _automaton.make_automaton()
    mask = 0
    for _end, bit in _automaton.iter(text.casefold()):
        mask |= bit
    return mask


class Gated:
    """A compiled pattern run only on text holding one of its required literals; otherwise the same
    methods with the same results. Only a search of a whole string is gated (a search of a window or a
    match at a position is short work already); everything else goes to the pattern itself."""

    def __init__(self, rx: re.Pattern, needles: frozenset[str]):
        self._rx, self.needles, self._mask = rx, needles, _bits_of(needles)
        self.match, self.fullmatch, self.sub, self.subn, self.split = rx.match, rx.fullmatch, rx.sub, rx.subn, rx.split
        self.pattern, self.flags, self.groupindex, self.groups = rx.pattern, rx.flags, rx.groupindex, rx.groups

    def _cannot(self, string: str, pos: int, endpos: int) -> bool:
        return pos == 0 and endpos >= len(string) and not self.may_match(string)

    def may_match(self, string: str) -> bool:
        """Whether ``string`` holds one of the literals every match needs (a cheap test before many patterns)."""
        return bool(present(string) & self._mask)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._cannot(string, pos, endpos) else self._rx.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._cannot(string, pos, endpos) else self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return [] if self._cannot(string, pos, endpos) else self._rx.findall(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Gated({self._rx!r}, {len(self.needles)} needles)"


def gated(pattern: str | re.Pattern, flags: int = 0) -> re.Pattern | Gated:
    """``re.compile(pattern, flags)``, gated by its required literals when it has any worth the check."""
    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
    needles = required_literals(rx)
    return Gated(rx, needles) if needles else rx


def branches(pattern: str, verbose: bool = False) -> list[str]:
    """The top-level alternatives of a pattern's source ("a|b(c|d)" -> ["a", "b(c|d)"]); with ``verbose``, a
    "#" opens a comment to the line's end, as ``re.X`` reads it.

    Written here because ``re`` keeps no source offsets in its parse: the split walks escapes, character
    classes, groups and comments, which is all a "|" can hide in."""
    out, depth, in_class, cur, i = [], 0, False, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "#" and verbose:
            end = pattern.find("\n", i)
            end = len(pattern) if end < 0 else end
            cur.append(pattern[i:end])
            i = end
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur, i = [], i + 1
            continue
        cur.append(ch)
        i += 1
    return out + ["".join(cur)]


class AnyOf:
    """Alternatives searched apart, each behind its own literal gate: the matches one alternation of them all
    gives (leftmost first, the first alternative on a tie), without trying every branch at every position of
    text that holds the words of only some (a long alternation of phrases costs that on every sentence)."""

    def __init__(self, patterns: Iterable[str], flags: int = 0):
        self.parts = [gated(p, flags) for p in patterns]
        self.pattern = "|".join(p.pattern for p in self.parts)
        self._masks = [(rx._mask if isinstance(rx, Gated) else None, rx) for rx in self.parts]

    def _live(self, string: str) -> list:
        bits = present(string)      # (one look at the text for all the parts' words; a part with no gate is live)
        return [rx for mask, rx in self._masks if mask is None or bits & mask]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self._first(self._live(string), string, pos, endpos)

    @staticmethod
    def _first(parts: list, string: str, pos: int, endpos: int) -> re.Match | None:
        best = None
        for rx in parts:
            m = rx.search(string, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """The non-overlapping matches, as ``re.finditer`` of the alternation scans for them."""
        parts = self._live(string)
        while parts and pos <= len(string):
            m = self._first(parts, string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
