"""What is derived from the model's description: the fields shared by every language, and
the JSON Schema editors use."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

from kb.model.page import StandardMeta


def same_in_all_languages(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Paths of the fields marked SAME, nested models included."""
    paths: list[tuple[str, ...]] = []
    for name, field in model.model_fields.items():
        path = (*prefix, name)
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        annotation = _model_in(field.annotation)
        if extra.get("x-same-in-all-languages"):
            paths.append(path)
        elif annotation is not None and typing.get_origin(field.annotation) is not list:
            paths.extend(same_in_all_languages(annotation, path))
        elif annotation is not None and same_in_all_languages(annotation):
            paths.append(path)  # a list of models is compared as a whole
    return paths


def _model_in(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def json_schema(model: type[BaseModel] = StandardMeta) -> dict[str, Any]:
    """JSON Schema of a page's front matter, for editors."""
    return model.model_json_schema(mode="validation")
