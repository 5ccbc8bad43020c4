/*
 * Material's search box, extended through its extension points only (loaded before
 * Material's bundle by overrides/main.html):
 *
 * - Search on every change of the query. Material reads the box on keyup only, so text
 *   that arrives without key events (paste, input methods, autocorrect, dictation) would
 *   not be searched; every `input` event is passed on as a keyup.
 * - No dead end. When a query finds nothing, the result panel offers the closest
 *   spelling (computed in the search worker from the index's vocabulary, lunr-language.js),
 *   the most asked FAQ entries and the contact channels, in the page's language
 *   (<language root>/search/help.json, fetched only then). The panel is a polite live
 *   region inside Material's result list, whose arrow keys reach its links.
 */
(function () {
  "use strict"

  var RESULT = 3 // Material's SearchMessageType.RESULT
  var suggestion = null // the worker's spelling for the last query that found nothing
  var help = null // promise of help.json

  /* See the worker's messages: wrap the Worker constructor before Material creates its worker. */
  var NativeWorker = window.Worker
  if (NativeWorker) {
    window.Worker = function (url, options) {
      var worker = new NativeWorker(url, options)
      worker.addEventListener("message", function (event) { onWorkerMessage(event.data) })
      return worker
    }
    window.Worker.prototype = NativeWorker.prototype
  }

  function onWorkerMessage(message) {
    if (!message) return
    if (message.type === "kb-empty") {
      suggestion = message.suggestion || null
    } else if (message.type === RESULT) {
      var empty = !message.data.items.length
      render(empty ? suggestion : null, empty)
      suggestion = null
    }
  }

  function config() {
    return JSON.parse(document.getElementById("__config").textContent)
  }

  function languageRoot() {
    return new URL(config().base.replace(/\/+$/, "") + "/", location.href)
  }

  function loadHelp() {
    help = help || fetch(new URL("search/help.json", languageRoot())).then(function (response) {
      return response.ok ? response.json() : null
    }).catch(function () { return null })
    return help
  }

  function panel() {
    var result = document.querySelector("[data-md-component=search-result]")
    if (!result) return null
    var box = result.querySelector(".kb-search-empty")
    if (!box) {
      box = document.createElement("div")
      box.className = "kb-search-empty"
      box.setAttribute("role", "status")
      box.setAttribute("aria-live", "polite")
      var list = result.querySelector(".md-search-result__list")
      result.insertBefore(box, list ? list.nextSibling : null)
    }
    return box
  }

  function query() {
    return document.querySelector("[data-md-component=search-query]")
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag)
    Object.keys(attributes || {}).forEach(function (name) { el.setAttribute(name, attributes[name]) })
    if (text) el.textContent = text
    return el
  }

  /* Fill (or empty) the panel; only the latest query's answer is shown. */
  var shown = 0
  function render(spelling, empty) {
    var box = panel()
    if (!box) return
    var ticket = ++shown
    if (!empty || !query().value.trim()) {
      box.replaceChildren()
      return
    }
    loadHelp().then(function (data) {
      if (ticket !== shown || !data) return
      var base = languageRoot()
      var parts = [element("p", { class: "kb-search-empty__nothing" }, data.nothing)]
      if (spelling) {
        var offer = element("p", { class: "kb-search-empty__spelling" })
        var pieces = data.did_you_mean.split("\u0000")
        var link = element("a", { href: "?q=" + encodeURIComponent(spelling), "data-kb-spelling": spelling }, spelling)
        offer.append(pieces[0], link, pieces[1] || "")
        parts.push(offer)
      }
      if (data.most_asked.length) {
        parts.push(element("h3", {}, data.most_asked_title))
        var asked = element("ul")
        data.most_asked.forEach(function (entry) {
          var item = element("li")
          item.append(element("a", { href: new URL(entry.href, base).href }, entry.title))
          asked.append(item)
        })
        parts.push(asked)
      }
      parts.push(element("h3", {}, data.ask_us))
      var channels = element("ul", { class: "kb-search-empty__channels" })
      data.channels.forEach(function (channel) {
        var item = element("li")
        item.append(channel.label + ": ", element("a", { href: channel.href }, channel.text))
        channels.append(item)
      })
      var all = element("li")
      all.append(element("a", { href: new URL(data.all_channels.href, base).href }, data.all_channels.text))
      channels.append(all)
      parts.push(channels)
      box.replaceChildren.apply(box, parts)
    })
  }

  /* Search the offered spelling in place. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-kb-spelling]")
    if (!link) return
    event.preventDefault()
    var box = query()
    box.value = link.getAttribute("data-kb-spelling")
    box.dispatchEvent(new Event("input", { bubbles: true }))
    box.focus()
  })

  /* Every change of the query searches, not only a key release. */
  document.addEventListener("input", function (event) {
    var box = event.target
    if (!box.matches || !box.matches("[data-md-component=search-query]")) return
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
  })
})()
