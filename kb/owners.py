"""The owners registry (docs/_data/owners.yml): who answers for each standard."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel, StringConstraints

from kb.localized import LocalText
from kb.model import Slug, _Strict

OWNERS_FILE = "owners.yml"

Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
GitHubTeam = Annotated[str, StringConstraints(pattern=r"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$")]


class Owner(_Strict):
    name: LocalText = Field(description="The owning role or team, in every language.")  # type: ignore[valid-type]
    email: Email = Field(description="Where staff reach the owner.", examples=["care@example.org"])
    github: GitHubTeam = Field(
        description="GitHub user or team asked to review changes to the owner's standards.",
        examples=["@example-org/customer-care"],
    )


class Owners(RootModel[dict[Slug, Owner]]):
    pass
