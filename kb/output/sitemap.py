"""Per-language sitemaps derived from mkdocs-static-i18n's combined sitemap.xml.

The combined sitemap lists every page of every language with hreflang alternates.
Material fetches `sitemap.xml` beside each language's root (for the language switcher),
so each language root gets one listing its own pages, alternates included.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def language_sitemap(combined: str, lang: str) -> str:
    """The entries of the combined sitemap whose page is in `lang`."""
    root = ET.fromstring(combined)
    for url in root.findall("s:url", NS):
        own = url.find(f"xhtml:link[@hreflang='{lang}']", NS)
        if own is None or own.get("href") != url.findtext("s:loc", namespaces=NS):
            root.remove(url)
    # the default namespace and the xhtml prefix, as search engines expect them; registered here,
    # not at import, because ElementTree's registry is global to the process
    ET.register_namespace("", NS["s"])
    ET.register_namespace("xhtml", NS["xhtml"])
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
