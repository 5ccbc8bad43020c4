"""Search relevance: realistic customer queries per language, against the built site.

    python -m bench.search_relevance [--queries DIR] [--out build/bench/search-relevance.json]

Builds the site twice from the same content — with this project's search and with stock
Material + mkdocs-static-i18n search — then, for every language, opens that language's
home page in Debian's Chromium and sends each query of DIR/<lang>.yml (default
bench/queries/) through the page's own search worker (the code a reader's browser runs).

A query file is a list of entries `{q: TEXT, page: EXPECTED, kind: KIND}`; EXPECTED is a
page slug ("complaints.md"), a slug with an anchor ("faq.md#reply-time") or a list of
them (any one counts). Reported per language and per kind, ours and stock side by side:
- success@3 (the main number): an expected page among the first 3 result pages;
- anchor success@3: the same, but for an anchored expectation the result for that page
  must lead to that entry (its best match is the #anchor);
- the share of queries whose first 3 results include a page in another language.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import sync_playwright

from bench import lenient as bench_lenient
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.load.site import page_location
from kb.search import language_of
from tests.support import PREFIX, ROOT, chromium, copy_tree
from tests.support import build as mkdocs_build
from tests.support.preview import serve

QUERIES = Path(__file__).resolve().parent / "queries"
SOURCES = ["docs", "hooks", "overrides", "mkdocs.yml"]
TOP = 3
VARIANTS = ("ours", "stock")


@dataclass
class Expected:
    page: str  # location from the language root: "complaints/", "" for the home page
    anchor: str | None  # "reply-time" or None

    @classmethod
    def parse(cls, text: str) -> Expected:
        slug, _, anchor = text.partition("#")
        return cls(page_location(slug), anchor or None)


@dataclass
class Query:
    text: str
    expected: list[Expected]
    kind: str


def load_queries(lang: str, folder: Path = QUERIES) -> list[Query]:
    """A language's queries: each names its answers (`page:`), or the customer's need (`need:`),
    which the folder's answers.yml maps to answers (held-out sets: queries written before the pages
    were seen, answers per need written without seeing the queries)."""
    path = folder / f"{lang}.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    answers_file = folder / "answers.yml"
    answers = yaml.safe_load(answers_file.read_text(encoding="utf-8")) if answers_file.exists() else {}
    queries = []
    for e in entries or []:
        given = answers[e["need"]] if "need" in e else e["page"]
        pages = given if isinstance(given, list) else [given]
        queries.append(Query(str(e["q"]), [Expected.parse(p) for p in pages], str(e.get("kind", "other"))))
    return queries


def stock(mkdocs_yml: str) -> str:
    """The same site with stock search: no search hook, i18n's search set-up."""
    text = re.sub(r"^  - hooks/search\.py\n", "", mkdocs_yml, flags=re.M)
    return re.sub(r"^ *reconfigure_search: false\n", "", text, flags=re.M)


def build(variant: str, work: Path, source: Path = ROOT, lenient: bool = False) -> Path:
    project = work / variant
    for name in SOURCES:
        copy_tree(source / name, project / name)
    if variant == "stock":
        config = project / "mkdocs.yml"
        config.write_text(stock(config.read_text(encoding="utf-8")), encoding="utf-8")
    if lenient:
        bench_lenient.rewrite(project / "docs")
    result = mkdocs_build(project, quiet=True, runner="bench.lenient" if lenient else "mkdocs")
    if result.returncode:
        raise SystemExit(f"the {variant} build failed:\n{result.output}")
    return result.site


def run(site: Path, queries: dict[str, list[Query]]) -> dict[str, dict[str, Any]]:
    """Result groups for each query, as paths from the site root ("de/complaints/")."""
    harness = (Path(__file__).parent / "search_harness.js").read_text(encoding="utf-8")
    out = {}
    with serve(site, PREFIX) as url, sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        for lang, items in queries.items():
            if not items:
                continue
            page = browser.new_page()
            page.goto(url + root(lang))
            reply = page.evaluate(harness, {"queries": [q.text for q in items]})
            out[lang] = {
                "ready_ms": reply["ready"],
                "results": [[{k: v.removeprefix(url) for k, v in group.items()} for group in groups]
                            for groups in reply["results"]],
            }
            page.close()
        browser.close()
    return out


def judge(query: Query, groups: list[dict[str, str]], lang: str) -> tuple[bool, bool]:
    """(page hit, anchor hit) within the first TOP result groups."""
    prefix = root(lang)
    page_hit = anchor_hit = False
    for group in groups[:TOP]:
        for expected in query.expected:
            if group["page"] != prefix + expected.page:
                continue
            page_hit = True
            if expected.anchor is None or group["best"] == f"{prefix}{expected.page}#{expected.anchor}":
                anchor_hit = True
    return page_hit, anchor_hit


