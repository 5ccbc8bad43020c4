"""Building blocks shared by every model: strict models, texts, slugs, texts in every language."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# json_schema_extra marker of language-independent fields; the rules derive the
# cross-language comparison from it.
SAME: dict[str, Any] = {"x-same-in-all-languages": True}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]


class StrictModel(BaseModel):
    """Unknown keys are errors (that is what catches typos such as `ownr:`); no NaN or infinity."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


class LocalText(StrictModel):
    """A text given in every language of the site (kb.languages); a missing one is an error."""

    cs: Text = Field(description="The text in Czech.")
    de: Text = Field(description="The text in German.")
    pl: Text = Field(description="The text in Polish.")
    hy: Text = Field(description="The text in Armenian.")

    def __call__(self, lang: str) -> str:
        return str(getattr(self, lang))
