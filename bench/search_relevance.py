"""Search relevance: realistic customer queries per language, against the built site.

    python -m bench.search_relevance [--out build/bench/search-relevance.json]

Builds the site twice from the same content — with this project's search and with stock
Material + mkdocs-static-i18n search — then, for every language, opens that language's
home page in Debian's Chromium and sends each query of bench/queries/<lang>.yml through the
page's own search worker (the code a reader's browser runs). It reports success@3 (an
expected page among the first 3 result pages) per language and per kind of query, and the
share of queries whose first 3 results include a page in another language.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml
from kb.chromium import launch
from kb.content import page_location
from kb.preview import serve
from kb.search_lang import language_of
from playwright.sync_api import sync_playwright

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).resolve().parent / "queries"
PREFIX = "/kb/"
SOURCES = ["docs", "hooks", "overrides", "mkdocs.yml"]
TOP = 3


@dataclass
class Query:
    text: str
    pages: list[str]  # acceptable pages, as slugs: "complaints.md", "standards/courtesy.md"
    kind: str


def load_queries(lang: str, folder: Path = QUERIES) -> list[Query]:
    entries = yaml.safe_load((folder / f"{lang}.yml").read_text(encoding="utf-8"))
    return [Query(e["q"], e["page"] if isinstance(e["page"], list) else [e["page"]], e["kind"])
            for e in entries]


def stock(mkdocs_yml: str) -> str:
    """The same site with stock search: no search hook, i18n's search set-up."""
    text = re.sub(r"^  - hooks/search\.py\n", "", mkdocs_yml, flags=re.M)
    return re.sub(r"^ *reconfigure_search: false\n", "", text, flags=re.M)


def build(variant: str, work: Path, source: Path = ROOT) -> Path:
    project = work / variant
    for name in SOURCES:
        (shutil.copytree if (source / name).is_dir() else shutil.copy2)(source / name, project / name)
    if variant == "stock":
        config = project / "mkdocs.yml"
        config.write_text(stock(config.read_text(encoding="utf-8")), encoding="utf-8")
    site = project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"https://example.test{PREFIX}"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
                   cwd=project, env=env, check=True)
    return site


def run(site: Path, queries: dict[str, list[Query]]) -> dict[str, dict]:
    """Top result pages for each query, as paths from the site root ("de/complaints/")."""
    harness = (Path(__file__).parent / "search_harness.js").read_text(encoding="utf-8")
    out = {}
    with serve(site, PREFIX) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        for lang, items in queries.items():
            page = browser.new_page()
            page.goto(url + root(lang))
            reply = page.evaluate(harness, {"queries": [q.text for q in items]})
            out[lang] = {
                "ready_ms": reply["ready"],
                "results": [[r.removeprefix(url) for r in results] for results in reply["results"]],
            }
            page.close()
        browser.close()
    return out


def score(queries: dict[str, list[Query]], runs: dict[str, dict]) -> dict[str, dict]:
    report: dict[str, dict] = {}
    for lang, items in queries.items():
        prefix = root(lang)
        kinds: dict[str, list[bool]] = defaultdict(list)
        wrong, misses = 0, []
        for query, results in zip(items, runs[lang]["results"], strict=False):
            top = results[:TOP]
            expected = {prefix + page_location(p) for p in query.pages}
            hit = bool(expected & set(top))
            kinds[query.kind].append(hit)
            kinds["all"].append(hit)
            if any(language_of(r, list(LANGUAGES), DEFAULT_LANGUAGE) != lang for r in top):
                wrong += 1
            if not hit:
                misses.append({"query": query.text, "expected": sorted(expected), "got": top})
        report[lang] = {
            "queries": len(items),
            "success_at_3": {k: sum(v) / len(v) for k, v in kinds.items()},
            "wrong_language_share": wrong / len(items),
            "index_ready_ms": round(runs[lang]["ready_ms"]),
            "misses": misses,
        }
    return report


def table(ours: dict, stock_: dict) -> str:
    lines = [f"{'lang':5} {'kind':14} {'n':>3} {'ours s@3':>9} {'stock s@3':>10} "
             f"{'ours wrong-lang':>16} {'stock wrong-lang':>17}"]
    for lang in ours:
        kinds = ["all", *sorted(k for k in ours[lang]["success_at_3"] if k != "all")]
        for kind in kinds:
            n = ours[lang]["queries"] if kind == "all" else None
            wrong = (f"{ours[lang]['wrong_language_share']:16.0%} {stock_[lang]['wrong_language_share']:17.0%}"
                     if kind == "all" else "")
            lines.append(f"{lang:5} {kind:14} {n if n else '':>3} {ours[lang]['success_at_3'][kind]:9.0%} "
                         f"{stock_[lang]['success_at_3'][kind]:10.0%} {wrong}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=QUERIES,
                        help="folder of <lang>.yml query files (bench/queries/heldout: never used for tuning)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "search-relevance.json")
    args = parser.parse_args(argv)
    queries = {lang: load_queries(lang, args.queries) for lang in LANGUAGES}
    with tempfile.TemporaryDirectory() as tmp:
        reports = {v: score(queries, run(build(v, Path(tmp)), queries)) for v in ("ours", "stock")}
    print(table(reports["ours"], reports["stock"]))
    for lang, report in reports["ours"].items():
        for miss in report["misses"]:
            print(f"miss [{lang}] {miss['query']!r}: expected {miss['expected']}, got {miss['got']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(reports, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
