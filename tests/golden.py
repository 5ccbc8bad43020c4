"""Golden samples: every block the build generates, in every language, in the words of
docs/_data/labels.yml, filled with the fixture site's data.

    python -m tests.golden            # compare (what tests/test_golden.py does)
    python -m tests.golden --update   # write tests/golden/<lang>.txt after a reviewed change

Each file shows the text a reader sees, block by block; a no-break space is shown as `⍽`
so that typography can be reviewed too. Someone who writes the language natively reviews
each file; a change to labels, formats or templates shows up here as a diff to review.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import os
import re
import sys
from pathlib import Path

from kb.languages import LANGUAGES
from kb.load.datafiles import LABELS_FILE, load_data
from kb.load.site import Site, load_site
from kb.model.labels import Labels
from kb.model.page import StandardMeta
from kb.render import blocks, results
from kb.render.language import Language
from kb.render.typography import typeset_html
from tests.support import FIXTURE, FIXTURE_TODAY, ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"


def samples(site: Site, lang: Language) -> list[tuple[str, str]]:
    """(name, HTML) of every generated block in one language."""
    _, org = site.require()
    standards = {s.id: s for s in site.standards(lang.code)}
    resolution = standards["resolution"]
    rows = results.history(site, resolution)
    return [
        ("fact box and promise (standards/resolution.md)", blocks.standard_header(site, resolution, lang)),
        ("results of a standard", results.results_block(site, resolution, lang)),
        ("latest result after a raise, and before a new standard's first result",
         _latest_lines(site, resolution, lang)),
        ("chart title and description", _chart_text(results.chart(resolution, rows, lang, compact=False))),
        ("overview of results (performance.md)", results.results_table(site, lang, "performance.md")),
        ("corrective actions (performance.md)", results.actions_table(site, lang, "performance.md")),
        ("standards overview (standards/index.md)", blocks.standards_table(site, lang, "standards/index.md")),
        ("contact channels (contact.md)", blocks.contact_channels(site, lang, "contact.md")),
        ("opening hours of each channel", "<br>".join(f"{c.id}: {lang.hours(c.hours) or lang.text('any_time')}"
                                                      for c in org.channels)),
        ("holidays (contact.md)", blocks.holidays_table(site, lang)),
        ("help box (every page)", blocks.help_block(site, lang, "faq.md")),
        ("404 page", "".join(f"<h1>{e['title']}</h1>{e['body']}" for e in blocks.not_found(
            site, {lang.code: lang, **dict.fromkeys(LANGUAGES, lang)}, "/kb/") if e["lang"] == lang.code)),
        ("home page search button", blocks.search_prompt(lang)),
        ("search box when nothing matches (search/help.json)", "<br>".join([
            lang.text("search_nothing"), lang.text("search_did_you_mean", words="<a>reklamace</a>"),
            lang.text("search_most_asked"), lang.text("search_ask_us"), lang.text("search_all_channels")])),
        ("last updated", lang.text("last_updated", date=lang.date(FIXTURE_TODAY))),
    ]


def _latest_lines(site: Site, std: StandardMeta, lang: Language) -> str:
    latest = results.history(site, std)[-1]
    raised = dataclasses.replace(latest, target_value=latest.target_value - 5)
    data = std.model_dump()
    data["metric"]["since"] = "2026-12"
    new = StandardMeta.model_validate(data)
    data["metric"]["since"] = None
    return "<br>".join([results.latest_line(std, raised, lang), results.latest_line(new, None, lang),
                        results.latest_line(StandardMeta.model_validate(data), None, lang)])


def as_text(fragment: str, lang: str) -> str:
    """What a reader sees of an HTML fragment, one line per block element, no-break spaces shown."""
    fragment = typeset_html(fragment, lang)
    fragment = re.sub(r"<(/?)(p|div|tr|h\d|li|dt|caption|aside|details|summary|br|table|thead|tbody)\b[^>]*>",
                      "\n", fragment)
    fragment = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", fragment)
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line).replace("\u00a0", "⍽")


def _chart_text(svg: str) -> str:
    title = re.search(r"<title[^>]*>(.*?)</title>", svg, re.S)
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
    return f"<p>{title.group(1) if title else ''}</p><p>{desc.group(1) if desc else ''}</p>"


def render(lang: str) -> str:
    """The samples of a language: the fixture's data in the real labels (the words readers get)."""
    site = load_site(FIXTURE / "docs", FIXTURE)
    site.labels, _, problems = load_data(ROOT / "docs", LABELS_FILE, Labels, ROOT)
    assert site.labels is not None, problems
    language = Language.of(lang, site.labels)
    parts = [f"# Golden samples: {lang} (python -m tests.golden --update rewrites this file)\n"]
    for name, fragment in samples(site, language):
        parts.append(f"## {name}\n{as_text(fragment, lang)}\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args(argv)
    os.environ["KB_TODAY"] = FIXTURE_TODAY.isoformat()
    GOLDEN.mkdir(exist_ok=True)
    differ = []
    for lang in LANGUAGES:
        text = render(lang)
        path = GOLDEN / f"{lang}.txt"
        if args.update:
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            differ.append(lang)
    if differ:
        print(f"golden samples differ: {', '.join(differ)} (review, then python -m tests.golden --update)")
        return 1
    print("golden samples " + ("written" if args.update else "match"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
