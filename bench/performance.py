"""Performance benchmark: build time, memory, search payload, time to first result, page weight.

    python -m bench.performance [--sizes 100 1000] [--lighthouse] [--out build/bench/performance.json]

For each size N, generates a synthetic knowledge base (the real site plus N articles per
language, bench/synthetic.py) and builds it twice in the same run: with this project's
configuration and with the stock one (no hooks, stock search). It prints a table of the
measurements, the ratios ours/stock and the budgets, and writes everything as JSON.
Machines are noisy: compare the ratios of one run, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from bench import lenient as bench_lenient
from bench import synthetic
from bench.search_relevance import stock
from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.search.config import PREBUILT_FIELD
from kb.search.prebuild import lunr_index
from tests.support import ENV, PREFIX, ROOT, SITE_URL, python_path
from tests.support.chromium import EXECUTABLE, launch
from tests.support.preview import serve

QUERIES = {"cs": "stížnost", "de": "Beschwerde", "pl": "skarga", "hy": "բողոք"}
LIGHTHOUSE_MINIMUM = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
BUDGETS: dict[str, float] = {
    "hook_overhead": 0.05,  # hooks add at most 5 % to build time
    "index_share": 0.30,  # a language's index at most 30 % of the stock combined index
    "first_result_ms": 200,  # first results within 200 ms of typing (N = 1000)
    "first_view_gzip_kb": 150,  # first page view besides the search index
    "ready_ms": 1000,  # search ready on a cold page (N = 1000)
    "prebuilt_growth": 0.5,  # the prebuilt lunr index adds at most half to a reader's index download
}
LIGHTHOUSE_VERSION = "13.5.0"


def without_hooks(mkdocs_yml: str) -> str:
    """Stock configuration: no project hooks, stock search (bench.search_relevance.stock)."""
    return re.sub(r"^hooks:\n(?:  - .*\n)+", "", stock(mkdocs_yml), flags=re.M)


def build(project: Path, site: Path, lenient: bool = False) -> dict[str, float]:
    """Build time and peak memory of one `mkdocs build` in a process of its own."""
    env = {**os.environ, **ENV, "SITE_URL": SITE_URL, "PYTHONPATH": python_path()}
    started = time.perf_counter()
    runner = "bench.lenient" if lenient else "mkdocs"
    # the output goes to a file: a pipe nobody reads while waiting fills up and stalls the build
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([sys.executable, "-m", runner, "build", "-q", "-d", str(site)],
                                   cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        log.seek(0)
        output = log.read().decode(errors="replace")
    if status != 0:
        raise SystemExit(f"build of {project} failed:\n{output}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def index_sizes(site: Path, variant: str) -> dict[str, dict[str, int]]:
    """Bytes of the search index each language's reader downloads (raw and gzip); for ours
    also without the prebuilt lunr index, to weigh what prebuilding adds."""
    sizes = {}
    for lang in LANGUAGES:
        root = site if variant == "stock" or lang == DEFAULT_LANGUAGE else site / lang
        data = (root / "search" / "search_index.json").read_bytes()
        sizes[lang] = {"raw": len(data), "gzip": len(gzip.compress(data, 6))}
        index = json.loads(data)
        field = index["config"]["fields"].get(PREBUILT_FIELD, {})
        if field.pop("prebuilt", None) is not None:
            sizes[lang]["gzip_without_prebuilt"] = _gzip_json(index)
    return sizes


def whole_index_sizes(site: Path) -> dict[str, int]:
    """Per language, the index download if it shipped the whole lunr index built with lunr.py
    (the alternative measured and not adopted). After the browser measurements: lunr.py's
    objects must not slow the server they share a process with."""
    sizes = {}
    for lang in LANGUAGES:
        index = json.loads((site / root(lang) / "search" / "search_index.json").read_bytes())
        index["config"]["fields"][PREBUILT_FIELD]["prebuilt"] = lunr_index(lang, index["docs"])
        sizes[lang] = _gzip_json(index)
    return sizes


def _gzip_json(data: Any) -> int:
    return len(gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 6))


def browser_measurements(site: Path) -> dict[str, dict[str, Any]]:
    """Per language, on a cold page: bytes of the first view, time from typing to results."""
    result = {}
    with serve(site, PREFIX) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        for lang in LANGUAGES:
            result[lang] = {**_first_view(browser, url, lang), **_first_result(browser, url, lang)}
        browser.close()
    return result


def _first_view(browser: Any, url: str, lang: str) -> dict[str, Any]:
    context = browser.new_context()
    page = context.new_page()
    responses: list[Any] = []
    # a lambda, not the bound method: Playwright tags the handler it is given with an attribute
    page.on("response", lambda response: responses.append(response))  # noqa: PLW0108
    page.goto(url + root(lang), wait_until="networkidle")
    page.wait_for_timeout(500)
    weights = {"index": 0, "other": 0}
    largest = []
    for response in responses:
        try:
            body = response.body()
        except Exception:  # noqa: S112 - redirects and aborted requests have no body
            continue
        size = len(gzip.compress(body, 6))
        weights["index" if "search_index" in response.url else "other"] += size
        largest.append((size, response.url.removeprefix(url)))
    context.close()
    return {"first_view_gzip_kb": round(weights["other"] / 1024, 1),
            "index_gzip_kb": round(weights["index"] / 1024, 1),
            "requests": len(responses), "largest": [f"{s // 1024} KB {u}" for s, u in sorted(largest)[-4:]]}


def _first_result(browser: Any, url: str, lang: str) -> dict[str, Any]:
    """Type a query as soon as the page loads; time until the search has built its index, and
    from the last keystroke (once the index is ready) until results show."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + root(lang), wait_until="domcontentloaded")
    started = time.perf_counter()
    config = json.loads(page.inner_text("#__config"))
    ready_text = config["translations"]["search.result.placeholder"]
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').innerText === t",
                           arg=ready_text, timeout=120_000)
    ready_ms = (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(3):
        box.fill("")
        page.wait_for_timeout(200)
        took = page.evaluate("""async query => {
            const box = document.querySelector("input[data-md-component=search-query]")
            const list = document.querySelector(".md-search-result__list")
            const start = performance.now()
            box.value = query
            box.dispatchEvent(new Event("input", { bubbles: true }))
            box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, key: query.slice(-1) }))
            while (!list.querySelector(".md-search-result__item")) {
              if (performance.now() - start > 10000) return -1  // no result: reported, not waited for
              await new Promise(resolve => requestAnimationFrame(resolve))
            }
            return performance.now() - start
        }""", QUERIES[lang])
        timings.append(took)
    context.close()
    found = [t for t in timings if t >= 0]
    return {"index_ready_ms": round(ready_ms),
            # the first query of a page view: for ours it includes fetching the stemmer
            "first_result_ms": round(timings[0]) if timings[0] >= 0 else None,
            "warm_result_ms": round(min(found)) if found else None}


def lighthouse(site: Path, work: Path) -> dict[str, dict[str, int]]:
    """Lighthouse (npm) with Debian's Chromium on the home page, a standard and the FAQ."""
    node = ROOT / "build" / "bench" / "node"
    binary = node / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(node),
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True, capture_output=True)
    scores = {}
    with serve(site, PREFIX) as url:
        for name, path in (("home", ""), ("standard", "standards/response-time/"), ("faq", "faq/")):
            report = work / f"lighthouse-{name}.json"
            subprocess.run([str(binary), url + path, "--quiet", "--output=json", f"--output-path={report}",
                            "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
                            "--disable-background-networking --disable-component-update --disable-sync"],
                           check=True, env={**os.environ, "CHROME_PATH": EXECUTABLE}, capture_output=True)
            data = json.loads(report.read_text(encoding="utf-8"))
            scores[name] = {k: round(v["score"] * 100) for k, v in data["categories"].items()}
    return scores


