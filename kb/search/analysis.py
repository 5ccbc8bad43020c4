"""The words of a text as the search index holds them, in Python: the same steps as
lunr-language.js (normalize, stop words, fold, Snowball stems), so that an index built
here answers the queries the browser expands there. tests/test_search.py and
tests/js/ check that both sides agree.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import snowballstemmer

from kb.search.config import INDEX_CONFIG, STEMMERS, stop_words

IN_WORD_MARKS = re.compile("[\u00ad\u055b-\u055f\u2019']")
COMBINING = re.compile("[\u0300-\u036f]")
NOT_DECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"})
GERMAN = [(re.compile("ä|ae"), "a"), (re.compile("ö|oe"), "o"), (re.compile("ü|ue"), "u"), (re.compile("ß"), "ss")]
TAG = re.compile(r"<[^>]*>")
SEPARATOR = re.compile(INDEX_CONFIG["separator"])
LINKS = ["", "s", "es", "n", "en"]  # German linking elements between compound parts (words.js LINKS)
MIN_PART = 4  # shortest compound part (words.js splitCompound)


def _word_char(c: str) -> bool:
    """JavaScript's [\\p{L}\\p{N}]."""
    return unicodedata.category(c)[0] in "LN"


def normalize(word: str) -> str:
    """Lower-case, drop marks written inside words, trim what is not a letter or digit at the edges."""
    word = IN_WORD_MARKS.sub("", word.lower())
    start, end = 0, len(word)
    while start < end and not _word_char(word[start]):
        start += 1
    while end > start and not _word_char(word[end - 1]):
        end -= 1
    return word[start:end]


def fold(word: str, lang: str) -> str:
    """Diacritics off (and ä/ae, ö/oe, ü/ue, ß/ss alike in German)."""
    if lang == "de":
        for pattern, replacement in GERMAN:
            word = pattern.sub(replacement, word)
    return COMBINING.sub("", unicodedata.normalize("NFD", word)).translate(NOT_DECOMPOSED)


def _unglue(chunk: str) -> list[str]:
    """Material's index text loses the space between table cells ("KontaktdatenZeitenSprachen",
    "Telefon+420"): split where a lower-case letter meets an upper-case one, and at a plus sign."""
    words, start = [], 0
    for i in range(1, len(chunk)):
        if chunk[i] == "+" or (chunk[i - 1].islower() and chunk[i].isupper()):
            words.append(chunk[start:i])
            start = i + (chunk[i] == "+")
    words.append(chunk[start:])
    return [w for w in words if w]


def tokenize(text: str) -> list[str]:
    """Words of an index field: markup removed, split where Material's tokenizer splits, lower-cased."""
    plain = html.unescape(TAG.sub(" ", text.replace("&lt;", " ").replace("&gt;", " ")))
    return [w.lower() for chunk in SEPARATOR.split(plain) if chunk for w in _unglue(chunk)]


def split_compound(word: str, has: Callable[[str], bool]) -> list[str] | None:
    """Parts of a compound that the vocabulary holds; fewest parts, then longest first part (words.js)."""
    memo: dict[int, list[str] | None] = {}

    def from_(start: int) -> list[str] | None:
        if start == len(word):
            return []
        if start in memo:
            return memo[start]
        best: list[str] | None = None
        for end in range(len(word), start + MIN_PART - 1, -1):
            part = word[start:end]
            if (start == 0 and end == len(word)) or not has(part):  # the whole word is no part
                continue
            for link in LINKS:
                if link and word[end:end + len(link)] != link:
                    continue
                following = end + len(link)
                if following != len(word) and len(word) - following < MIN_PART:
                    continue
                rest = from_(following)
                if rest is not None and (best is None or len(rest) + 1 < len(best)):
                    best = [part, *rest]
        memo[start] = best
        return best

    if len(word) < 2 * MIN_PART:
        return None
    parts = from_(0)
    return parts if parts and len(parts) > 1 else None


@dataclass
class Analyzer:
    """One language's word processing for the index."""

    lang: str
    stop: set[str] = field(init=False)
    compounds: set[str] = field(default_factory=set)  # German: the vocabulary compounds are split against

    def __post_init__(self) -> None:
        words = stop_words(self.lang)
        self.stop = set(words) | {fold(w, self.lang) for w in words}
        self._stemmer = snowballstemmer.stemmer(STEMMERS[self.lang].lower())
        self._stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = str(self._stemmer.stemWord(word))
        return stem

    def forms(self, word: str) -> list[str]:
        """The folded word, its folded stem, and the folded stem of the folded word (lunr-language.js forms)."""
        folded = fold(word, self.lang)
        return list(dict.fromkeys(f for f in (folded, fold(self.stem(word), self.lang),
                                               fold(self.stem(folded), self.lang)) if f))

    def words(self, text: str | Iterable[str]) -> list[str]:
        """Normalized words without stop words."""
        tokens = tokenize(text) if isinstance(text, str) else [t for item in text for t in tokenize(item)]
        return [w for w in map(normalize, tokens) if w and w not in self.stop]

    def terms(self, word: str) -> list[str]:
        """The index terms of one normalized word: its forms, and for a German compound its parts' forms."""
        found = self.forms(word)
        if self.compounds:
            parts = split_compound(found[0], self.compounds.__contains__)
            for part in parts or []:
                found += [f for f in self.forms(part) if f not in found]
        return found
