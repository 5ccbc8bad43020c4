"""The owners registry (docs/_data/owners.yml): who answers for each standard."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel, StringConstraints, field_validator

from kb.model.base import LocalText, Slug, StrictModel

Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=200)]
GitHubTeam = Annotated[str, StringConstraints(pattern=r"^@[A-Za-z0-9-]+(/[A-Za-z0-9._-]+)?$")]


class Owner(StrictModel):
    name: LocalText = Field(description="The owning role or team, in every language.")
    email: Email = Field(description="Where customers and staff reach the owner, on the organisation's domain.",
                         examples=["care@kvalitas.example"])
    github: GitHubTeam = Field(
        description="GitHub user or team asked to review changes to the owner's standards.",
        examples=["@example-org/customer-care"])


class Owners(RootModel[dict[Slug, Owner]]):
    @field_validator("root")
    @classmethod
    def _not_empty(cls, owners: dict[str, Owner]) -> dict[str, Owner]:
        if not owners:
            raise ValueError("the registry lists no owner; every standard needs one")
        return owners
