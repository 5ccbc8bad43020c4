/*
 * Language support for lunr.js: Snowball stemming, stop words, diacritic folding,
 * search-as-you-type, typos, German compounds, Armenian in Latin letters, a prebuilt
 * index, and a spelling to offer when nothing matched. One language per index.
 *
 * Runs wherever a global `lunr` exists: inside Material's search worker (loaded as
 * lunr.<lang>.min.js by the worker's importScripts, after words.js, prebuilt-index.js and
 * query.js), in Node for tests.
 *
 *   kbLunrLanguage(lunr, "cs", { stem: word => ..., stopWords: [...] })
 *
 * registers `lunr.cs`, a builder plugin, the way lunr-languages modules do.
 *
 * This file holds the plugin (kbLunrLanguage: stemming, stop words, lunr's pipeline) and
 * the hooks into lunr's prototypes (patchLunr); the index side is in prebuilt-index.js,
 * the query side in query.js.
 */
(function (root) {
  "use strict"

  var words = root.kbWords || (typeof require === "function" ? require("./words.js") : null)
  var prebuilt = root.kbPrebuiltIndex || require("./prebuilt-index.js")
  var kbQuery = root.kbQuery || require("./query.js")
  var normalize = prebuilt.normalize, folder = prebuilt.folder, loadPrebuilt = prebuilt.loadPrebuilt
  var coordinate = kbQuery.coordinate
  var KEYWORDS_FIELD = "keywords" // a field of our indexes only (kb/search INDEX_CONFIG)
  var HIGHLIGHTED = 20 // results whose matched words get positions (Material highlights them)

  /*
   * The Snowball stemmer, loaded on its first use: the WebAssembly (all Snowball
   * languages, 124 KB gzip) is fetched only when a reader first searches, not on every
   * page view. Workers may load it synchronously.
   */
  function lazyStemmer(algorithm, wasmUrl) {
    var stemmer = null
    return function (word) {
      if (!stemmer) {
        var request = new XMLHttpRequest()
        request.open("GET", wasmUrl, false)
        request.responseType = "arraybuffer"
        request.send()
        root.SnowballWasm.initSync({ module: new WebAssembly.Module(request.response) })
        stemmer = new root.SnowballWasm.Stemmer(root.SnowballWasm.Languages[algorithm])
      }
      return stemmer.stem(word)
    }
  }

  function kbLunrLanguage(lunr, lang, options) {
    var stem = options.stem || lazyStemmer(options.algorithm, options.wasm)
    var fold = folder(lang)
    var stopWords = {}
    options.stopWords.forEach(function (word) {
      stopWords[word] = true
      stopWords[fold(word)] = true
    })

    /* The forms of a word that go into the index (and that a query word is matched to). */
    function forms(word) {
      var folded = fold(word)
      return words.unique([folded, fold(stem(word)), fold(stem(folded))])
    }

    /*
     * The forms of a query word without the stemmer where the pages tell them: a word of the
     * pages has its terms from the build; the same word typed without diacritics, those of
     * the page word it folds to; a word the index holds or begins (being typed) needs no
     * stem. Only other words load the stemmer's WebAssembly.
     */
    function formsFor(word, index) {
      var known = index && index.kbForms
      if (!known) return forms(word)
      var folded = fold(word)
      var found = known.ofWord[word] || known.ofFolded[folded]
      if (found) return found
      if (Object.prototype.hasOwnProperty.call(index.invertedIndex, folded) || words.follow(index.tokenSet, folded))
        return [folded]
      return forms(word)
    }

    var trimmer = function (token) {
      return token.update(normalize)
    }
    var stopWordFilter = function (token) {
      var word = token.toString()
      return word && !stopWords[word] ? token : undefined
    }
    var stemmer = function (token) {
      return forms(token.toString()).map(function (form) {
        return token.clone(function () { return form })
      })
    }
    // lunr warns about unregistered pipeline functions; register them under unique names
    lunr.Pipeline.registerFunction(trimmer, "trimmer-" + lang)
    lunr.Pipeline.registerFunction(stopWordFilter, "stopWordFilter-" + lang)
    lunr.Pipeline.registerFunction(stemmer, "stemmer-" + lang)

    var queries = kbQuery.querySide(lunr, lang, fold, stopWords, formsFor)
    var expandQuery = queries.expandQuery, suggest = queries.suggest, locate = queries.locate

    /* The builder plugin: lunr.<lang> */
    var plugin = function () {
      this.pipeline.reset()
      this.pipeline.add(trimmer, stopWordFilter, stemmer)
      this.searchPipeline.reset()
      this.searchPipeline.add(trimmer, stemmer)
      this.kbLanguage = lang
    }
    plugin.trimmer = trimmer
    plugin.stopWordFilter = stopWordFilter
    plugin.stemmer = stemmer
    plugin.expandQuery = expandQuery
    plugin.forms = forms
    plugin.fold = fold
    plugin.isStopWord = function (word) { return !!stopWords[word] }
    plugin.suggest = suggest
    plugin.locate = locate
    lunr[lang] = plugin
    patchLunr(lunr)
    return plugin
  }

  /*
   * Hooks into lunr's prototypes (once), the only way in: Material's worker calls
   * lunr(function () { ... }) with its own configuration.
   */
  function patchLunr(lunr) {
    if (lunr.Builder.prototype.build.kbPatched) return
    var Builder = lunr.Builder.prototype
    var field = Builder.field, add = Builder.add, build = Builder.build

    // the prebuilt word forms come as an attribute of our own field (config.fields.keywords)
    Builder.field = function (name, attributes) {
      if (attributes && attributes.prebuilt) {
        this.kbPrebuilt = attributes.prebuilt
        attributes = Object.assign({}, attributes)
        delete attributes.prebuilt
      }
      return field.call(this, name, attributes)
    }
    Builder.add = function (doc, attributes) {
      ;(this.kbDocs || (this.kbDocs = [])).push(doc)
      ;(this.kbDocBoosts || (this.kbDocBoosts = [])).push((attributes && attributes.boost) || 1)
      if (this.kbPrebuilt) return // indexed all at once in build(), without lunr's pipeline
      this.kbIndexed = true
      return add.call(this, doc, attributes)
    }
    Builder.build = function () {
      var index = this.kbPrebuilt ? loadPrebuilt(lunr, this) : null
      if (!index) { // no prebuilt word forms, or forms for other documents: lunr's own way
        var docs = this.kbDocs || [], docBoosts = this.kbDocBoosts || []
        this.kbPrebuilt = null
        for (var i = 0; i < docs.length && !this.kbIndexed; i++) add.call(this, docs[i], { boost: docBoosts[i] })
        this.kbIndexed = true
        index = build.call(this)
      }
      index.kbLanguage = this.kbLanguage
      index.kbDocs = this.kbDocs
      index.kbBuilder = this.kbIndexed ? null : this // fast builder: matches get their positions at query time
      index.kbForms = this.kbIndexed ? null : this.kbForms
      return index
    }
    Builder.build.kbPatched = true

    var query = lunr.Index.prototype.query
    lunr.Index.prototype.query = function (fn) {
      var index = this
      var language = this.kbLanguage && lunr[this.kbLanguage]
      if (!language || !language.expandQuery)
        return query.call(this, fn)
      var expanded = null
      var results = query.call(this, function (q) {
        fn.call(q, q)
        language.expandQuery(q, index)
        expanded = q
      })
      if (expanded && expanded.kbWords && expanded.kbWords.length > 1)
        results = coordinate(results, expanded.kbWords)
      if (this.kbBuilder)
        results.slice(0, HIGHLIGHTED).forEach(function (result) { language.locate(index, result) })
      return results
    }

    // a query that found nothing: tell the page which spelling to offer (overrides/assets/javascripts/kb-search.js)
    var search = lunr.Index.prototype.search
    lunr.Index.prototype.search = function (text) {
      var results = search.call(this, text)
      var language = this.kbLanguage && lunr[this.kbLanguage]
      if (!results.length && language && typeof WorkerGlobalScope !== "undefined" && typeof postMessage === "function")
        postMessage({ type: "kb-empty", query: text, suggestion: language.suggest(text, this) })
      return results
    }

    // Material parses the query a second time, with a Query over title, text and tags
    // only, to mark words that matched no index term as "missing" and to boost results
    // by the share of words matched. Index terms are folded stems here, so a word found
    // through its stem would count as missing, and a query of such words alone divides
    // 0 by 0 (NaN scores, random order). That query gets empty terms: each matches.
    var clause = lunr.Query.prototype.clause
    lunr.Query.prototype.clause = function (c) {
      if (this.allFields.indexOf(KEYWORDS_FIELD) === -1)
        c.term = ""
      return clause.call(this, c)
    }
  }

  root.kbLunrLanguage = kbLunrLanguage
  var api = {
    kbLunrLanguage: kbLunrLanguage, normalize: normalize, folder: folder, tokenize: prebuilt.tokenize,
    indexFromForms: prebuilt.indexFromForms, scoreIndex: prebuilt.scoreIndex, coordinate: coordinate
  }
  if (typeof module !== "undefined" && module.exports) module.exports = api
})(typeof self !== "undefined" ? self : this);
