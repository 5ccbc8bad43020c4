"""The organisation's facts (docs/_data/organisation.yml), typed once and reused on every page."""

from __future__ import annotations

from pydantic import Field

from kb.localized import LocalText
from kb.model import Text, _Strict
from kb.owners import Email

ORGANISATION_FILE = "organisation.yml"


class Organisation(_Strict):
    name: LocalText = Field(description="The organisation's name in every language.")  # type: ignore[valid-type]
    email: Email = Field(description="The customer-service e-mail address.")
    phone: Text = Field(description="The customer-service phone number, international form.", examples=["+420 800 123 456"])
