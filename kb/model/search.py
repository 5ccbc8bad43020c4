"""Search settings (docs/_data/search.yml): what the search box offers when nothing matches."""

from __future__ import annotations

from pydantic import Field, field_validator

from kb.model.base import Slug, StrictModel


class SearchSettings(StrictModel):
    most_asked: list[Slug] = Field(
        default_factory=list, max_length=8,
        description="The FAQ questions the search box offers when a query finds nothing, most asked first: "
                    "heading ids of faq.md (the same in every language).",
        examples=[["how-to-complain", "reply-time"]])

    @field_validator("most_asked")
    @classmethod
    def _distinct(cls, ids: list[str]) -> list[str]:
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"{', '.join(twice)} listed twice; list each question once")
        return ids