def score(queries: dict[str, list[Query]], runs: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    report: dict[str, dict[str, Any]] = {}
    for lang, items in queries.items():
        if not items:
            continue
        pages: dict[str, list[bool]] = defaultdict(list)
        anchors: dict[str, list[bool]] = defaultdict(list)
        wrong, misses = 0, []
        for query, groups in zip(items, runs[lang]["results"], strict=False):
            hit, anchor_hit = judge(query, groups, lang)
            for kind in ("all", query.kind):
                pages[kind].append(hit)
                anchors[kind].append(anchor_hit)
            if any(language_of(g["page"], list(LANGUAGES), DEFAULT_LANGUAGE) != lang for g in groups[:TOP]):
                wrong += 1
            if not anchor_hit:
                misses.append({"query": query.text, "kind": query.kind, "page_hit": hit,
                               "expected": [f"{e.page}#{e.anchor}" if e.anchor else e.page for e in query.expected],
                               "got": [g["best"] for g in groups[:TOP]]})
        report[lang] = {
            "queries": len(items),
            "count": {k: len(v) for k, v in pages.items()},
            "success_at_3": {k: sum(v) / len(v) for k, v in pages.items()},
            "anchor_success_at_3": {k: sum(v) / len(v) for k, v in anchors.items()},
            "wrong_language_share": wrong / len(items),
            "index_ready_ms": round(runs[lang]["ready_ms"]),
            "misses": misses,
        }
    return report


def totals(report: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """success@3 per kind over all languages (each query counts once)."""
    hits: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0])
    for lang_report in report.values():
        for kind, n in lang_report["count"].items():
            hits[kind][0] += lang_report["success_at_3"][kind] * n
            hits[kind][1] += lang_report["anchor_success_at_3"][kind] * n
            hits[kind][2] += n
    return {k: {"n": v[2], "success_at_3": v[0] / v[2], "anchor_success_at_3": v[1] / v[2]} for k, v in hits.items()}


def table(reports: dict[str, dict[str, Any]]) -> str:
    ours, theirs = reports["ours"], reports["stock"]
    lines = [f"{'lang':5} {'kind':14} {'n':>3} {'ours s@3':>9} {'stock s@3':>10} {'ours anchor':>12} "
             f"{'stock anchor':>13} {'ours wrong-lang':>16} {'stock wrong-lang':>17}"]

    def row(lang: str, kind: str, n: int, a: dict[str, float], b: dict[str, float], wrong: str = "") -> None:
        lines.append(f"{lang:5} {kind:14} {n:>3} {a['success_at_3']:9.0%} {b['success_at_3']:10.0%} "
                     f"{a['anchor_success_at_3']:12.0%} {b['anchor_success_at_3']:13.0%} {wrong}")

    for lang in ours:
        kinds = ["all", *sorted(k for k in ours[lang]["success_at_3"] if k != "all")]
        for kind in kinds:
            pick = {v: {m: r[lang][m][kind] for m in ("success_at_3", "anchor_success_at_3")}
                    for v, r in (("ours", ours), ("stock", theirs))}
            wrong = (f"{ours[lang]['wrong_language_share']:16.0%} {theirs[lang]['wrong_language_share']:17.0%}"
                     if kind == "all" else "")
            row(lang, kind, ours[lang]["count"][kind], pick["ours"], pick["stock"], wrong)
    ours_total, stock_total = totals(ours), totals(theirs)
    for kind in ["all", *sorted(k for k in ours_total if k != "all")]:
        row("total", kind, int(ours_total[kind]["n"]), ours_total[kind], stock_total[kind])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--queries", type=Path, default=QUERIES,
                        help="folder of <lang>.yml query files (bench/queries/heldout: never used for tuning)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "search-relevance.json")
    parser.add_argument("--source", type=Path, default=ROOT, help="the project to build (default: this one)")
    parser.add_argument("--lenient", action="store_true",
                        help="build content that fails the content check (bench/lenient.py); numbers only")
    args = parser.parse_args(argv)
    queries = {lang: load_queries(lang, args.queries) for lang in LANGUAGES}
    with tempfile.TemporaryDirectory() as tmp:
        reports = {v: score(queries, run(build(v, Path(tmp), args.source, args.lenient), queries)) for v in VARIANTS}
    print(table(reports))
    for lang, report in reports["ours"].items():
        for miss in report["misses"]:
            what = "anchor miss" if miss["page_hit"] else "miss"
            print(f"{what} [{lang}] ({miss['kind']}) {miss['query']!r}: expected {miss['expected']}, got {miss['got']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(reports, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
