"""One language of the site: its labels, its formats (CLDR, through Babel) and its typography.

Every renderer is handed a `Language` and asks it for words: `lang.text("help_title")`,
`lang.quantity(95, Unit.PERCENT)`, `lang.date(day)`, `lang.hours(channel.hours)`. Where a
native reviewer found CLDR's choice wrong for this site, a small override below says so.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from typing import Any, Literal

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time, get_day_names, get_timezone_name
from babel.lists import format_list
from babel.numbers import format_decimal

from kb.model.base import LocalText
from kb.model.labels import Labels, LocalPlural
from kb.model.organisation import DAYS, OpeningHours
from kb.model.page import Period, Target, TimeLimit, Unit
from kb.model.results import PeriodKey
from kb.render import placeholders
from kb.render.typography import typeset


@dataclass(frozen=True)
class Overrides:
    """Where this site departs from CLDR, after native review."""

    date: str | None = None  # pattern of a long date
    day_in_year: str | None = None  # a date whose year is said elsewhere ("1. ledna"); default CLDR MMMMd
    month: str = "LLLL y"  # a reporting month, stand-alone ("říjen 2026")
    quarter: str = "QQQQ y"  # a reporting quarter ("3. čtvrtletí 2026")
    year: str = "{}"  # a reporting year ("2026", "2026 թ.")
    years: str = "{}–{}"  # a range of years ("2022–2025")
    time: str | None = None  # pattern of a time of day; default CLDR's short time
    day_width: Literal["abbreviated", "wide"] = "abbreviated"  # how days are named in opening hours
    hours_joiner: str | None = None  # between two sets of opening hours; default CLDR's list ("… a …")
    names_in_text_lower: bool = False  # a department's name inside a sentence starts in lower case (pl)


OVERRIDES = {
    "cs": Overrides(names_in_text_lower=True),  # "Za nápravu odpovídá: vedoucí kontaktního centra"
    "de": Overrides(time="H:mm"),  # "8:00–18:00 Uhr", as German text sets it
    # "pon.–pt. 8:00–20:00, sob. 9:00–13:00"; years with "r." as Polish running text writes them
    "pl": Overrides(date="d MMMM y 'r.'", month="LLLL y 'r.'", quarter="QQQQ y 'r.'", year="{} r.",
                    years="{}–{}", time="H:mm", hours_joiner=", ", names_in_text_lower=True),
    # year, genitive month, day without a leading zero: "2026 թ. դեկտեմբերի 1";
    # abbreviated days read as other words ("ուր"), so days are written out
    "hy": Overrides(date="y 'թ'. MMMM d", day_in_year="MMMM d", month="y 'թ'. LLLL", quarter="y 'թ'. QQQQ",
                    year="{} թ.", years="{}–{} թթ.", time="H:mm", day_width="wide"),
}


@dataclass(frozen=True)
class Language:
    code: str
    labels: Labels
    overrides: Overrides = field(default_factory=Overrides)

    @classmethod
    def of(cls, code: str, labels: Labels) -> Language:
        return cls(code, labels, OVERRIDES.get(code, Overrides()))

    @cached_property
    def locale(self) -> Locale:
        return Locale.parse(self.code)

    # --- labels -------------------------------------------------------------------------------

    def text(self, key: str, **values: str) -> str:
        """A label of docs/_data/labels.yml, its `{{ name }}` placeholders filled with `values`."""
        return self.fill(getattr(self.labels.texts, key), **values)

    def fill(self, text: LocalText, **values: str) -> str:
        template = text(self.code)
        rendered, problems = placeholders.fill(template, dict(values), "docs/_data/labels.yml")
        if problems:  # the content check validates every label first; this is a programming error
            raise ValueError(f"label {template!r}: {problems[0].message}")
        return rendered

    def html(self, key: str, **fragments: str) -> str:
        """A label as HTML: its own text escaped, `fragments` (already HTML) put in its placeholders."""
        markers = {name: f"\x00{name}\x00" for name in fragments}
        text = escape(self.text(key, **markers))
        for name, fragment in fragments.items():
            text = text.replace(markers[name], fragment)
        return text

    def plural(self, forms: LocalPlural, value: float) -> str:
        """A counted text in the plural form CLDR gives for `value` in this language."""
        given = forms.forms(self.code)
        category = self.locale.plural_form(value)
        # a `zero` form is used for 0 even where CLDR has no zero category: "nie verfehlt", not "0-mal"
        template = (given.zero if value == 0 and given.zero else None) or getattr(given, category) or given.other
        rendered, _ = placeholders.fill(template, {"n": self.number(value)}, "docs/_data/labels.yml")
        return rendered

    # --- numbers and quantities -----------------------------------------------------------------

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def quantity(self, value: float, unit: Unit) -> str:
        """95 % / 2 pracovní dny / 1 Arbeitstag, in the right plural form."""
        return self.plural(self.labels.unit(unit), value)

    def within(self, limit: TimeLimit) -> str:
        """A time limit as a phrase: "do 15 pracovních dnů", "innerhalb von 15 Arbeitstagen"."""
        return self.plural(self.labels.within_phrase(limit.unit), limit.value)

    def target(self, target: Target, value: float | None = None) -> str:
        """"alespoň 95 %" — with `value`, the target value in force in an earlier period."""
        amount = self.quantity(target.value if value is None else value, target.unit)
        return self.fill(self.labels.direction(target.direction), target=amount)

    def times(self, count: int) -> str:
        return self.plural(self.labels.counts.times, count)

    # --- dates and times ----------------------------------------------------------------------

    def date(self, day: datetime.date) -> str:
        """A date in running text: "1. prosince 2026", "2026 թ. դեկտեմբերի 1"."""
        return format_date(day, self.overrides.date or "long", locale=self.locale)

    def period(self, period: PeriodKey) -> str:
        """A reporting period as readers name it: "říjen 2026", "3. čtvrtletí 2026", "2026"."""
        if period.kind == Period.MONTH:
            return format_date(period.first_day, self.overrides.month, locale=self.locale)
        if period.kind == Period.QUARTER:
            return format_date(period.first_day, self.overrides.quarter, locale=self.locale)
        return self.overrides.year.format(period.year)

    def period_range(self, first: PeriodKey, last: PeriodKey) -> str:
        """"listopad 2025 – říjen 2026" (two named periods: a spaced dash), "2022–2025" for years."""
        if first == last:
            return self.period(first)
        if first.kind == Period.YEAR:  # two bare numbers: the dash without spaces
            return self.overrides.years.format(first.year, last.year)
        return f"{self.period(first)} – {self.period(last)}"

    def period_list(self, periods: list[PeriodKey]) -> str:
        """Periods as a list, the year said once per year for months: "květen, červen a červenec 2026"."""
        if not periods or any(p.kind != Period.MONTH for p in periods):
            return self.list([self.period(p) for p in periods])
        years: dict[int, list[PeriodKey]] = {}
        for period in sorted(periods):
            years.setdefault(period.year, []).append(period)
        parts = []
        for year, months in years.items():
            names = self.list([self._month_run(run) for run in _runs(months)])
            parts.append(self.fill(self.labels.texts.months_of_year, months=names, year=str(year)))
        return self.list(parts)

    def _month_run(self, months: list[PeriodKey]) -> str:
        """One month, or three or more in a row as a range: "leden–duben"."""
        name = [format_date(m.first_day, "LLLL", locale=self.locale) for m in (months[0], months[-1])]
        return name[0] if len(months) == 1 else f"{name[0]}–{name[1]}"

    def periods_count(self, kind: Period, count: int) -> str:
        """"12 Monaten", "8 čtvrtletí": a number of reporting periods, named by their kind where the labels can."""
        counts = self.labels.counts
        named = {Period.MONTH: counts.months, Period.QUARTER: counts.quarters, Period.YEAR: counts.years}[kind]
        return self.plural(named or counts.periods, count)

    def day_in_year(self, day: datetime.date) -> str:
        """A date whose year is said elsewhere, e.g. under a year's column: "1. ledna", "հունվարի 1"."""
        if self.overrides.day_in_year:
            return format_date(day, self.overrides.day_in_year, locale=self.locale)
        return format_skeleton("MMMMd", day, locale=self.locale)

    def period_name(self, period: Period) -> str:
        return self.labels.period(period)(self.code)

    def time(self, value: str) -> str:
        hour, minute = map(int, value.split(":"))
        if hour == 24:
            return "24:00"
        return format_time(datetime.time(hour, minute), self.overrides.time or "short", locale=self.locale)

    def time_range(self, opens: str, closes: str) -> str:
        """"8:00–18:00" (the dash without spaces, as each language writes a simple range), "… Uhr"."""
        return self.fill(self.labels.texts.time_range, opens=self.time(opens), closes=self.time(closes))

    def days(self, days: list[str]) -> str:
        """Mon–Fri as this language abbreviates it; days that do not follow each other as a list."""
        names = get_day_names(self.overrides.day_width, locale=self.locale, context="stand-alone")
        indexes = [DAYS.index(d) for d in days if d in DAYS]
        if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
            return f"{names[indexes[0]]}–{names[indexes[-1]]}"
        return self.list([names[i] for i in indexes])

    def hours(self, hours: list[OpeningHours]) -> str:
        """Opening hours in running text; empty for a channel open at any time."""
        parts = [self.fill(self.labels.texts.hours_line, days=self.days(list(h.days)),
                           times=self.time_range(h.opens, h.closes)) for h in hours]
        if self.overrides.hours_joiner is not None:
            return self.overrides.hours_joiner.join(parts)
        return self.list(parts) if parts else ""

    def timezone(self, zone: str) -> str:
        return get_timezone_name(zone, "long", locale=self.locale, zone_variant="generic")

    # --- words --------------------------------------------------------------------------------

    def name_in_text(self, name: str) -> str:
        """A role or department's name inside a sentence ("Odpowiada: dział skarg i reklamacji")."""
        return name[:1].lower() + name[1:] if self.overrides.names_in_text_lower else name

    def list(self, items: list[str]) -> str:
        return format_list(items, locale=self.locale) if items else ""

    def language_name(self, code: str) -> str:
        return str(self.locale.languages.get(code, code))

    def typeset(self, text: str) -> str:
        return typeset(text, self.code)

    def __getstate__(self) -> dict[str, Any]:  # cached_property values are not worth pickling
        return {"code": self.code, "labels": self.labels, "overrides": self.overrides}


def _runs(months: list[PeriodKey]) -> list[list[PeriodKey]]:
    """Months of one year cut into runs: three or more in a row make one run, others stand alone."""
    runs: list[list[PeriodKey]] = []
    for month in months:
        if runs and runs[-1][-1].part + 1 == month.part:
            runs[-1].append(month)
        else:
            runs.append([month])
    return [run for whole in runs for run in ([whole] if len(whole) >= 3 else [[m] for m in whole])]
