"""What the build prepares so that the reader's browser indexes fast: every word's index terms.

Indexing in the browser took seconds at 1,000 articles per language, mostly stemming each
word with the WebAssembly stemmer. The build knows every word of the language's pages, so
it computes their index terms here, with the same Snowball stems (kb/search/analysis.py),
and ships them as a table inside search_index.json (`word_forms`); the worker indexes with
table look-ups (lunr-language.js, indexFromForms).

Shipping the whole lunr index instead was measured and not adopted: built with lunr.py
(`lunr_index`, compact: terms and per term the entries and frequencies), it adds 71-92 %
to a reader's index download on the real content (gzip), against at most 50 % allowed; the
table of word forms adds 33-42 %. lunr.py stays the reference: tests check that the
browser's index equals lunr.py's (`lunr_builder`), and the benchmark weighs both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kb.search.analysis import Analyzer
from kb.search.config import INDEX_CONFIG

if TYPE_CHECKING:
    import lunr.builder

FORMAT = 2


def analyzer_for(lang: str, docs: list[dict[str, Any]]) -> tuple[Analyzer, set[str]]:
    """The language's analyzer and the distinct words of the documents; for German the analyzer
    splits compounds against those words' forms."""
    analyzer = Analyzer(lang)
    words = set(_words(analyzer, docs))
    if lang == "de":
        analyzer.compounds = {form for word in words for form in analyzer.forms(word)}
    return analyzer, words


def word_forms(lang: str, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each word's index terms beyond its folded self, for the browser's fast builder.

    `forms[i]` belongs to `words[i]`: a number k for the folded word's first k letters (a
    stem usually is one), a string, or a list of those; words with no other term are left
    out (the browser indexes a word it does not find as written, folded).
    """
    analyzer, distinct = analyzer_for(lang, docs)
    words, forms = [], []
    for word in sorted(distinct):
        terms = analyzer.terms(word)
        folded, extra = terms[0], terms[1:]
        if not extra:
            continue
        encoded: list[int | str] = [len(t) if folded.startswith(t) else t for t in extra]
        words.append(word)
        forms.append(encoded[0] if len(encoded) == 1 else encoded)
    return {"format": FORMAT, "count": len(docs), "words": words, "forms": forms}


def lunr_builder(lang: str, docs: list[dict[str, Any]]) -> lunr.builder.Builder:
    """lunr.py's builder with our terms, Material's settings (b = 0) and the documents added
    (the reference for tests and benchmarks; the site's build does not need lunr.py)."""
    # lunr.py is a test dependency: imported here, so that the build never needs it
    import lunr.builder  # noqa: PLC0415
    from lunr.pipeline import Pipeline  # noqa: PLC0415
    from lunr.token import Token  # noqa: PLC0415

    analyzer, _ = analyzer_for(lang, docs)

    def terms(token: Token, i: int, tokens: list[Token]) -> list[Token]:
        return [token.clone(lambda _s, _m, form=form: form) for form in analyzer.terms(str(token))]

    Pipeline.registered_functions.pop(f"kb-terms-{lang}", None)  # a new analyzer each time: no warning
    Pipeline.register_function(terms, f"kb-terms-{lang}")
    builder = lunr.builder.Builder()
    builder.pipeline.add(terms)
    builder.b(0)
    builder.ref("location")
    for name, spec in INDEX_CONFIG["fields"].items():
        # tokens arrive normalized and without stop words (a list is not split again)
        builder.field(name, boost=spec["boost"],
                      extractor=lambda doc, name=name: analyzer.words(_value(doc, name)))
    for doc in docs:
        builder.add(doc, {"boost": doc["boost"]} if "boost" in doc else None)
    return builder


def lunr_index(lang: str, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The whole lunr index, compact (measured by bench.performance, not shipped): sorted terms,
    and per term its (document, field) keys as deltas shifted left by one bit whose 1 says
    that a term frequency above 1 follows."""
    builder = lunr_builder(lang, docs)
    fields = list(INDEX_CONFIG["fields"])
    number = {doc["location"]: i for i, doc in enumerate(docs)}
    terms = sorted(builder.inverted_index)
    postings = []
    for term in terms:
        posting = builder.inverted_index[term]
        keys = sorted((number[ref] * len(fields) + f, builder.field_term_frequencies[f"{name}/{ref}"][term])
                      for f, name in enumerate(fields) for ref in posting[name])
        encoded, previous = [], 0
        for key, tf in keys:
            encoded.append((key - previous) << 1 | (tf > 1))
            if tf > 1:
                encoded.append(tf)
            previous = key
        postings.append(encoded)
    return {"count": len(docs), "fields": fields, "terms": terms, "postings": postings}


def _words(analyzer: Analyzer, docs: list[dict[str, Any]]) -> list[str]:
    return [word for doc in docs for name in INDEX_CONFIG["fields"] for word in analyzer.words(_value(doc, name))]


def _value(doc: dict[str, Any], name: str) -> str | list[str]:
    value = doc.get(name) or ""
    return value if isinstance(value, (str, list)) else str(value)
