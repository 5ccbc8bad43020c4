"""The content model: what front matter and data files may hold, described once.

The pydantic models in this package are the single description of the content. From them
come the checks (kb.load.validation), the error messages and fixes (from each field's
description and example) and the editor's JSON Schema (`python -m kb schema`).
"""
