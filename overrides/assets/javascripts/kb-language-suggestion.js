/*
 * The same page in the reader's language, offered once: when the browser prefers another of
 * the site's languages than the page's, a banner in that language links to this page in it
 * (the page's hreflang alternates). Closing it or following it is remembered in localStorage
 * only; no cookie, nothing sent anywhere, never an automatic redirect.
 */
(function () {
  "use strict"
  var KEY = "kb-language-suggestion"
  var holder = document.querySelector("[data-kb-language-offers]")
  if (!holder) return
  try {
    if (window.localStorage.getItem(KEY)) return
  } catch (error) {
    return // storage blocked: better no banner than one that cannot be dismissed
  }
  var offers = JSON.parse(holder.getAttribute("data-kb-language-offers"))
  var here = document.documentElement.lang
  var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
    .map(function (code) { return String(code || "").toLowerCase().split("-")[0] })

  for (var i = 0; i < wanted.length; i++) {
    if (wanted[i] === here) return // the reader's first choice is this page's language
    var link = document.querySelector('link[rel~="alternate"][hreflang="' + wanted[i] + '"]')
    // the alternate is absolute (for search engines); the same path on this host also works in previews
    if (offers[wanted[i]] && link) return show(wanted[i], offers[wanted[i]], new URL(link.href).pathname)
  }

  function remember() {
    try { window.localStorage.setItem(KEY, "done") } catch (error) { /* nothing to do */ }
  }

  function show(code, offer, href) {
    var banner = document.createElement("aside")
    banner.className = "kb-language-suggestion__banner"
    banner.setAttribute("lang", code)
    banner.setAttribute("aria-label", offer.text)
    var anchor = document.createElement("a")
    anchor.href = href
    anchor.hreflang = code
    anchor.textContent = offer.text
    anchor.addEventListener("click", remember)
    var close = document.createElement("button")
    close.type = "button"
    close.className = "kb-language-suggestion__close"
    close.setAttribute("aria-label", offer.close)
    close.textContent = "×"
    close.addEventListener("click", function () {
      remember()
      holder.hidden = true
    })
    banner.appendChild(anchor)
    banner.appendChild(close)
    holder.appendChild(banner)
    holder.hidden = false
  }
})()
