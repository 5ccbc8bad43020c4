// Folding, stemming, query expansion, typos, compounds, transliteration and the prebuilt index
// (kb/search/lunr-language.js), in the lunr that Material's worker runs.
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const fs = require("node:fs")
const path = require("node:path")
const support = require("./support.js")
const { normalize, folder, indexFromForms, scoreIndex, coordinate } = require("../../kb/search/lunr-language.js")

const DOCS = {
  cs: [
    { location: "complaints/", title: "Stížnosti a reklamace", text: "Stížnost můžete podat e-mailem. Reklamaci vyřídíme do 30 dnů." },
    { location: "faq/", title: "Časté otázky", text: "" },
    { location: "faq/#reply-time", title: "Jak rychle odpovíte?", text: "Na e-mail odpovíme do 2 pracovních dnů.", keywords: "kdy se ozvete" },
    { location: "contact/", title: "Kontakt", text: "Zavolejte nám nebo napište." },
  ],
  de: [
    { location: "complaints/", title: "Beschwerden", text: "Die Beschwerdestelle prüft jede Beschwerde." },
    { location: "contact/", title: "Kontakt", text: "Stelle für Fragen zur Bearbeitung: rufen Sie uns an." },
    { location: "hours/", title: "Öffnungszeiten", text: "Wir sind werktags erreichbar." },
  ],
  hy: [
    { location: "complaints/", title: "Բողոքներ", text: "Բողոքը կարող եք ներկայացնել նամակով։" },
    { location: "charter/", title: "Խարտիա", text: "Հաճախորդների սպասարկման խարտիան։" },
    { location: "contact/", title: "Կապ", text: "Զանգահարեք մեզ կամ գրեք չատում։" },
  ],
}

