"""The content model: what a page's front matter may hold, described once.

The pydantic models below are the single description of the front matter. From them come
the checks (`validate_front_matter`), the error messages and fixes (`kb.schema_errors`)
and the editor's JSON Schema (`json_schema`).

A field marked SAME must be identical in all four languages of a page: owners, numbers
and dates are facts, not translations.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StringConstraints

# json_schema_extra marker of language-independent fields; rules.py derives the
# cross-language comparison from it.
SAME: dict[str, Any] = {"x-same-in-all-languages": True}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class Direction(StrEnum):
    AT_LEAST = "at-least"
    AT_MOST = "at-most"


class Unit(StrEnum):
    PERCENT = "percent"
    SECONDS = "seconds"
    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working-days"
    DAYS = "days"
    POINTS = "points"  # scores such as NPS or a 1-5 rating


class Period(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class _Strict(BaseModel):
    # extra="forbid" is what catches typos such as `ownr:`
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Target(_Strict):
    direction: Direction = Field(
        description="Whether the result must be at least or at most the value.",
        examples=["at-least"],
        json_schema_extra=SAME,
    )
    value: StrictInt | StrictFloat = Field(
        description="The target as a bare number, without the unit.",
        examples=[95],
        json_schema_extra=SAME,
    )
    unit: Unit = Field(
        description="The unit of the value.",
        examples=["percent"],
        json_schema_extra=SAME,
    )


class Metric(_Strict):
    measure: Text = Field(
        description="What is measured, in one sentence in the page's language.",
        examples=["Share of e-mails answered within 1 working day"],
    )
    method: Text = Field(
        description="How it is measured, in the page's language.",
        examples=["The ticket system records when each e-mail arrives and when it is answered."],
    )
    target: Target = Field(description="The target: direction, number and unit.")
    period: Period = Field(
        description="How often the result is reported.",
        examples=["month"],
        json_schema_extra=SAME,
    )
    source: Text = Field(
        description="Where the data comes from, in the page's language.",
        examples=["Ticket system reports"],
    )


HideOption = Literal["navigation", "toc", "footer", "feedback", "path", "tags"]


class SearchOptions(_Strict):
    boost: StrictInt | StrictFloat | None = Field(None, description="Rank this page higher (>1) or lower (<1).")
    exclude: bool | None = Field(None, description="Leave this page out of search.")


class PageMeta(_Strict):
    """Front matter of any page."""

    title: Text = Field(description="The page title shown in navigation and search.", examples=["Complaints"])
    description: Text | None = Field(None, description="One sentence for search engines and link previews.")
    keywords: list[Text] = Field(
        default_factory=list,
        description="Words customers use that the text may not (synonyms, colloquial terms); search uses them.",
        examples=[["reklamace", "stížnost"]],
    )
    hide: list[HideOption] = Field(default_factory=list, description="Parts of the page layout to hide.")
    search: SearchOptions | None = Field(None, description="Search options for this page.")


class StandardMeta(PageMeta):
    """Front matter of a service standard page (docs/<lang>/standards/<id>.md)."""

    id: Slug = Field(
        description="The standard's id; must equal the file name without .md.",
        examples=["response-time"],
        json_schema_extra=SAME,
    )
    promise: Text = Field(
        description="The promise in one plain sentence, in the page's language; shown under the title.",
        examples=["We answer every e-mail within 1 working day."],
    )
    owner: Slug = Field(
        description="Key of the owning team in docs/_data/owners.yml.",
        examples=["customer-care"],
        json_schema_extra=SAME,
    )
    metric: Metric = Field(description="How the standard is measured, and its target.")
    review: datetime.date = Field(
        description="Next review date (YYYY-MM-DD).",
        examples=["2027-06-30"],
        json_schema_extra=SAME,
    )


def same_in_all_languages(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Paths of the fields marked SAME, nested models included."""
    paths: list[tuple[str, ...]] = []
    for name, field in model.model_fields.items():
        path = prefix + (name,)
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        if extra.get("x-same-in-all-languages"):
            paths.append(path)
        elif isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
            paths.extend(same_in_all_languages(field.annotation, path))
    return paths


def json_schema(model: type[BaseModel] = StandardMeta) -> dict[str, Any]:
    """JSON Schema of a page's front matter, for editors (VS Code's YAML extension)."""
    return model.model_json_schema(mode="validation")