def run_size(n: int, work: Path, with_lighthouse: bool, lenient: bool = False) -> dict[str, Any]:
    project = synthetic.make(ROOT, work / f"ours-{n}", n)
    if lenient:
        bench_lenient.rewrite(project / "docs")
    stock_project = work / f"stock-{n}"
    shutil.copytree(project, stock_project)
    config = stock_project / "mkdocs.yml"
    config.write_text(without_hooks(config.read_text(encoding="utf-8")), encoding="utf-8")
    report: dict[str, Any] = {"n": n}
    for variant, folder in (("ours", project), ("stock", stock_project)):
        site = folder / "site"
        report[variant] = {"build": build(folder, site, lenient), "index": index_sizes(site, variant),
                           "browser": browser_measurements(site)}
        if variant == "ours":
            for lang, size in whole_index_sizes(site).items():
                report[variant]["index"][lang]["gzip_with_lunr_index"] = size
        if with_lighthouse and variant == "ours" and n == min(SIZES_DEFAULT):
            report[variant]["lighthouse"] = lighthouse(site, work)
    return report


def verdicts(report: dict[str, Any]) -> list[str]:
    ours, theirs, n = report["ours"], report["stock"], report["n"]
    lines = []
    overhead = ours["build"]["seconds"] / theirs["build"]["seconds"] - 1
    lines.append(_verdict(f"N={n} build time ours/stock {overhead + 1:.2f} (hooks add {overhead:.0%})",
                          overhead <= BUDGETS["hook_overhead"], f"<= {BUDGETS['hook_overhead']:.0%}"))
    combined = theirs["index"][DEFAULT_LANGUAGE]["raw"]
    for lang in LANGUAGES:
        share = ours["index"][lang]["raw"] / combined
        lines.append(_verdict(f"N={n} {lang} index {share:.0%} of the stock combined index",
                              share <= BUDGETS["index_share"], f"<= {BUDGETS['index_share']:.0%}"))
        view = ours["browser"][lang]["first_view_gzip_kb"]
        lines.append(_verdict(f"N={n} {lang} first view {view} KB gzip besides the index",
                              view <= BUDGETS["first_view_gzip_kb"], f"<= {BUDGETS['first_view_gzip_kb']} KB"))
        sizes = ours["index"][lang]
        if "gzip_without_prebuilt" in sizes:
            growth = sizes["gzip"] / sizes["gzip_without_prebuilt"] - 1
            lines.append(_verdict(f"N={n} {lang} prebuilt word forms add {growth:.0%} to the index download",
                                  growth <= BUDGETS["prebuilt_growth"], f"<= {BUDGETS['prebuilt_growth']:.0%}"))
            whole = sizes["gzip_with_lunr_index"] / sizes["gzip_without_prebuilt"] - 1
            lines.append(_verdict(f"N={n} {lang} (not adopted) the whole lunr.py index would add {whole:.0%}",
                                  whole <= BUDGETS["prebuilt_growth"], f"<= {BUDGETS['prebuilt_growth']:.0%}"))
        if n >= 1000:
            ready = ours["browser"][lang]["index_ready_ms"]
            lines.append(_verdict(f"N={n} {lang} search ready {ready} ms after the page loads",
                                  ready <= BUDGETS["ready_ms"], f"<= {BUDGETS['ready_ms']} ms"))
            first = ours["browser"][lang]["first_result_ms"]
            lines.append(_verdict(f"N={n} {lang} first results {first} ms after typing",
                                  first is not None and first <= BUDGETS["first_result_ms"],
                                  f"<= {BUDGETS['first_result_ms']} ms"))
    for page, scores in ours.get("lighthouse", {}).items():
        for category, minimum in LIGHTHOUSE_MINIMUM.items():
            lines.append(_verdict(f"N={n} Lighthouse {page} {category} {scores.get(category)}",
                                  scores.get(category, 0) >= minimum, f">= {minimum}"))
    return lines


