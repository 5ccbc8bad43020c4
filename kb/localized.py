"""A text given in every language of the site; the model follows kb.languages."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from pydantic import Field, create_model

from kb.languages import LANGUAGES
from kb.model import Text, _Strict

# One required field per language: a registry entry missing a language fails validation.
LocalText = create_model(  # type: ignore[call-overload]
    "LocalText",
    __base__=_Strict,
    **{lang: (Text, Field(description=f"The text in {lang}.")) for lang in LANGUAGES},
)


def in_language(text: _Strict, lang: str) -> str:
    return str(getattr(text, lang))


@lru_cache(maxsize=None)
def locale(lang: str) -> Locale:
    """Babel's data for a language, parsed once (parsing it for every number was a build hotspot)."""
    return Locale.parse(lang)
