"""Customer-service knowledge base: content model, rules and rendering.

Plain Python, independent of MkDocs: `hooks/` only adapts this package to MkDocs,
and `python -m kb check docs/` runs the same rules from the command line.
"""
