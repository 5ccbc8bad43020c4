// What the search tests share: lunr.js (taken from Material's installed worker, which bundles
// it: no npm dependency), the Snowball stemmers, and our search scripts loaded as the worker loads them.
"use strict"
const fs = require("node:fs")
const path = require("node:path")
const vm = require("node:vm")

const ROOT = path.resolve(__dirname, "..", "..")
const SEARCH = path.join(ROOT, "kb", "search")

/* lunr.js source out of Material's worker source map (tests/test_search_js.py passes its path). */
function lunrSource() {
  if (process.env.KB_LUNR_JS) return fs.readFileSync(process.env.KB_LUNR_JS, "utf8")
  const sites = path.join(ROOT, ".venv", "lib")
  for (const python of fs.existsSync(sites) ? fs.readdirSync(sites) : []) {
    const workers = path.join(sites, python, "site-packages", "material", "templates", "assets", "javascripts", "workers")
    for (const name of fs.existsSync(workers) ? fs.readdirSync(workers) : [])
      if (name.endsWith(".min.js.map")) {
        const map = JSON.parse(fs.readFileSync(path.join(workers, name), "utf8"))
        const i = map.sources.findIndex(s => s.endsWith("lunr/lunr.js"))
        if (i >= 0) return map.sourcesContent[i]
      }
  }
  throw new Error("lunr.js not found: set KB_LUNR_JS or install the requirements into .venv")
}

/* A fresh global scope with lunr, SnowballWasm, kbWords and kbLunrLanguage, as in the worker. */
function worker() {
  const context = { console, URL, TextDecoder, TextEncoder }
  context.self = context
  vm.createContext(context)
  vm.runInContext(lunrSource() + "\n;self.lunr = lunr", context)
  for (const file of ["snowball/snowball.js", "words.js", "prebuilt-index.js", "query.js", "lunr-language.js"])
    vm.runInContext(fs.readFileSync(path.join(SEARCH, file), "utf8") + "\n;self.SnowballWasm = typeof SnowballWasm !== 'undefined' ? SnowballWasm : self.SnowballWasm", context, { filename: file })
  // objects made inside the context: the glue checks prototypes of its own realm
  context.wasmBytes = new Uint8Array(fs.readFileSync(path.join(SEARCH, "snowball", "snowball.wasm")))
  vm.runInContext("SnowballWasm.initSync({ module: new WebAssembly.Module(wasmBytes) })", context)
  return context
}

/* A stemming function for a language (Snowball algorithm name as in kb/search/config.py). */
function stemmer(context, algorithm) {
  const s = new context.SnowballWasm.Stemmer(context.SnowballWasm.Languages[algorithm])
  return word => s.stem(word)
}

const ALGORITHMS = { cs: "Czech", de: "German", pl: "Polish", hy: "Armenian" }

/* Our language plugin registered in `context` for `lang`, with the given stop words. */
function language(context, lang, stopWords = []) {
  return context.kbLunrLanguage(context.lunr, lang, { stem: stemmer(context, ALGORITHMS[lang]), stopWords })
}

/* An index over docs [{location, title, text, keywords?}] configured as Material configures it. */
function index(context, lang, docs, { prebuilt, stopWords } = {}) {
  const plugin = language(context, lang, stopWords)
  const fields = { title: { boost: 1000 }, keywords: { boost: 100 }, text: { boost: 1 }, tags: { boost: 1000000 } }
  if (prebuilt) fields.keywords = { ...fields.keywords, prebuilt }
  return context.lunr(function () {
    this.b(0)
    this.use(plugin)
    this.ref("location")
    for (const [name, spec] of Object.entries(fields)) this.field(name, spec)
    for (const doc of docs) this.add(doc)
  })
}

/* Locations found for a query, as Material sends it (every word gets a trailing *). */
function search(idx, query) {
  const material = query.trim().split(/\s+/).map(w => w + "*").join(" ")
  return Array.from(idx.search(material), r => r.ref) // an array of this realm, for deepEqual
}

module.exports = { ROOT, SEARCH, worker, stemmer, language, index, search, ALGORITHMS }
