/*
 * Language support for lunr.js: Snowball stemming, stop words, diacritic folding,
 * search-as-you-type, typos, German compounds, Armenian in Latin letters, a prebuilt
 * index, and a spelling to offer when nothing matched. One language per index.
 *
 * Runs wherever a global `lunr` exists: inside Material's search worker (loaded as
 * lunr.<lang>.min.js by the worker's importScripts, after words.js), in Node for tests.
 *
 *   kbLunrLanguage(lunr, "cs", { stem: word => ..., stopWords: [...] })
 *
 * registers `lunr.cs`, a builder plugin, the way lunr-languages modules do.
 *
 * Index side: each word becomes up to three folded tokens: the word, its stem, and the
 * stem of the word typed without diacritics ("stížnosti" -> stiznosti, stiznost). The
 * build (kb/search/prebuild.py) computes these terms for every word of the language's
 * pages in Python, with the same Snowball stems, and ships them as a table inside
 * search_index.json; the worker then indexes with table look-ups in a fast builder of
 * its own (indexFromForms, scoreIndex: lunr's own scores), without stemming and without
 * the WebAssembly until the first query.
 * Query side: Material appends `*` to every query term, which makes lunr skip the
 * pipeline, so inflected or diacritic-free queries would never meet the stems. The
 * query is therefore expanded here into clauses, best match first:
 *   exact folded word (boost 10) > same stem (5) = Armenian reading of Latin letters (5)
 *   > compound part (3) > one typo (2) > prefix, for search-as-you-type (1) > two typos (1)
 *   > shortened stem prefix, for vowel changes such as odpověď/odpovíme (0.3).
 * Typos are looked up only for words the index does not know at all, so they never
 * outrank or bury an exact match.
 */
