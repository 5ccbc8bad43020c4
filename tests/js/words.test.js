// Typos, compounds and Armenian in Latin letters against a vocabulary (kb/search/words.js).
"use strict"
const test = require("node:test")
const assert = require("node:assert/strict")
const words = require("../../kb/search/words.js")

test("typos are forgiven only in words long enough: one edit from 5 letters, two from 9", () => {
  assert.equal(words.typoBudget(4), 0)
  assert.equal(words.typoBudget(5), 1)
  assert.equal(words.typoBudget(8), 1)
  assert.equal(words.typoBudget(9), 2)
})

test("fuzzy finds swapped, missing, extra and wrong letters as one edit", () => {
  const vocabulary = words.trie(["reklamace", "reklama", "stiznost", "beschwerde", "բողոք", "kontakt"])
  const best = (word, edits) => words.fuzzy(vocabulary, word, edits, 1).map(m => m.term)[0]
  assert.equal(best("stizonst", 1), "stiznost") // two letters swapped
  assert.equal(best("reklamce", 1), "reklamace") // a letter missing
  assert.equal(best("beschwerdde", 1), "beschwerde") // a letter too many
  assert.equal(best("բողոկ", 1), "բողոք") // a wrong Armenian letter
  assert.equal(best("kontkat", 1), "kontakt")
  assert.deepEqual(words.fuzzy(vocabulary, "xyzxyz", 1), [])
})

test("fuzzy ranks closer terms first and respects the budget", () => {
  const vocabulary = words.trie(["reklamace", "reklamaci", "deklarace"])
  const found = words.fuzzy(vocabulary, "reklamace", 2)
  assert.deepEqual(found.map(m => [m.term, m.distance]), [["reklamace", 0], ["reklamaci", 1], ["deklarace", 2]])
  assert.equal(words.fuzzy(vocabulary, "reklamace", 0).length, 0)
})

test("compounds split into the parts the vocabulary holds, with linking s", () => {
  const has = term => ["beschwerde", "stelle", "bearbeitung", "zeit", "kunden", "zufriedenheit", "kunde"].includes(term)
  assert.deepEqual(words.splitCompound("beschwerdestelle", has), ["beschwerde", "stelle"])
  assert.deepEqual(words.splitCompound("bearbeitungszeit", has), ["bearbeitung", "zeit"])
  assert.deepEqual(words.splitCompound("kundenzufriedenheit", has), ["kunden", "zufriedenheit"])
  assert.equal(words.splitCompound("beschwerde", has), null) // a word of the vocabulary is no compound
  assert.equal(words.splitCompound("wasserhahn", has), null)
})

test("Latin letters find the Armenian words they can stand for", () => {
  const vocabulary = words.trie(["բողոք", "բողոքներ", "խարտիա", "հաճախորդ", "ժամկետ", "չատ", "կապ", "զանգ", "ծառայություն"])
  const read = (latin, options) => words.armenianReadings(vocabulary, latin, options)
  assert.deepEqual(read("boghok").terms, ["բողոք"])
  assert.deepEqual(read("boxoq").terms, ["բողոք"]) // x is խ or ղ, as people type both
  assert.deepEqual(read("boxoqs").terms, ["բողոք"]) // "my complaint": the ending -ս is not in the pages
  assert.deepEqual(read("zangs").terms, ["զանգ"])
  assert.deepEqual(read("kaps").terms, ["կապ"])
  assert.deepEqual(read("bogoq").terms, []) // g alone is գ
  assert.deepEqual(read("xartia").terms, ["խարտիա"])
  assert.deepEqual(read("khartia").terms, ["խարտիա"])
  assert.deepEqual(read("hachakhord").terms, ["հաճախորդ"])
  assert.deepEqual(read("hajaxord").terms, ["հաճախորդ"])
  assert.deepEqual(read("zhamket").terms, ["ժամկետ"])
  assert.deepEqual(read("chat").terms, ["չատ"])
  assert.deepEqual(read("kap").terms, ["կապ"])
  assert.deepEqual(read("tsarayutyun").terms, ["ծառայություն"])
  assert.deepEqual(read("boghoq", { prefixes: true }).terms, ["բողոք"])
  assert.deepEqual(read("bogh", { prefixes: true }).prefixes, ["բող"])
  assert.ok(words.looksLatin("boghoq") && !words.looksLatin("բողոք") && !words.looksLatin("2026"))
})
