"""Per-language sitemaps derived from mkdocs-static-i18n's combined sitemap.xml.

The combined sitemap lists each page with hreflang alternates for every language.
Material fetches `sitemap.xml` beside each language's root (for the language switcher),
and search engines read it: each language root gets one listing its own pages.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
for prefix, uri in (("", NS["s"]), ("xhtml", NS["xhtml"])):
    ET.register_namespace(prefix, uri)


def language_sitemap(combined: str, lang: str) -> str:
    """The combined sitemap with each <loc> replaced by the page's `lang` alternate."""
    root = ET.fromstring(combined)
    for url in root.findall("s:url", NS):
        alternate = url.find(f"xhtml:link[@hreflang='{lang}']", NS)
        loc = url.find("s:loc", NS)
        if alternate is None or loc is None:
            root.remove(url)
        else:
            loc.text = alternate.get("href")
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
