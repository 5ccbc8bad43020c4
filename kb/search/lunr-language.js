/*
 * Language support for lunr.js: Snowball stemming, stop words, diacritic folding and
 * search-as-you-type, for one language per index.
 *
 * Runs wherever a global `lunr` exists: inside Material's search worker (loaded as
 * lunr.<lang>.min.js by the worker's importScripts), in a test page, in Node.
 *
 *   kbLunrLanguage(lunr, "cs", { stem: word => ..., stopWords: [...] })
 *
 * registers `lunr.cs`, a builder plugin, the way lunr-languages modules do.
 *
 * Index side: each word becomes up to three folded tokens: the word, its stem, and the
 * stem of the word typed without diacritics ("stížnosti" -> stiznosti, stiznost).
 * Query side: Material appends `*` to every query term, which makes lunr skip the
 * pipeline, so inflected or diacritic-free queries would never meet the stems. The
 * query is therefore expanded here into clauses, best match first:
 *   exact folded word (boost 10) > same stem (5) > prefix, for search-as-you-type (1)
 *   > shortened stem prefix, for vowel changes such as odpověď/odpovíme (0.3).
 */
(function (root) {
  "use strict"

  var COMBINING = /[\u0300-\u036f]/g
  var IN_WORD_MARKS = /[\u00ad\u055b-\u055f\u2019']/g // soft hyphen, Armenian ՛ ՜ ՝ ՞ ՟, apostrophes
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu // lunr's trimmer uses ASCII \W and eats "ž"
  var NOT_DECOMPOSED = { "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i" }
  var GERMAN = [[/ä|ae/g, "a"], [/ö|oe/g, "o"], [/ü|ue/g, "u"], [/ß/g, "ss"]]
  var BOOST = { exact: 10, stem: 5, prefix: 1, loose: 0.3 }
  var LOOSE_MIN = 5 // a stem shorter than this is not shortened further
  var KEYWORDS_FIELD = "keywords" // a field of our indexes only (kb/search_lang INDEX_CONFIG)

  /* Lower-case, drop marks written inside words, trim punctuation at the edges. */
  function normalize(word) {
    return word.toLowerCase().replace(IN_WORD_MARKS, "").replace(EDGES, "")
  }

  /* Fold diacritics, so that "stiznost" meets "stížnost" and "oeffnungszeiten" "Öffnungszeiten". */
  function folder(lang) {
    return function (word) {
      if (lang === "de")
        for (var i = 0; i < GERMAN.length; i++)
          word = word.replace(GERMAN[i][0], GERMAN[i][1])
      return word.normalize("NFD").replace(COMBINING, "")
        .replace(/[łđøæœı]/g, function (c) { return NOT_DECOMPOSED[c] })
    }
  }

  function unique(list) {
    return list.filter(function (item, i) { return item && list.indexOf(item) === i })
  }

  function kbLunrLanguage(lunr, lang, options) {
    var stem = options.stem
    var fold = folder(lang)
    var stopWords = {}
    options.stopWords.forEach(function (word) {
      stopWords[word] = true
      stopWords[fold(word)] = true
    })

    /* The forms of a word that go into the index (and that a query word is matched to). */
    function forms(word) {
      var folded = fold(word)
      return unique([folded, fold(stem(word)), fold(stem(folded))])
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

    /* Expand one query clause as Material produced it ("word*") into weighted clauses. */
    function expand(clause, isLast) {
      var wildcard = lunr.Query.wildcard
      var word = clause.term
      var plain = /^[^*]+\*?$/.test(word) && !(clause.wildcard & wildcard.LEADING)
      if (!plain || clause.editDistance)
        return [clause]
      word = normalize(word.replace(/\*$/, ""))
      if (!word)
        return []
      var folded = fold(word)
      var stems = forms(word).slice(1)
      var base = { fields: clause.fields, usePipeline: false, presence: clause.presence }
      var boost = clause.boost || 1
      function make(term, kind, trailing) {
        return Object.assign({}, base, {
          term: trailing ? term + "*" : term,
          boost: boost * BOOST[kind],
          wildcard: trailing ? wildcard.TRAILING : wildcard.NONE
        })
      }
      // required (+) and prohibited (-) terms must stay one clause: match the stem as a prefix
      if (clause.presence !== lunr.Query.presence.OPTIONAL)
        return [make(fold(stem(word)), "stem", true)]
      if (stopWords[word] || stopWords[folded])
        return isLast ? [make(folded, "prefix", true)] : []
      var clauses = [make(folded, "exact", false)]
      stems.forEach(function (form) {
        if (form !== folded) clauses.push(make(form, "stem", false))
      })
      clauses.push(make(folded, "prefix", true))
      var loose = fold(stem(word))
      if (loose.length >= LOOSE_MIN)
        clauses.push(make(loose.slice(0, Math.max(LOOSE_MIN, loose.length - 2)), "loose", true))
      return clauses
    }

    function expandQuery(query) {
      var original = query.clauses
      var expanded = []
      original.forEach(function (clause, i) {
        expanded.push.apply(expanded, expand(clause, i === original.length - 1))
      })
      // a query of stop words only still searches for them, as prefixes
      query.clauses = expanded.length ? expanded : original.map(function (clause) {
        return Object.assign({}, clause, { term: fold(normalize(clause.term.replace(/\*$/, ""))) + "*" })
      })
    }

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
    lunr[lang] = plugin

    /* Route queries of indexes built with this plugin through expandQuery. */
    var build = lunr.Builder.prototype.build
    if (!build.kbPatched) {
      lunr.Builder.prototype.build = function () {
        var index = build.call(this)
        index.kbLanguage = this.kbLanguage
        return index
      }
      lunr.Builder.prototype.build.kbPatched = true
      var query = lunr.Index.prototype.query
      lunr.Index.prototype.query = function (fn) {
        var language = this.kbLanguage && lunr[this.kbLanguage]
        if (!language || !language.expandQuery)
          return query.call(this, fn)
        return query.call(this, function (q) {
          fn.call(q, q)
          language.expandQuery(q)
        })
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
    return plugin
  }

  root.kbLunrLanguage = kbLunrLanguage
  if (typeof module !== "undefined" && module.exports)
    module.exports = { kbLunrLanguage: kbLunrLanguage, normalize: normalize, folder: folder }
})(typeof self !== "undefined" ? self : this);
