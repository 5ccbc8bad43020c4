"""What both sides of search share: the index configuration, the stemmers, the stop words."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import stopwordsiso
import yaml

HERE = Path(__file__).resolve().parent

# Snowball algorithm of each language (names of the vendored stemmer's Languages enum,
# and, lower-cased, of PyPI's snowballstemmer)
STEMMERS = {"cs": "Czech", "de": "German", "pl": "Polish", "hy": "Armenian"}

# What the worker's lunr index is configured with. Separators include Armenian and
# typographic punctuation; a dot splits words but not numbers ("2.1").
INDEX_CONFIG: dict[str, Any] = {
    "separator": r"[\s\-,:;!?=\[\]()\"/«»„“”‚‘›‹։՝…]+|\.(?!\d)|&[lg]t;",
    "pipeline": ["trimmer", "stopWordFilter", "stemmer"],
    "fields": {
        "title": {"boost": 1000.0},
        "keywords": {"boost": 100.0},
        "text": {"boost": 1.0},
        "tags": {"boost": 1000000.0},
    },
}
PREBUILT_FIELD = "keywords"  # the field whose attributes carry the prebuilt index (lunr-language.js)


@cache
def stop_words(lang: str) -> tuple[str, ...]:
    """stopwords-iso's list, adjusted for customer questions (stopwords.yml)."""
    adjust = yaml.safe_load((HERE / "stopwords.yml").read_text(encoding="utf-8"))
    return tuple(sorted((set(stopwordsiso.stopwords(lang)) - set(adjust["keep"][lang])) | set(adjust["add"][lang])))
