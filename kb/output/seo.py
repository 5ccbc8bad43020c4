"""hreflang links in a page's <head>: absolute, and out of reach of Material's sitemap fetch.

Search engines want the alternates of a page as absolute URLs. Material's language-switch
script, on the other hand, downloads `sitemap.xml` beside every link[rel=alternate] it finds,
expecting them to point at site roots; ours point at pages, so each page view would request
four sitemaps that do not exist. The rel value gets a trailing space: browsers and search
engines split rel into tokens and still read "alternate", but the script's [rel=alternate]
selector no longer matches.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

_MATERIAL_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]+)">')


def hreflang_links(html: str, page_url: str) -> str:
    """Rewrite Material's hreflang links of a page served at the absolute `page_url`."""
    return _MATERIAL_ALTERNATE.sub(
        lambda m: f'<link rel="alternate " href="{urljoin(page_url, m.group(1))}" hreflang="{m.group(2)}">',
        html)
