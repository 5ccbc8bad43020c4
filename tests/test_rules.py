"""Every content rule: break the real content one way, build, read the message.

Each case asserts that `mkdocs build --strict` fails, that the output names the file,
the line where there is one, the rule and the fix, and that no site was written.
Removing a rule from kb makes its case fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from conftest import Project

Edit = Callable[[Project], None]


def edit(file: str, pattern: str, replacement: str) -> Edit:
    return lambda project: project.edit(file, pattern, replacement)


def delete(file: str) -> Edit:
    return lambda project: project.delete(file)


@dataclass
class Case:
    name: str
    edits: list[Edit]
    expect: list[str]  # regexes, each must match the build output
    env: dict[str, str] = field(default_factory=dict)


STD = "docs/{lang}/standards/{id}.md"

CASES = [
    Case("owner missing in one language",
         [edit(STD.format(lang="de", id="courtesy"), r"^owner:.*\n", "")],
         [r"docs/de/standards/courtesy\.md: \[missing-field\] `owner` is missing\n"
          r"\s+fix: add `owner:` — Key of the owning team in docs/_data/owners\.yml"]),
    Case("metric missing",
         [edit(STD.format(lang="cs", id="empathy"), r"^metric:\n(?:  .*\n)+", "")],
         [r"docs/cs/standards/empathy\.md: \[missing-field\] `metric` is missing"]),
    Case("part of the metric missing",
         [edit(STD.format(lang="pl", id="availability"), r"^  period:.*\n", ""),
          edit(STD.format(lang="hy", id="channels"), r"^  source:.*\n", "")],
         [r"docs/pl/standards/availability\.md:\d+: \[missing-field\] `metric\.period` is missing\n"
          r"\s+fix: add `period:` inside `metric:`",
          r"docs/hy/standards/channels\.md:\d+: \[missing-field\] `metric\.source` is missing"]),
    Case("target without unit",
         [edit(STD.format(lang="cs", id="training"), r"^    unit:.*\n", "")],
         [r"docs/cs/standards/training\.md:\d+: \[missing-field\] `metric\.target\.unit` is missing"]),
    Case("owner not in the registry",
         [edit(STD.format(lang="cs", id="courtesy"), r"^owner: quality$", "owner: qualty")],
         [r"docs/cs/standards/courtesy\.md:\d+: \[unknown-owner\] the owner `qualty` is not in "
          r"docs/_data/owners\.yml\n\s+fix: use one of: .*quality"]),
    Case("target is not a number",
         [edit(STD.format(lang="hy", id="response-time"), r"^    value: 95$", "    value: 95 %")],
         [r"docs/hy/standards/response-time\.md:\d+: \[target-number\] `metric\.target\.value` must be "
          r"a number, not `95 %`\n\s+fix: write the bare number"]),
    Case("unit is not a known unit",
         [edit(STD.format(lang="de", id="availability"), r"^    unit: percent$", "    unit: Prozent")],
         [r"docs/de/standards/availability\.md:\d+: \[bad-value\] `metric\.target\.unit: Prozent` "
          r"is not one of: percent, seconds"]),
    Case("page missing in one language",
         [delete("docs/hy/faq.md")],
         [r"docs/cs/faq\.md: \[missing-translation\] this page exists in cs, de, pl but not in hy\n"
          r"\s+fix: create docs/hy/faq\.md"]),
    Case("number differs between languages",
         [edit(STD.format(lang="de", id="resolution"), r"^    value: 90$", "    value: 85")],
         [r"docs/de/standards/resolution\.md:\d+: \[differs-between-languages\] `metric\.target\.value` "
          r"differs between languages \(cs: 90, de: 85, pl: 90, hy: 90\)"]),
    Case("owner differs between languages",
         [edit(STD.format(lang="pl", id="training"), r"^owner: quality$", "owner: digital")],
         [r"docs/pl/standards/training\.md:\d+: \[differs-between-languages\] `owner` differs"]),
    Case("id does not match the file",
         [edit(STD.format(lang="hy", id="training"), r"^id: training$", "id: trainings")],
         [r"docs/hy/standards/training\.md:\d+: \[id-mismatch\] the id `trainings` does not match "
          r"the file name `training\.md`"]),
    Case("id used twice",
         [edit(STD.format(lang="pl", id="empathy"), r"^id: empathy$", "id: courtesy")],
         [r"docs/pl/standards/empathy\.md:\d+: \[duplicate-id\] the id `courtesy` is also used by "
          r"docs/pl/standards/courtesy\.md",
          r"docs/pl/standards/courtesy\.md:\d+: \[duplicate-id\]"]),
    Case("review date passed",
         [], [r"docs/cs/standards/resolution\.md:\d+: \[review-overdue\] the review date 2027-03-31 has "
              r"passed\n\s+fix: ask the owner `complaints` \(stiznosti@example\.org\) to review"],
         env={"KB_TODAY": "2027-04-01"}),
    Case("front matter is not valid YAML",
         [edit("docs/cs/contact.md", r"^title: .*$", "title: Kontakt: telefon")],
         [r"docs/cs/contact\.md:2: \[yaml-syntax\] the YAML is not valid: mapping values are not allowed"]),
    Case("unknown key (typo)",
         [edit(STD.format(lang="pl", id="courtesy"), r"^owner: quality$", "ownr: quality")],
         [r"docs/pl/standards/courtesy\.md:\d+: \[unknown-key\] unknown key `ownr`\n"
          r"\s+fix: did you mean `owner`\?",
          r"docs/pl/standards/courtesy\.md: \[missing-field\] `owner` is missing"]),
    Case("unknown key in an ordinary page",
         [edit("docs/de/faq.md", r"^title:", "tilte: x\ntitle:")],
         [r"docs/de/faq\.md:2: \[unknown-key\] unknown key `tilte`\n\s+fix: did you mean `title`\?"]),
    Case("key given twice",
         [edit("docs/pl/charter.md", r"^title:", "title: Karta\ntitle:")],
         [r"docs/pl/charter\.md:3: \[duplicate-key\] the key `title` appears twice"]),
    Case("unknown placeholder",
         [edit("docs/de/contact.md", r"\Z", "\nFax: {{ org.fax }}\n")],
         [r"docs/de/contact\.md:\d+: \[placeholder\] unknown placeholder `fax`"]),
    Case("a number differs between the languages of a page",
         [edit("docs/de/complaints.md", r"Innerhalb von 15 Arbeitstagen", "Innerhalb von 14 Arbeitstagen")],
         [r"docs/de/complaints\.md: \[numbers-differ\] the numbers in this page differ from docs/cs/complaints\.md: "
          r"missing 15; extra 14\n\s+fix: write the same numbers"]),
    Case("an FAQ anchor differs between languages",
         [edit("docs/pl/faq.md", r"\{#reply-time\}", "{#odpowiedz}")],
         [r"docs/pl/faq\.md: \[heading-ids-differ\] the heading ids differ from docs/cs/faq\.md: "
          r"missing \{#reply-time\} extra \{#odpowiedz\}"]),
    Case("draft text left in a page",
         [edit("docs/hy/contact.md", r"\Z", "\nTODO: լրացնել\n")],
         [r"docs/hy/contact\.md:\d+: \[draft-text\] draft marker `TODO` left in the page"]),
    Case("a channel names an unknown standard",
         [edit("docs/_data/organisation.yml", r"standard: availability", "standard: availabilty")],
         [r"docs/_data/organisation\.yml: \[unknown-standard\] channel `phone` refers to the standard "
          r"`availabilty`, which does not exist"]),
    Case("a word mixes alphabets",
         [edit("docs/cs/charter.md", r"\Z", "\nKonкrétní slib.\n")],
         [r"docs/cs/charter\.md:\d+: \[mixed-script\] the word `Konкrétní` mixes Latin letters with another alphabet"]),
    Case("owners registry lacks a language",
         [edit("docs/_data/owners.yml", r"^    hy: Թվային ծառայությունների թիմ\n", "")],
         [r"docs/_data/owners\.yml:\d+: \[missing-field\] `digital\.name\.hy` is missing"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_fails_the_build_with_a_clear_message(project: Project, case: Case) -> None:
    for change in case.edits:
        change(project)
    build = project.build(**case.env)
    assert build.returncode != 0, "the build should have failed"
    for pattern in case.expect:
        assert re.search(pattern, build.output), f"{pattern!r} not in:\n{build.output}"
    assert "Traceback" not in build.output
    assert not (build.site / "index.html").exists(), "a failed check must not leave a half-built site"


def test_all_problems_of_a_run_are_reported_at_once(project: Project) -> None:
    project.edit(STD.format(lang="de", id="courtesy"), r"^owner:.*\n", "")
    project.delete("docs/hy/faq.md")
    project.edit("docs/_data/owners.yml", r"^    hy: Թվային ծառայությունների թիմ\n", "")
    build = project.build()
    assert "The content has 3 problems" in build.output
    for file in ("docs/de/standards/courtesy.md", "docs/cs/faq.md", "docs/_data/owners.yml"):
        assert file in build.output


def test_languages_in_mkdocs_yml_must_match_kb(project: Project) -> None:
    project.edit("mkdocs.yml", r"^        - locale: hy\n(?:          .*\n)+", "")
    build = project.build()
    assert build.returncode != 0
    assert re.search(r"mkdocs\.yml: plugins\.i18n\.languages lists \['cs', 'de', 'pl'\].*Make the two agree",
                     build.output)


def test_restoring_the_owner_makes_the_build_pass(project: Project) -> None:
    file = STD.format(lang="de", id="courtesy")
    original = (project.root / file).read_text(encoding="utf-8")
    project.edit(file, r"^owner:.*\n", "")
    assert project.build().returncode != 0
    (project.root / file).write_text(original, encoding="utf-8")
    build = project.build()
    assert build.returncode == 0, build.output
    assert (build.site / "de" / "standards" / "courtesy" / "index.html").exists()
