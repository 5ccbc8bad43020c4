"""Each language's lunr index built at build time with lunr.py, shipped compact inside
search_index.json: the reader's browser decodes it instead of tokenizing and stemming
every page (lunr-language.js, decodePrebuilt).

The compact form: `terms` (sorted), and per term its postings as key deltas (key =
document number * number of fields + field number), each shifted left by one bit whose
1 says that a term frequency above 1 follows. Scores are not shipped: the browser
computes lunr's BM25 from the frequencies, as lunr's builder does.
"""

from __future__ import annotations

from typing import Any

import lunr.builder
from lunr.pipeline import Pipeline
from lunr.token import Token

from kb.search.analysis import Analyzer
from kb.search.config import INDEX_CONFIG

FORMAT = 1


def analyzer_for(lang: str, docs: list[dict[str, Any]]) -> Analyzer:
    """The language's analyzer; for German with the vocabulary that compounds are split against."""
    analyzer = Analyzer(lang)
    if lang == "de":
        vocabulary: set[str] = set()
        for doc in docs:
            for name in INDEX_CONFIG["fields"]:
                for word in analyzer.words(_value(doc, name)):
                    vocabulary.update(analyzer.forms(word))
        analyzer.compounds = vocabulary
    return analyzer


def lunr_builder(lang: str, docs: list[dict[str, Any]]) -> lunr.builder.Builder:
    """lunr.py's builder with our pipeline, Material's settings (b = 0) and the documents added."""
    analyzer = analyzer_for(lang, docs)

    def terms(token: Token, i: int, tokens: list[Token]) -> list[Token]:
        return [token.clone(lambda _s, _m, form=form: form) for form in analyzer.terms(str(token))]

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


def prebuilt(lang: str, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The compact prebuilt index of one language's documents."""
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
    return {"format": FORMAT, "count": len(docs), "fields": fields, "terms": terms, "postings": postings}


def _value(doc: dict[str, Any], name: str) -> str | list[str]:
    value = doc.get(name) or ""
    return value if isinstance(value, (str, list)) else str(value)
