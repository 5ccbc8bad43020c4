"""What the build adds to the pages and files MkDocs, Material and mkdocs-static-i18n wrote:
hreflang links, per-language sitemaps, FAQ structured data, typography of the final HTML.

These modules know the shape of that output (Material's markup, i18n's combined sitemap);
kb's model, rules and rendering do not.
"""
