"""Typography per language, for generated and written text alike.

CLDR formats numbers and dates; it says nothing about where a line may break or which
punctuation an Armenian sentence takes. These small rules do, applied to the text of the
finished HTML (never inside tags, code, scripts or styles):

- all: a number stays on one line with the word or sign that follows ("80 %", "15 dnů"), a short
  number with the word before it ("Praha 1", "EN 301 549"), "a. s." stays together, and a
  spaced hyphen " - " is a dash;
- cs, de, pl: a day or ordinal stays with its word ("1. ledna", "3. čtvrtletí");
- cs, pl: a one-letter preposition or conjunction (v, k, s, z, o, u, a, i, w) stays on the
  line of the next word (ČSN 01 6910; Polish "sierotki");
- cs, de: the dash is the en dash (–), not the em dash;
- hy: a Latin colon after an Armenian word is the Armenian full stop (։).

`CONVENTIONS` says which of them each language takes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

NBSP = "\u00a0"
_NUMBER_THEN_WORD = re.compile(r"(?<=\d) (?=[%‰°\w€$])")
_WORD_THEN_SHORT_NUMBER = re.compile(r"(?<=[^\W\d_]) (?=\d{1,3}(?![\d:]))")
_ORDINAL = re.compile(r"(?<=\b\d\.) (?=[^\W\d_])|(?<=\b\d\d\.) (?=[^\W\d_])")
_JOINT_STOCK = re.compile(r"\ba\. s\.")
# a sentence that ends on an abbreviation ("… 2027 r.", "… a. s.") takes no second full stop
_DOUBLE_STOP = re.compile(r"(?<=\w\.)\.(?!\.)")
_ARMENIAN_LABEL_COLON = re.compile(r'(aria-label="[^"]*?[\u0531-\u0587]): ')
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
_EM_DASH = re.compile(r" — ")
_ARMENIAN_COLON = re.compile(r"(?<=[\u0531-\u0587\u0561-\u0587]):(?=\s|$)")


@dataclass(frozen=True)
class Conventions:
    """What a language's typesetting does beyond the rules every language shares."""

    single_letter_words: str = ""  # words of one letter that stay on the line of the next word
    dash: str = "–"  # what a spaced hyphen " - " becomes
    en_dash_only: bool = False  # a spaced em dash " — " becomes the en dash as well
    ordinals: bool = False  # "1. ledna": a day or ordinal with a dot stays with its word
    armenian_colon: bool = False  # a Latin colon after an Armenian word is the full stop "։"


CONVENTIONS = {
    "cs": Conventions(single_letter_words="vkszouai", en_dash_only=True, ordinals=True),
    "de": Conventions(en_dash_only=True, ordinals=True),
    "pl": Conventions(single_letter_words="wzouia", ordinals=True),
    "hy": Conventions(dash="—", armenian_colon=True),
}


@functools.cache
def rules(lang: str) -> tuple[Callable[[str], str], ...]:
    """The rules of a language, in the order they apply."""
    conventions = CONVENTIONS.get(lang, Conventions())
    found: list[Callable[[str], str]] = [
        lambda text: _NUMBER_THEN_WORD.sub(NBSP, text),
        lambda text: _WORD_THEN_SHORT_NUMBER.sub(NBSP, text),
        lambda text: _JOINT_STOCK.sub("a." + NBSP + "s.", text),
        lambda text: _DOUBLE_STOP.sub("", text),
        lambda text: _SPACED_HYPHEN.sub(f" {conventions.dash} ", text),
    ]
    if conventions.single_letter_words:
        letters = conventions.single_letter_words + conventions.single_letter_words.upper()
        pattern = re.compile(rf"(?<![\w\-])([{letters}]) ")
        found.append(lambda text: pattern.sub(lambda m: m.group(1) + NBSP, text))
    if conventions.en_dash_only:
        found.append(lambda text: _EM_DASH.sub(" – ", text))
    if conventions.ordinals:
        found.append(lambda text: _ORDINAL.sub(NBSP, text))
    if conventions.armenian_colon:
        found.append(lambda text: _ARMENIAN_COLON.sub("։", text))
    return tuple(found)


# every page repeats the navigation's texts: at 1,000 pages a language, typesetting them once
# instead of once per page took a quarter off the build
@functools.lru_cache(maxsize=1 << 16)
def typeset(text: str, lang: str) -> str:
    """Plain text with the language's typography."""
    for rule in rules(lang):
        text = rule(text)
    return text


_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_VERBATIM = re.compile(r"<(/?)(code|pre|script|style|textarea|kbd|samp)\b", re.I)


def typeset_html(html: str, lang: str) -> str:
    """HTML with the language's typography in its text, not in tags, attributes or code.

    One attribute is Armenian text read out by screen readers with a separator from the theme:
    "Նախորդը: …" takes the Armenian ՝ there."""
    if CONVENTIONS.get(lang, Conventions()).armenian_colon:
        html = _ARMENIAN_LABEL_COLON.sub("\\1՝ ", html)
    parts = _TAG.split(html)
    depth = 0
    for i, part in enumerate(parts):
        if i % 2:  # a tag
            verbatim = _VERBATIM.match(part)
            if verbatim:
                depth = max(0, depth + (-1 if verbatim.group(1) else 1))
        elif part and not depth:
            parts[i] = typeset(part, lang)
    return "".join(parts)
