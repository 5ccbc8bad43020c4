/*
 * Word matching against a search index's own vocabulary: typos, German compounds and
 * Armenian typed in Latin letters. Plain functions, no lunr needed.
 *
 * A vocabulary is a trie whose nodes have `edges` ({ char: node }) and `final` (a whole
 * term ends here). lunr's TokenSet (index.tokenSet) has exactly that shape, so the
 * worker walks the index's own terms; `trie(words)` builds one for tests and for the
 * spellings offered when nothing matched.
 *
 * Loaded into Material's search worker before lunr-language.js (kb/search/__init__.py
 * concatenates them) and required by the node tests in tests/js/.
 */
(function (root) {
  "use strict"

  /* Edits forgiven in a word of this length: none under 5 letters, 1 from 5, 2 from 9. */
  function typoBudget(length) {
    return length >= 9 ? 2 : length >= 5 ? 1 : 0
  }

  /* A trie of the given words, shaped like lunr.TokenSet. */
  function trie(words) {
    var top = { edges: {}, final: false }
    words.forEach(function (word) {
      var node = top
      for (var i = 0; i < word.length; i++)
        node = node.edges[word[i]] || (node.edges[word[i]] = { edges: {}, final: false })
      node.final = true
    })
    return top
  }

  /* The node reached by `text` from `node`, or null. */
  function follow(node, text) {
    for (var i = 0; node && i < text.length; i++)
      node = node.edges[text[i]]
    return node || null
  }

  /*
   * Terms within `maxEdits` edits of `word` (insertions, deletions, substitutions and
   * swaps of two neighbouring letters, each one edit), closest first. A depth-first walk
   * with one row of the edit-distance table per trie level: a branch is abandoned as soon
   * as every cell of its row exceeds the budget, so the walk touches a small part of the
   * vocabulary.
   */
  function fuzzy(vocabulary, word, maxEdits, limit) {
    var found = []
    var n = word.length
    var first = []
    for (var i = 0; i <= n; i++) first.push(i)

    function walk(node, prefix, previous, beforePrevious, lastChar) {
      for (var ch in node.edges) {
        var row = [previous[0] + 1]
        var smallest = row[0]
        for (var j = 1; j <= n; j++) {
          var cost = word[j - 1] === ch ? 0 : 1
          var value = Math.min(row[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost)
          if (beforePrevious && j > 1 && word[j - 1] === lastChar && word[j - 2] === ch)
            value = Math.min(value, beforePrevious[j - 2] + 1)
          row.push(value)
          if (value < smallest) smallest = value
        }
        var child = node.edges[ch]
        if (child.final && row[n] <= maxEdits)
          found.push({ term: prefix + ch, distance: row[n] })
        if (smallest <= maxEdits)
          walk(child, prefix + ch, row, previous, ch)
      }
    }

    if (maxEdits > 0) walk(vocabulary, "", first, null, null)
    found.sort(function (a, b) {
      return a.distance - b.distance || Math.abs(a.term.length - n) - Math.abs(b.term.length - n) ||
        (a.term < b.term ? -1 : 1)
    })
    return limit ? found.slice(0, limit) : found
  }

  /*
   * A compound cut into parts that the vocabulary holds ("beschwerdestelle" ->
   * ["beschwerde", "stelle"]; "bearbeitungszeit" -> ["bearbeitung", "zeit"], skipping
   * the linking s). Fewest parts win, then the longest first part; null if none fits.
   */
  var LINKS = ["", "s", "es", "n", "en"]

  function splitCompound(word, has, minPart) {
    minPart = minPart || 4
    var memo = {}

    function from(start) {
      if (start === word.length) return []
      if (start in memo) return memo[start]
      var best = null
      for (var end = word.length; end >= start + minPart; end--) {
        var part = word.slice(start, end)
        if ((start === 0 && end === word.length) || !has(part)) continue // the whole word is no part
        for (var l = 0; l < LINKS.length; l++) {
          var link = LINKS[l]
          if (link && word.slice(end, end + link.length) !== link) continue
          var next = end + link.length
          if (next !== word.length && word.length - next < minPart) continue
          var rest = from(next)
          if (rest && (!best || rest.length + 1 < best.length))
            best = [part].concat(rest)
        }
      }
      memo[start] = best
      return best
    }

    if (word.length < 2 * minPart) return null
    var parts = from(0)
    return parts && parts.length > 1 ? parts : null
  }

  /*
   * Armenian typed in Latin letters, as people type it on phones and keyboards without
   * Armenian layout. Each Latin spelling may stand for several letters (t: տ or թ), and
   * e / y may stand for the unwritten or written schwa; the vocabulary decides which
   * readings exist. Longer spellings are tried first.
   */
  var LATIN_TO_ARMENIAN = {
    tsh: ["ճ"], dz: ["ձ"], ts: ["ց", "ծ"], tz: ["ծ", "ց"], ch: ["չ", "ճ"], sh: ["շ"], zh: ["ժ"],
    gh: ["ղ"], kh: ["խ"], th: ["թ"], ph: ["փ"], ou: ["ու"], ev: ["և", "եւ"], ye: ["ե", "յե"], rr: ["ռ"],
    vo: ["ո", "վո"], yu: ["յու"], ia: ["իա", "յա"],
    a: ["ա"], b: ["բ"], c: ["ց", "ծ", "չ"], d: ["դ"], e: ["ե", "է", "ը", ""], f: ["ֆ"], g: ["գ"],
    h: ["հ"], i: ["ի"], j: ["ջ", "ճ", "ժ"], k: ["կ", "ք"], l: ["լ"], m: ["մ"], n: ["ն"],
    o: ["ո", "օ"], p: ["պ", "փ"], q: ["ք"], r: ["ր", "ռ"], s: ["ս"], t: ["տ", "թ"], u: ["ու"],
    v: ["վ", "ւ"], w: ["վ", "ու", "ո"], x: ["խ", "ղ"], y: ["յ", "ը", "ե", ""], z: ["զ"],
    "@": ["ը"], "3": ["ձ", "ջ"], "4": ["չ"], "7": ["թ"], "8": ["ու"], "9": ["ղ"], "0": ["օ"]
  }
  var LATIN_KEYS = Object.keys(LATIN_TO_ARMENIAN).sort(function (a, b) { return b.length - a.length })

  function looksLatin(word) {
    return /^[a-z@0-9]+$/.test(word) && /[a-z]/.test(word)
  }

  /*
   * The Armenian terms of the vocabulary that `latin` can stand for. With `prefixes`, also
   * the Armenian beginnings of longer terms (for the word being typed). At most `limit`.
   */
  function armenianReadings(vocabulary, latin, options) {
    options = options || {}
    var limit = options.limit || 12
    var terms = []
    var prefixes = []
    var seen = {}

    function walk(node, i, armenian) {
      if (terms.length >= limit) return
      var key = i + ":" + armenian
      if (seen[key]) return
      seen[key] = true
      if (i === latin.length) {
        if (node.final && armenian) terms.push(armenian)
        else if (options.prefixes && armenian && prefixes.length < limit) prefixes.push(armenian)
        return
      }
      LATIN_KEYS.forEach(function (spelling) {
        if (latin.substr(i, spelling.length) !== spelling) return
        LATIN_TO_ARMENIAN[spelling].forEach(function (letters) {
          var next = follow(node, letters)
          if (next) walk(next, i + spelling.length, armenian + letters)
        })
      })
    }

    walk(vocabulary, 0, "")
    if (!terms.length && !options.bare && latin.length > 3 && /[sdn@y]$/.test(latin))
      // "poxs", "zangers": a personal or article ending (-ս my, -դ your, -ն/-ը the) on a word the
      // pages use without it
      return armenianReadings(vocabulary, latin.slice(0, -1), { limit: limit, prefixes: options.prefixes, bare: true })
    return { terms: unique(terms), prefixes: unique(prefixes).filter(function (p) { return terms.indexOf(p) < 0 }) }
  }

  function unique(list) {
    return list.filter(function (item, i) { return item && list.indexOf(item) === i })
  }

  var api = {
    typoBudget: typoBudget, trie: trie, follow: follow, fuzzy: fuzzy, splitCompound: splitCompound,
    armenianReadings: armenianReadings, looksLatin: looksLatin, LATIN_TO_ARMENIAN: LATIN_TO_ARMENIAN,
    unique: unique
  }
  root.kbWords = api
  if (typeof module !== "undefined" && module.exports) module.exports = api
})(typeof self !== "undefined" ? self : this);
