/*
 * The query side of the search language support: a query expanded into weighted clauses
 * (expandQuery), results ranked by the share of query words they match (coordinate), the
 * words a result matched located for Material to highlight (locate), and the spelling to
 * offer when nothing matched (suggest).
 *
 * Query side: Material appends `*` to every query term, which makes lunr skip the
 * pipeline, so inflected or diacritic-free queries would never meet the stems. The
 * query is therefore expanded here into clauses, best match first:
 *   exact folded word (boost 10) > same stem (5) = Armenian reading of Latin letters (5)
 *   > compound part (3) > one typo (2) > prefix, for search-as-you-type (1) > two typos (1)
 *   > shortened stem prefix, for vowel changes such as odpověď/odpovíme (0.3).
 * Typos are looked up only for words the index does not know at all, so they never
 * outrank or bury an exact match.
 *
 * Loaded into Material's search worker after words.js and prebuilt-index.js and before
 * lunr-language.js (kb/search/__init__.py concatenates them); required by lunr-language.js
 * and by the node tests in tests/js/.
 */
(function (root) {
  "use strict"

  var words = root.kbWords || (typeof require === "function" ? require("./words.js") : null)
  var normalize = (root.kbPrebuiltIndex || require("./prebuilt-index.js")).normalize
  var BOOST = { exact: 10, stem: 5, reading: 5, part: 3, typo: 2, prefix: 1, typo2: 1, knownPart: 1, loose: 0.3 }
  var LOOSE_MIN = 5 // a stem shorter than this is not shortened further

  /*
   * The query side of one language's plugin (kbLunrLanguage in lunr-language.js): `fold`,
   * `stopWords` ({ word: true }, folded words too) and `formsFor(word, index)` are the plugin's.
   */
  function querySide(lunr, lang, fold, stopWords, formsFor) {
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

    return { expandQuery: expandQuery, suggest: suggest, locate: locate }
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

  var api = { querySide: querySide, coordinate: coordinate }
  root.kbQuery = api
  if (typeof module !== "undefined" && module.exports) module.exports = api
})(typeof self !== "undefined" ? self : this);