(function (root) {
  "use strict"

  var words = root.kbWords || (typeof require === "function" ? require("./words.js") : null)
  var COMBINING = /[\u0300-\u036f]/g
  var IN_WORD_MARKS = /[\u00ad\u055b-\u055f\u2019']/g // soft hyphen, Armenian ՛ ՜ ՝ ՞ ՟, apostrophes
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu // lunr's trimmer uses ASCII \W and eats "ž"
  var NOT_DECOMPOSED = { "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i" }
  var GERMAN = [[/ä|ae/g, "a"], [/ö|oe/g, "o"], [/ü|ue/g, "u"], [/ß/g, "ss"]]
  var BOOST = { exact: 10, stem: 5, reading: 5, part: 3, typo: 2, prefix: 1, typo2: 1, knownPart: 1, loose: 0.3 }
  var LOOSE_MIN = 5 // a stem shorter than this is not shortened further
  var KEYWORDS_FIELD = "keywords" // a field of our indexes only (kb/search INDEX_CONFIG)
  var K1 = 1.2 // lunr's default; Material sets b = 0, so field lengths do not count
  var NO_POSITIONS = { position: [] } // Material reads match positions; our fast builder records none
  var HIGHLIGHTED = 20 // results whose matched words get positions (Material highlights them)

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
      return unique([folded, fold(stem(word)), fold(stem(folded))])
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

    /* What the index knows of a word: a form of it, or a term it begins. */
    function vocabulary(index) {
      var has = function (term) { return Object.prototype.hasOwnProperty.call(index.invertedIndex, term) }
      return {
        index: index,
        has: has,
        knows: function (word, folded, stems) {
          return has(folded) || stems.some(has) || words.follow(index.tokenSet, folded) !== null
        },
        trie: index.tokenSet
      }
    }

    /* Expand one query clause as Material produced it ("word*") into weighted clauses. */
    function expand(clause, isLast, known) {
      var wildcard = lunr.Query.wildcard
      var word = clause.term
      var plain = /^[^*]+\*?$/.test(word) && !(clause.wildcard & wildcard.LEADING)
      if (!plain || clause.editDistance)
        return [clause]
      word = normalize(word.replace(/\*$/, ""))
      if (!word)
        return []
      var folded = fold(word)
      var allForms = formsFor(word, known && known.index)
      var stems = allForms.slice(1)
      var stemmed = stems[0] || folded
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
        return [make(stemmed, "stem", true)]
      if (stopWords[word] || stopWords[folded])
        return isLast ? [make(folded, "prefix", true)] : []
      var clauses = [make(folded, "exact", false)]
      stems.forEach(function (form) {
        if (form !== folded) clauses.push(make(form, "stem", false))
      })
      clauses.push(make(folded, "prefix", true))
      var loose = stemmed
      if (loose.length >= LOOSE_MIN)
        clauses.push(make(loose.slice(0, Math.max(LOOSE_MIN, loose.length - 2)), "loose", true))
      if (!known) return clauses
      var isKnown = known.knows(word, folded, stems)
      if (lang === "hy" && words.looksLatin(folded)) {
        var readings = words.armenianReadings(known.trie, folded, { prefixes: isLast })
        readings.terms.forEach(function (term) { clauses.push(make(term, "reading", false)) })
        readings.prefixes.slice(0, 4).forEach(function (term) { clauses.push(make(term, "prefix", true)) })
        if (readings.terms.length || readings.prefixes.length) isKnown = true
      }
      if (lang === "de") {
        var parts = words.splitCompound(folded, known.has)
        if (parts) {
          parts.forEach(function (part) { clauses.push(make(part, isKnown ? "knownPart" : "part", false)) })
          isKnown = true
        }
      }
      var budget = words.typoBudget(folded.length)
      if (!isKnown && budget)
        words.fuzzy(known.trie, folded, budget, 5).forEach(function (match) {
          clauses.push(make(match.term, match.distance === 1 ? "typo" : "typo2", false))
        })
      return clauses
    }

    function expandQuery(query, index) {
      var known = index && index.tokenSet && words ? vocabulary(index) : null
      var original = query.clauses
      var expanded = []
      query.kbWords = [] // the clauses of each query word, to count the words a result matches
      original.forEach(function (clause, i) {
        var clauses = expand(clause, i === original.length - 1, known)
        if (clauses.length) query.kbWords.push(clauses)
        expanded.push.apply(expanded, clauses)
      })
      // a query of stop words only still searches for them, as prefixes
      query.clauses = expanded.length ? expanded : original.map(function (clause) {
        return Object.assign({}, clause, { term: fold(normalize(clause.term.replace(/\*$/, ""))) + "*" })
      })
    }

    /*
     * The closest spelling of a query that found nothing: each word the index does not
     * know becomes the nearest word of the pages' text (as written there, with its
     * diacritics). Null when there is nothing to offer.
     */
    function suggest(text, index) {
      var known = vocabulary(index)
      var display = displayWords(index)
      var changed = false
      var out = text.split(/\s+/).map(function (raw) {
        var word = normalize(raw.replace(/^[+-]|[*~^\d]+$/g, ""))
        if (!word) return ""
        var folded = fold(word)
        if (stopWords[folded] || known.knows(word, folded, formsFor(word, index).slice(1))) return word
        var budget = Math.max(1, words.typoBudget(folded.length) + 1)
        var best = folded.length >= 3 ? words.fuzzy(display.trie, folded, budget, 1)[0] : null
        if (!best) return word
        changed = true
        return display.surface[best.term]
      }).filter(Boolean)
      return changed ? out.join(" ") : null
    }

    /*
     * Where the matched terms stand in a result's fields, for Material to highlight them.
     * lunr's builder records positions while tokenizing; our fast builder does not, so the
     * result's fields are tokenized now, with Material's own extractor and tokenizer
     * (which fill the position table Material highlights from).
     */
    function locate(index, result) {
      var builder = index.kbBuilder
      var doc = (index.kbDocsByRef || (index.kbDocsByRef = byRef(index.kbDocs || [], builder._ref)))[result.ref]
      var matched = result.matchData.metadata
      if (!doc) return
      Object.keys(builder._fields).forEach(function (field) {
        var terms = Object.keys(matched).filter(function (term) { return matched[term][field] })
        if (!terms.length) return
        // lunr may hand out the index's own metadata object (shared by every entry): copy it
        terms.forEach(function (term) { matched[term][field] = { position: [] } })
        var extractor = builder._fields[field].extractor
        var value = extractor ? extractor(doc) : doc[field]
        if (value === undefined || value === null) return
        builder.tokenizer(value, { fields: [field] }).forEach(function (token) {
          var word = normalize(token.toString())
          if (!word || stopWords[word] || token.metadata.position === undefined) return
          // each word once: Material marks a position as often as it is listed
          // Material's tokenizer keeps glued table cells whole: those words are not worth the stemmer
          var known = index.kbForms
          var termsOfWord = (known && (known.ofWord[word] || known.ofFolded[fold(word)])) || [fold(word)]
          termsOfWord.some(function (form) {
            var match = matched[form] && matched[form][field]
            if (match && match.position) match.position.push(token.metadata.position)
            return !!match
          })
        })
      })
    }

    function byRef(docs, ref) {
      var map = Object.create(null)
      docs.forEach(function (doc) { map[String(doc[ref])] = doc })
      return map
    }

    /* The words of the pages as written (most frequent spelling per folded form), built once. */
    function displayWords(index) {
      if (index.kbDisplay) return index.kbDisplay
      var counts = Object.create(null)
      ;(index.kbDocs || []).forEach(function (doc) {
        var text = ((doc.title || "") + " " + (doc.text || "")).replace(/<[^>]*>/g, " ")
        text.split(lunr.tokenizer.separator).forEach(function (raw) {
          var word = normalize(raw)
          if (word.length < 3 || /\d/.test(word) || stopWords[word]) return
          var folded = fold(word)
          var spellings = counts[folded] || (counts[folded] = Object.create(null))
          spellings[word] = (spellings[word] || 0) + 1
        })
      })
      var surface = Object.create(null)
      Object.keys(counts).forEach(function (folded) {
        var spellings = counts[folded]
        surface[folded] = Object.keys(spellings).sort(function (a, b) { return spellings[b] - spellings[a] })[0]
      })
      index.kbDisplay = { trie: words.trie(Object.keys(surface)), surface: surface }
      return index.kbDisplay
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

  /*
   * Results that match more of the query's words first. lunr adds up what each clause
   * scores, so a common word in a title (boost 1000) outweighs two rarer words of the text
   * that say what the reader wants ("adres punktu obsługi"). Material tried to correct that
   * by counting the words that matched no index term, which cannot work on folded stems
   * (lunr-language.js empties that count); this counts the words a result matched through
   * any of their clauses, and scales its score by the share matched, squared.
   */
  function coordinate(results, wordClauses) {
    function matches(term, clause) {
      var prefix = clause.wildcard & 2 // lunr.Query.wildcard.TRAILING
      return prefix ? term.indexOf(clause.term.replace(/\*$/, "")) === 0 : term === clause.term
    }
    results.forEach(function (result) {
      var terms = Object.keys(result.matchData.metadata)
      var matched = wordClauses.filter(function (clauses) {
        return terms.some(function (term) { return clauses.some(function (c) { return matches(term, c) }) })
      }).length
      result.score *= Math.pow(matched / wordClauses.length, 2)
    })
    return results.sort(function (a, b) { return b.score - a.score })
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

  root.kbLunrLanguage = kbLunrLanguage
  var api = {
    kbLunrLanguage: kbLunrLanguage, normalize: normalize, folder: folder, tokenize: tokenize,
    indexFromForms: indexFromForms, scoreIndex: scoreIndex, coordinate: coordinate
  }
  if (typeof module !== "undefined" && module.exports) module.exports = api
})(typeof self !== "undefined" ? self : this);
