"""Heading anchors that mean something in every language, Armenian included.

The stock slugifier drops non-ASCII letters, so Armenian headings become `_1`, `_2`.
python-slugify transliterates every script to ASCII ("Ինչպես բողոքել" -> "inchpes-boghokel",
"Jak podat stížnost?" -> "jak-podat-stiznost"): anchors stay readable when pasted into
an e-mail or chat, and survive a fix of diacritics or punctuation in the heading.
"""

from __future__ import annotations

import re

from slugify import slugify as _slugify
from text_unidecode import unidecode

# Armenian marks written inside a word (Ո՞վ, Ինչպե՛ս): drop them, don't split the word.
_ARMENIAN_MARKS = re.compile("[\u055b-\u055e]")
# Transliteration marks Armenian aspirates with a backtick (Ինչ -> Inch`) and writes
# the vowel ու as "ow"; common romanisation drops the mark and writes "u".
_ARMENIAN_U = re.compile("[Ոո][ւ]")


def slugify(value: str, separator: str = "-") -> str:
    """Python-Markdown's toc `slugify` signature."""
    value = _ARMENIAN_U.sub("u", _ARMENIAN_MARKS.sub("", value))
    return _slugify(unidecode(value).replace("`", ""), separator=separator)
