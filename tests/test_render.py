"""Rendering in each language: CLDR formats, typography, the placeholder sandbox, templates."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from kb.languages import LANGUAGES
from kb.load.site import Site
from kb.model.organisation import OpeningHours
from kb.model.page import StandardMeta, Target, TimeLimit, Unit
from kb.model.results import Period, PeriodKey
from kb.render import blocks, placeholders, results
from kb.render.language import OVERRIDES, Language
from kb.render.typography import CONVENTIONS, NBSP, typeset, typeset_html
from kb.rules.translations import NUMBER_WORDS

N = NBSP


@pytest.mark.parametrize(
    "lang, value, unit, text",
    [
        ("cs", 1, "working-days", f"1{N}pracovní den"),
        ("cs", 3, "working-days", f"3{N}pracovní dny"),
        ("cs", 15, "working-days", f"15{N}pracovních dnů"),
        ("cs", 26.5, "hours", f"26,5{N}hodiny"),
        ("pl", 5, "working-days", f"5{N}dni roboczych"),
        ("pl", 2, "minutes", f"2{N}minuty"),
        ("de", 1, "days", f"1{N}Tag"),
        ("de", 95.5, "percent", f"95,5{N}%"),
        ("hy", 24, "hours", f"24{N}ժամ"),
        ("hy", 80, "percent", "80%"),
    ],
)
def test_quantities_take_the_plural_form_of_their_number(
    languages: dict[str, Language], lang: str, value: float, unit: str, text: str
) -> None:
    assert typeset(languages[lang].quantity(value, Unit(unit)), lang) == text


@pytest.mark.parametrize(
    "lang, value, unit, text",
    [
        ("cs", 1, "working-days", "do 1 pracovního dne"),
        ("cs", 15, "working-days", "do 15 pracovních dnů"),
        ("de", 15, "working-days", "innerhalb von 15 Arbeitstagen"),
        ("pl", 1, "working-days", "w ciągu 1 dnia roboczego"),
        ("pl", 2, "minutes", "w ciągu 2 minut"),
        ("hy", 60, "seconds", "60 վայրկյանի ընթացքում"),
    ],
)
def test_time_limits_read_as_phrases(
    languages: dict[str, Language], lang: str, value: int, unit: str, text: str
) -> None:
    assert languages[lang].within(TimeLimit(value=value, unit=unit)) == text


def test_a_target_names_its_direction(languages: dict[str, Language]) -> None:
    target = Target(direction="at-most", value=2, unit="hours")
    assert languages["de"].target(target) == "höchstens 2 Stunden"
    assert languages["cs"].target(target, value=3) == "nejvýše 3 hodiny", "the target in force in a past period"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("cs", "30. června 2027"),
        ("de", "30. Juni 2027"),
        ("pl", "30 czerwca 2027 r."),
        ("hy", "2027 թ. հունիսի 30"),
    ],
)
def test_dates_as_a_native_writer_sets_them(languages: dict[str, Language], lang: str, text: str) -> None:
    assert languages[lang].date(datetime.date(2027, 6, 30)) == text


def test_armenian_dates_have_no_leading_zero(languages: dict[str, Language]) -> None:
    assert languages["hy"].date(datetime.date(2026, 12, 1)) == "2026 թ. դեկտեմբերի 1"


@pytest.mark.parametrize(
    "lang, month, quarter",
    [
        ("cs", "říjen 2026", "3. čtvrtletí 2026"),
        ("de", "Oktober 2026", "3. Quartal 2026"),
        ("pl", "październik 2026 r.", "III kwartał 2026 r."),
        ("hy", "2026 թ. հոկտեմբեր", "2026 թ. 3-րդ եռամսյակ"),
    ],
)
def test_reporting_periods_are_named_in_words(
    languages: dict[str, Language], lang: str, month: str, quarter: str
) -> None:
    assert languages[lang].period(PeriodKey(Period.MONTH, 2026, 10)) == month
    assert languages[lang].period(PeriodKey(Period.QUARTER, 2026, 3)) == quarter
    assert languages[lang].period(PeriodKey(Period.YEAR, 2026)) == {"hy": "2026 թ.", "pl": "2026 r."}.get(lang, "2026")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("cs", f"po–pá 8:00–18:00 a{N}so 9:00–13:00"),
        ("de", "Mo–Fr 8:00–18:00 Uhr und Sa 9:00–13:00 Uhr"),
        ("pl", "pon.–pt. 8:00–18:00, sob. 9:00–13:00"),
        ("hy", "երկուշաբթի–ուրբաթ՝ 8:00–18:00 և շաբաթ՝ 9:00–13:00"),
    ],
)
def test_opening_hours_in_running_text(languages: dict[str, Language], lang: str, text: str) -> None:
    hours = [
        OpeningHours(days=["mon", "tue", "wed", "thu", "fri"], opens="08:00", closes="18:00"),
        OpeningHours(days=["sat"], opens="09:00", closes="13:00"),
    ]
    assert languages[lang].hours(hours) == text


def test_lists_and_language_names_come_from_cldr(languages: dict[str, Language]) -> None:
    assert (
        languages["cs"].list([languages["cs"].language_name(c) for c in ("de", "pl", "hy")])
        == f"němčina, polština a{N}arménština"
    )
    assert languages["pl"].timezone("Europe/Prague") == "czas środkowoeuropejski"


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "cs",
            "Odpovíme v pondělí a k tomu 80 % – i s námi.",
            f"Odpovíme v{N}pondělí a{N}k{N}tomu{N}80{N}% – i{N}s{N}námi.",
        ),
        ("cs", "Kvalitas a. s., Praha 1, 1. ledna", f"Kvalitas a.{N}s., Praha{N}1, 1.{N}ledna"),
        ("cs", "Dva kroky — hotovo", "Dva kroky – hotovo"),
        ("cs", "Dva kroky — a hotovo", f"Dva kroky – a{N}hotovo"),
        ("pl", "Piszę w sprawie 5 dni", f"Piszę w{N}sprawie{N}5{N}dni"),
        ("de", "Bis 18 Uhr - danach nicht", f"Bis{N}18{N}Uhr – danach nicht"),
        ("hy", "Գրեք մեզ: Պատասխանում ենք 2026 թ.", "Գրեք մեզ։ Պատասխանում ենք 2026\u00a0թ."),
    ],
)
def test_typography_per_language(lang: str, text: str, expected: str) -> None:
    assert typeset(text, lang) == expected


def test_every_language_states_its_conventions() -> None:
    """A language added to LANGUAGES without these would silently get another language's defaults
    (ARCHITECTURE.md, "A fifth language")."""
    for table, where in ((OVERRIDES, "kb/render/language.py OVERRIDES"),
                         (CONVENTIONS, "kb/render/typography.py CONVENTIONS"),
                         (NUMBER_WORDS, "kb/rules/translations.py _WORDS")):
        assert set(LANGUAGES) <= set(table), f"{where} has no entry for {set(LANGUAGES) - set(table)}"


def test_typography_leaves_tags_code_and_attributes_alone() -> None:
    html = '<p title="a b">v lese</p><code>v lese</code><pre>v lese</pre><a href="x">k nám</a>'
    expected = f'<p title="a b">v{N}lese</p><code>v lese</code><pre>v lese</pre><a href="x">k{N}nám</a>'
    assert typeset_html(html, "cs") == expected


def test_templates_escape_what_staff_type(fixture: Site, languages: dict[str, Language]) -> None:
    std = fixture.standards("cs")[0]
    hostile = std.model_copy(update={"title": "<script>alert(1)</script>"})
    html = blocks.standards_table(_with(fixture, hostile), languages["cs"], "standards/index.md")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_result_is_judged_against_the_target_in_force_in_its_period(fixture: Site) -> None:
    std = next(s for s in fixture.standards("cs") if s.id == "resolution")
    data = std.model_dump()
    data["metric"]["previous_targets"] = [{"value": 85, "until": datetime.date(2026, 8, 31)}]
    raised = StandardMeta.model_validate(data)
    rows = {str(r.result.period): r for r in results.history(fixture, raised)}
    assert rows["2026-08"].met is True, "88.5 met the 85 % in force in August"
    assert rows["2026-08"].target_value == 85 and rows["2026-09"].target_value == 90


def test_the_latest_result_names_its_own_target_after_a_raise(fixture: Site, languages: dict[str, Language]) -> None:
    std = next(s for s in fixture.standards("cs") if s.id == "resolution")
    latest = results.history(fixture, std)[-1].result.period
    data = std.model_dump()
    data["metric"]["previous_targets"] = [{"value": 85, "until": latest.last_day}]
    raised = StandardMeta.model_validate(data)
    line = typeset(results.results_block(fixture, raised, languages["cs"]), "cs").replace(N, " ")
    assert "(tehdejší cíl: alespoň 85 %). Nový cíl: alespoň 90 %." in line
    table = results.results_table(_with(fixture, raised), languages["cs"], "performance.md").replace(N, " ")
    assert "<small>tehdejší cíl: alespoň 85 %</small>" in table
    unchanged = results.results_block(fixture, std, languages["cs"])
    assert "tehdejší" not in unchanged


def test_a_new_standard_says_when_its_first_result_comes(fixture: Site, languages: dict[str, Language]) -> None:
    std = next(s for s in fixture.standards("cs") if s.id == "resolution")
    data = std.model_dump()
    data["id"], data["metric"]["since"] = "brand-new", "2026-12"
    new = StandardMeta.model_validate(data)
    assert "První výsledek zveřejníme za prosinec 2026." in results.results_block(fixture, new, languages["cs"])
    data["metric"]["since"] = None
    empty = results.results_block(fixture, StandardMeta.model_validate(data), languages["pl"])
    assert "Nie opublikowaliśmy jeszcze żadnego wyniku." in empty and "–" not in empty.split("</p>")[0]


def test_placeholders_render_only_documented_values() -> None:
    values = {"org": type("Org", (), {"phone": "+420 1"})()}
    assert placeholders.fill("Tel. {{ org.phone }}", values, "f.md")[0] == "Tel. +420 1"
    for attack in (
        "{{ org.__class__.__mro__ }}",
        "{{ ''.__class__ }}",
        "{{ org.phone.upper() }}",
        "{% set x = 1 %}",
        "{{ self }}",
        "{{ config }}",
        "{{ range(9) }}",
    ):
        text, problems = placeholders.fill(attack, values, "f.md")
        assert problems and text == attack, attack


def _with(site: Site, std: StandardMeta) -> Site:
    """The site with one Czech standard's front matter replaced."""
    page = next(p for p in site.pages.values() if p.standard and p.standard.id == std.id and p.lang == "cs")
    return dataclasses.replace(site, pages={**site.pages, (page.lang, page.slug): dataclasses.replace(page, meta=std)})
