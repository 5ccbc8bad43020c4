"""Interface texts the renderers need (docs/_data/labels.yml), and number formatting.

Units carry CLDR plural forms: "1 pracovní den", "2 pracovní dny", "5 pracovních dnů".
Babel knows each language's plural categories and number format.
"""

from __future__ import annotations

from enum import Enum

from babel.numbers import format_decimal
from pydantic import Field, RootModel, create_model, model_validator

from kb.languages import LANGUAGES
from kb.localized import LocalText, in_language, locale
from kb.model import Direction, Period, Target, Text, Unit, _Strict
from kb.organisation import ChannelKind

LABELS_FILE = "labels.yml"



class PluralForms(_Strict):
    """`{n}` stands for the number. Give only `other` for a unit that does not inflect (%)."""

    zero: Text | None = None
    one: Text | None = None
    two: Text | None = None
    few: Text | None = None
    many: Text | None = None
    other: Text


class LocalPlural(RootModel[dict[str, PluralForms]]):
    @model_validator(mode="after")
    def _every_language_and_form(self) -> "LocalPlural":
        for lang in LANGUAGES:
            forms = self.root.get(lang)
            if forms is None:
                raise ValueError(f"the language `{lang}` is missing")
            given = {k for k, v in forms.model_dump().items() if v}
            needed = set(locale(lang).plural_form.tags) | {"other"}
            if given != {"other"} and not needed <= given:
                raise ValueError(f"`{lang}` needs the plural forms {sorted(needed)}, has {sorted(given)}")
        return self


def _fields_for(enum: type[Enum], kind: object, name: str) -> type[_Strict]:
    """A model with one required field per member of `enum` (at-least -> at_least)."""
    return create_model(name, __base__=_Strict, **{_key(m): (kind, ...) for m in enum})  # type: ignore[call-overload]


def _key(member: Enum) -> str:
    return str(member.value).replace("-", "_")


class Labels(_Strict):
    texts: dict[str, LocalText] = Field(description="Named interface texts: owner, metric, target, ...")  # type: ignore[valid-type]
    directions: _fields_for(Direction, LocalText, "Directions")  # type: ignore[valid-type]
    periods: _fields_for(Period, LocalText, "Periods")  # type: ignore[valid-type]
    units: _fields_for(Unit, LocalPlural, "Units")  # type: ignore[valid-type]
    channels: _fields_for(ChannelKind, LocalText, "Channels")  # type: ignore[valid-type]

    def text(self, key: str, lang: str) -> str:
        return in_language(self.texts[key], lang)

    def channel(self, kind: ChannelKind, lang: str) -> str:
        return in_language(getattr(self.channels, _key(kind)), lang)

    def period(self, period: Period, lang: str) -> str:
        return in_language(getattr(self.periods, _key(period)), lang)

    def quantity(self, value: float, unit: Unit, lang: str) -> str:
        forms: PluralForms = getattr(self.units, _key(unit)).root[lang]
        category = locale(lang).plural_form(value)
        pattern = getattr(forms, category) or forms.other
        # a no-break space keeps "95 %" and "2 pracovní dny" together on narrow phone screens
        pattern = pattern.replace("{n} ", "{n}\u00a0")
        return pattern.replace("{n}", format_decimal(value, locale=locale(lang)))

    def target(self, target: Target, lang: str) -> str:
        direction = in_language(getattr(self.directions, _key(target.direction)), lang)
        return direction.replace("{target}", self.quantity(target.value, target.unit, lang))
