/*
 * The index side of the search language support: how a text's words become index terms
 * (normalize, fold, tokenize, as kb/search/analysis.py cuts them) and lunr's index built
 * from the word forms prebuilt by kb/search/prebuild.py (indexFromForms, lazyIndex,
 * loadPrebuilt).
 *
 * Index side: each word becomes up to three folded tokens: the word, its stem, and the
 * stem of the word typed without diacritics ("stížnosti" -> stiznosti, stiznost). The
 * build (kb/search/prebuild.py) computes these terms for every word of the language's
 * pages in Python, with the same Snowball stems, and ships them as a table inside
 * search_index.json; the worker then indexes with table look-ups in a fast builder of
 * its own (indexFromForms, scoreIndex: lunr's own scores), without stemming and without
 * the WebAssembly until the first query.
 *
 * Loaded into Material's search worker after words.js and before query.js and
 * lunr-language.js (kb/search/__init__.py concatenates them); required by those and by the
 * node tests in tests/js/.
 */
(function (root) {
  "use strict"

  var COMBINING = /[\u0300-\u036f]/g
  var IN_WORD_MARKS = /[\u00ad\u055b-\u055f\u2019']/g // soft hyphen, Armenian ՛ ՜ ՝ ՞ ՟, apostrophes
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu // lunr's trimmer uses ASCII \W and eats "ž"
  var NOT_DECOMPOSED = { "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i" }
  var GERMAN = [[/ä|ae/g, "a"], [/ö|oe/g, "o"], [/ü|ue/g, "u"], [/ß/g, "ss"]]
  var K1 = 1.2 // lunr's default; Material sets b = 0, so field lengths do not count
  var NO_POSITIONS = { position: [] } // Material reads match positions; our fast builder records none

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

  /*
   * Words of an index field, cut as kb/search/analysis.py cuts them (tokenize): markup out,
   * split at the index's separator, table cells that Material's index text glues together
   * ("KontaktdatenZeiten", "Telefon+420") split again, lower-cased.
   */
  var ENTITIES = { amp: "&", quot: "\"", apos: "'", nbsp: "\u00a0" }
  var GLUED = /\+|(?<=\p{Ll})(?=\p{Lu})/u

  function unescapeHtml(text) {
    return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, function (all, name) {
      if (name[0] === "#")
        return String.fromCodePoint(/^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : all
    })
  }

  function tokenize(value, separator) {
    var tokens = []
    ;(Array.isArray(value) ? value : [value]).forEach(function (item) {
      if (item === undefined || item === null || item === "") return
      var plain = unescapeHtml(String(item).replace(/&lt;|&gt;/g, " ").replace(/<[^>]*>/g, " "))
      plain.split(separator).forEach(function (chunk) {
        if (chunk) chunk.split(GLUED).forEach(function (word) { if (word) tokens.push(word.toLowerCase()) })
      })
    })
    return tokens
  }

  /*
   * lunr's index (inverted index and field vectors) from what indexFromForms counted,
   * scored as lunr's builder scores (BM25 with b = 0, Material's setting). Both parts are
   * made when a query first needs them (a term's postings, a document field's vector), so
   * that the index is ready as soon as the words are counted.
   */
  function idfOf(documents, count) { // lunr counts a document once per field that holds the term
    return Math.log(1 + Math.abs((count - documents + 0.5) / (documents + 0.5)))
  }

  function vectorOf(own, termNumber, idf, boost) {
    var pairs = []
    for (var term in own) pairs.push([termNumber[term], own[term]])
    pairs.sort(function (a, b) { return a[0] - b[0] })
    var elements = []
    pairs.forEach(function (pair) {
      var t = pair[0], tf = pair[1]
      elements.push(t, Math.round(idf[t] * ((K1 + 1) * tf) / (K1 + tf) * boost * 1000) / 1000)
    })
    return elements
  }

  function lazyIndex(lunr, built, fields, refs, docBoosts, fieldBoosts) {
    var count = refs.length
    var invertedIndex = Object.create(null)
    var termNumber = Object.create(null)
    var idf = new Float64Array(built.terms.length)
    built.terms.forEach(function (term, t) {
      termNumber[term] = t
      idf[t] = idfOf(built.postings[t].length / 2, count)
      Object.defineProperty(invertedIndex, term, {
        configurable: true, enumerable: true,
        get: function () {
          var posting = { _index: t }
          fields.forEach(function (field) { posting[field] = Object.create(null) })
          var list = built.postings[t]
          for (var e = 0; e < list.length; e += 2) posting[fields[list[e + 1]]][refs[list[e]]] = NO_POSITIONS
          Object.defineProperty(invertedIndex, term, { value: posting, enumerable: true })
          return posting
        }
      })
    })
    var refNumber = Object.create(null)
    refs.forEach(function (ref, d) { refNumber[ref] = d })
    var vectors = Object.create(null)
    var fieldVectors = new Proxy(vectors, {
      get: function (made, fieldRef) {
        if (typeof fieldRef !== "string") return undefined
        if (fieldRef in made) return made[fieldRef]
        var cut = fieldRef.indexOf("/") // lunr.FieldRef: field name, "/", document reference
        var f = fields.indexOf(fieldRef.slice(0, cut)), d = refNumber[fieldRef.slice(cut + 1)]
        var own = f < 0 || d === undefined ? null : built.counts[d * fields.length + f]
        if (!own) return undefined
        var boost = (fieldBoosts[fields[f]] || 1) * (docBoosts[d] || 1)
        return (made[fieldRef] = new lunr.Vector(vectorOf(own, termNumber, idf, boost)))
      }
    })
    warmUp(built.counts, fields, refs, fieldVectors)
    return { invertedIndex: invertedIndex, fieldVectors: fieldVectors }
  }

  /*
   * While the reader reads or types, make the field vectors a few hundred at a time (the
   * worker answers queries in between), so that the first query does not make them all.
   */
  var WARM_BATCH = 400
  function warmUp(counts, fields, refs, fieldVectors) {
    if (typeof setTimeout !== "function" || typeof WorkerGlobalScope === "undefined") return
    var key = 0
    ;(function batch() {
      for (var end = Math.min(key + WARM_BATCH, counts.length); key < end; key++)
        if (counts[key] && Object.keys(counts[key]).length)
          fieldVectors[fields[key % fields.length] + "/" + refs[Math.floor(key / fields.length)]] // eslint-disable-line no-unused-expressions
      if (key < counts.length) setTimeout(batch, 0)
    })()
  }

  /* Every field vector at once, as plain arrays (for tests against lunr.py). */
  function scoreIndex(built, fields, refs, docBoosts, fieldBoosts) {
    var termNumber = Object.create(null)
    var idf = built.terms.map(function (term, t) {
      termNumber[term] = t
      return idfOf(built.postings[t].length / 2, refs.length)
    })
    var vectors = {}
    built.counts.forEach(function (own, key) {
      var d = Math.floor(key / fields.length), field = fields[key % fields.length]
      if (Object.keys(own).length)
        vectors[field + "/" + refs[d]] = vectorOf(own, termNumber, idf, (fieldBoosts[field] || 1) * (docBoosts[d] || 1))
    })
    return vectors
  }

  /*
   * Index the documents with the word forms prebuilt by kb/search/prebuild.py: each word's
   * index terms come from the shipped table (Snowball stems and compound parts computed at
   * build time), so nothing is stemmed here; a word missing from the table is indexed as
   * written (folded). `forms[i]` of `words[i]`: 0 (no other term), a number k (the folded
   * word's first k letters), a string, or a list of those.
   */
  function indexFromForms(data, docs, ref, fields, language, separator) {
    var table = Object.create(null)
    data.words.forEach(function (word, i) { table[word] = data.forms[i] })
    var termsOfWord = Object.create(null)
    function termsOf(word) {
      var known = termsOfWord[word]
      if (known) return known
      var folded = language.fold(word)
      var extra = table[word]
      var found = [folded]
      ;(Array.isArray(extra) ? extra : extra ? [extra] : []).forEach(function (form) {
        form = typeof form === "number" ? folded.slice(0, form) : form
        if (found.indexOf(form) < 0) found.push(form)
      })
      if (!termsOfFolded[folded]) termsOfFolded[folded] = found
      return (termsOfWord[word] = found)
    }
    var termsOfFolded = Object.create(null)
    // the terms of each piece of text between separators, worked out once: texts repeat their words
    var termsOfChunk = Object.create(null)
    function chunkTerms(chunk) {
      var known = termsOfChunk[chunk]
      if (known) return known
      var found = []
      chunk.split(GLUED).forEach(function (raw) {
        var word = raw && normalize(raw)
        if (word && !language.isStopWord(word)) found.push.apply(found, termsOf(word))
      })
      return (termsOfChunk[chunk] = found)
    }
    var byTerm = Object.create(null)
    var counts = [] // per document and field: { term: frequency }
    docs.forEach(function (doc, d) {
      fields.forEach(function (field, f) {
        var own = Object.create(null)
        ;(Array.isArray(doc[field]) ? doc[field] : [doc[field]]).forEach(function (item) {
          if (item === undefined || item === null || item === "") return
          var plain = unescapeHtml(String(item).replace(/&lt;|&gt;/g, " ").replace(/<[^>]*>/g, " "))
          plain.split(separator).forEach(function (chunk) {
            if (!chunk) return
            var terms = chunkTerms(chunk)
            for (var i = 0; i < terms.length; i++) own[terms[i]] = (own[terms[i]] || 0) + 1
          })
        })
        for (var term in own) (byTerm[term] || (byTerm[term] = [])).push(d, f)
        counts[d * fields.length + f] = own
      })
    })
    var terms = Object.keys(byTerm).sort()
    return {
      terms: terms, postings: terms.map(function (term) { return byTerm[term] }), counts: counts,
      forms: { ofWord: termsOfWord, ofFolded: termsOfFolded } // every word of the pages: its terms
    }
  }

  /* A lunr.Index from the prebuilt word forms; null if they were made for other documents. */
  function loadPrebuilt(lunr, builder) {
    var data = builder.kbPrebuilt
    var docs = builder.kbDocs || []
    var language = lunr[builder.kbLanguage]
    if (data.count !== docs.length || !language) {
      lunr.utils.warn("the prebuilt search data does not match the documents; indexing them")
      return null
    }
    var refs = docs.map(function (doc) { return String(doc[builder._ref]) })
    var fields = Object.keys(builder._fields)
    var boosts = {}
    fields.forEach(function (name) { boosts[name] = builder._fields[name].boost || 1 })
    var built = indexFromForms(data, docs, builder._ref, fields, language, lunr.tokenizer.separator)
    var lazy = lazyIndex(lunr, built, fields, refs, builder.kbDocBoosts, boosts)
    builder.kbForms = built.forms
    return new lunr.Index({
      invertedIndex: lazy.invertedIndex,
      fieldVectors: lazy.fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(built.terms),
      fields: fields,
      pipeline: builder.searchPipeline
    })
  }

  var api = {
    normalize: normalize, folder: folder, unescapeHtml: unescapeHtml, tokenize: tokenize,
    indexFromForms: indexFromForms, scoreIndex: scoreIndex, lazyIndex: lazyIndex, loadPrebuilt: loadPrebuilt
  }
  root.kbPrebuiltIndex = api
  if (typeof module !== "undefined" && module.exports) module.exports = api
})(typeof self !== "undefined" ? self : this);