function indexOf(lang, options) {
  const context = support.worker()
  context.lunr.tokenizer.separator = /[\s\-,:;!?=\[\]()"/«»„“”‚‘›‹։՝…]+|\.(?!\d)/
  return { context, index: support.index(context, lang, DOCS[lang], options) }
}

test("words are normalized and folded: case, marks inside words, diacritics, German umlauts", () => {
  assert.equal(normalize("„Stížnost“"), "stížnost")
  assert.equal(normalize("ինչպե՞ս"), "ինչպես")
  assert.equal(folder("cs")("stížnost"), "stiznost")
  assert.equal(folder("pl")("złożyć"), "zlozyc")
  assert.equal(folder("de")("öffnungszeiten"), folder("de")("oeffnungszeiten"))
})

test("Snowball stems in every language", () => {
  const context = support.worker()
  const stems = {
    cs: ["stížnosti", "stížnost"], de: ["beschwerden", "beschwerd"], pl: ["reklamacji", "reklamacj"], hy: ["բողոքներ", "բողո"],
  }
  for (const [lang, [word, stem]] of Object.entries(stems))
    assert.equal(support.stemmer(context, support.ALGORITHMS[lang])(word), stem, lang)
})

test("inflected and diacritic-free queries meet the stems", () => {
  const { index } = indexOf("cs")
  assert.equal(support.search(index, "stížností")[0], "complaints/")
  assert.equal(support.search(index, "stiznost")[0], "complaints/")
  assert.equal(support.search(index, "stížn")[0], "complaints/") // typing
})

test("a typo finds the word, but never outranks an exact match", () => {
  const { index } = indexOf("cs")
  assert.equal(support.search(index, "stížonst")[0], "complaints/") // two letters swapped
  assert.equal(support.search(index, "reklamce")[0], "complaints/") // a letter missing
  assert.deepEqual(support.search(index, "kontkat"), ["contact/"])
  // "kontakt" is known: no typo clauses, so only the exact page
  assert.deepEqual(support.search(index, "kontakt"), ["contact/"])
  assert.deepEqual(support.search(index, "xyzxyz"), [])
})

test("results that match more of the query's words come first", () => {
  const result = (ref, score, terms) => ({ ref, score, matchData: { metadata: Object.fromEntries(terms.map(t => [t, {}])) } })
  const words = [[{ term: "adres", wildcard: 0 }], [{ term: "punkt*", wildcard: 2 }], [{ term: "obslug", wildcard: 0 }]]
  const ranked = coordinate([result("service-levels/", 4, ["obslug"]), result("contact/", 1, ["adres", "punktu", "obslug"])], words)
  assert.deepEqual(ranked.map(r => r.ref), ["contact/", "service-levels/"])
  assert.equal(ranked[0].score, 1) // all words matched: unchanged
  assert.equal(ranked[1].score, 4 / 9) // one of three: scaled by (1/3)²
})

test("section keywords lead to the entry itself", () => {
  const { index } = indexOf("cs")
  assert.equal(support.search(index, "kdy se ozvete")[0], "faq/#reply-time")
})

test("a German compound finds its parts written apart, and parts find the compound", () => {
  const { index } = indexOf("de")
  assert.equal(support.search(index, "Fragenstelle")[0], "contact/") // compound query, text writes "Stelle für Fragen"
  assert.ok(support.search(index, "Beschwerdebearbeitung").includes("contact/"))
  assert.equal(support.search(index, "Oeffnungszeiten")[0], "hours/")
})

test("Armenian typed in Latin letters finds the Armenian pages", () => {
  const { index } = indexOf("hy")
  assert.equal(support.search(index, "boghoq")[0], "complaints/")
  assert.equal(support.search(index, "xartia")[0], "charter/")
  assert.equal(support.search(index, "khartian")[0], "charter/") // the Armenian form with the article
  assert.equal(support.search(index, "kap")[0], "contact/")
  assert.equal(support.search(index, "bogh")[0], "complaints/") // typing
})

test("the closest spelling is offered when nothing matches, as the pages write it", () => {
  const { context, index } = indexOf("cs")
  assert.equal(context.lunr.cs.suggest("stíznsoti* zboží*", index), "stížnosti zboží")
  assert.equal(context.lunr.cs.suggest("kontakt*", index), null)
})

test("indexing with the prebuilt word forms gives lunr.py's index (cases written by tests/test_search.py)", { skip: !process.env.KB_PREBUILT_CASE }, () => {
  const cases = JSON.parse(fs.readFileSync(process.env.KB_PREBUILT_CASE, "utf8"))
  for (const c of cases) {
    const context = support.worker()
    const language = support.language(context, c.lang, c.stopWords)
    const fields = Object.keys(c.boosts)
    const built = indexFromForms(c.prebuilt, c.docs, "location", fields, language, new RegExp(c.separator))
    assert.deepEqual([...built.terms].sort(), Object.keys(c.lunr_py.inverted).sort(), c.lang)
    const refs = c.docs.map(d => d.location)
    const vectors = scoreIndex(built, fields, refs, refs.map(() => 1), c.boosts)
    for (const [fieldRef, elements] of Object.entries(c.lunr_py.vectors)) {
      const ours = vectors[fieldRef] || []
      const byTerm = new Map()
      for (let i = 0; i < ours.length; i += 2) byTerm.set(built.terms[ours[i]], ours[i + 1])
      for (const [term, score] of elements)
        assert.ok(Math.abs(byTerm.get(term) - score) <= 0.0011, `${c.lang} ${fieldRef} ${term}: ${byTerm.get(term)} vs ${score}`)
      assert.equal(byTerm.size, elements.length, `${c.lang} ${fieldRef}`)
    }
  }
})

test("an index built from the prebuilt word forms answers the queries", { skip: !process.env.KB_PREBUILT_CASE }, () => {
  const cases = JSON.parse(fs.readFileSync(process.env.KB_PREBUILT_CASE, "utf8"))
  for (const c of cases) {
    const context = support.worker()
    context.lunr.tokenizer.separator = new RegExp(c.separator)
    const index = support.index(context, c.lang, c.docs, { prebuilt: c.prebuilt, stopWords: c.stopWords })
    assert.ok(index.kbBuilder, "built by our fast builder, not lunr's")
    for (const [query, expected] of c.queries)
      assert.equal(support.search(index, query)[0], expected, `${c.lang} ${query}`)
  }
})
