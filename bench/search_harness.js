// Runs queries through the page's own search, exactly as Material does: the index the
// page fetches (relative to config.base) and the search worker it starts (config.search).
// For each query: the result groups in order, each as its page and its best entry
// (the first item of the group: Material sorts by score before grouping).
async ({ queries }) => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(config.base, location.href)
  const started = performance.now()
  const index = await (await fetch(new URL("search/search_index.json", base))).json()
  const worker = new Worker(new URL(config.search, location.href))
  const call = message => new Promise((resolve, reject) => {
    worker.onmessage = event => { if (typeof event.data.type === "number") resolve(event.data) }
    worker.onerror = event => reject(new Error(event.message))
    worker.postMessage(message)
  })
  await call({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } })
  const ready = performance.now() - started
  const results = []
  for (const query of queries) {
    const reply = await call({ type: 2, data: query })
    results.push(reply.data.items.map(group => {
      const located = group.filter(item => typeof item.location === "string")
      const article = located.find(item => !item.location.includes("#")) || located[0]
      return {
        page: new URL(article.location.split("#")[0], base).href,
        best: new URL(located[0].location, base).href,
      }
    }))
  }
  worker.terminate()
  return { ready, results }
}