def _verdict(text: str, ok: bool, budget: str) -> str:
    return f"{'PASS' if ok else 'MISS'}  {text}  (budget {budget})"


def table(report: dict[str, Any]) -> str:
    ours, theirs, n = report["ours"], report["stock"], report["n"]
    rows = [f"N = {n} articles per language",
            f"{'measure':38} {'ours':>12} {'stock':>12} {'ours/stock':>10}"]

    def row(name: str, a: float | None, b: float | None) -> None:
        ratio = f"{a / b:.2f}" if a is not None and b else "–"
        rows.append(f"{name:38} {a if a is not None else '–':>12} {b if b is not None else '–':>12} {ratio:>10}")

    row("build time (s)", ours["build"]["seconds"], theirs["build"]["seconds"])
    row("peak memory of the build (MB)", ours["build"]["peak_rss_mb"], theirs["build"]["peak_rss_mb"])
    for lang in LANGUAGES:
        row(f"{lang} search index downloaded (KB raw)", ours["index"][lang]["raw"] // 1024,
            theirs["index"][lang]["raw"] // 1024)
        row(f"{lang} search index downloaded (KB gzip)", ours["index"][lang]["gzip"] // 1024,
            theirs["index"][lang]["gzip"] // 1024)
        bare = ours["index"][lang].get("gzip_without_prebuilt")
        if bare:
            row(f"{lang} index w/o prebuilt forms (KB gzip)", bare // 1024, None)
            whole = ours["index"][lang]["gzip_with_lunr_index"]
            row(f"{lang} index with whole lunr index (KB gzip)", whole // 1024, None)
        for key, label in (("first_view_gzip_kb", "first view w/o index (KB gzip)"),
                           ("index_ready_ms", "search ready on a cold page (ms)"),
                           ("first_result_ms", "typing to first results (ms)"),
                           ("warm_result_ms", "typing to results, later (ms)")):
            row(f"{lang} {label}", ours["browser"][lang][key], theirs["browser"][lang][key])
    return "\n".join(rows)


SIZES_DEFAULT = [100, 1000]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES_DEFAULT)
    parser.add_argument("--lighthouse", action="store_true", help="also run Lighthouse (npm, needs npm)")
    parser.add_argument("--lenient", action="store_true",
                        help="build content that fails the content check (bench/lenient.py); numbers only")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "performance.json")
    args = parser.parse_args(argv)
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            report = run_size(n, Path(tmp), args.lighthouse, args.lenient)
            reports.append(report)
            print(table(report), *verdicts(report), "", sep="\n", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"budgets": BUDGETS, "runs": reports}, ensure_ascii=False, indent=2),
                        encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
