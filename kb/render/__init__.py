"""Rendering: what the build writes into pages, in each page's language.

`language.Language` carries one language's labels, formats and typography and is handed to
every renderer; `placeholders` fills staff text safely; `blocks`, `results` and `charts` turn
the model into HTML through the Jinja templates in `templates/`; `page` assembles a page.
"""
