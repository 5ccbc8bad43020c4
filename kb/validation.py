"""Validate YAML data against a model and word pydantic's errors for staff.

The wording comes from the model: a field's description and example become the fix.
"""

from __future__ import annotations

import difflib
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from kb.frontmatter import Yaml
from kb.problems import Problem

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], parsed: Yaml, file: str) -> tuple[M | None, list[Problem]]:
    """Return the typed model, or None and one Problem per error."""
    if not isinstance(parsed.data, dict):
        return None, [Problem(
            file, parsed.line(()) or 1, "front-matter",
            "the front matter is not a list of `key: value` lines",
            "write one field per line, e.g. `title: My page`",
        )]
    try:
        return model.model_validate(parsed.data), []
    except ValidationError as error:
        problems = [_problem(model, parsed, file, e) for e in error.errors()]
        return None, _dedupe(problems)


def _problem(model: type[BaseModel], parsed: Yaml, file: str, error: dict[str, Any]) -> Problem:
    loc = _field_path(error["loc"])
    dotted = ".".join(str(p) for p in loc)
    info = _field_info(model, loc)
    kind = error["type"]
    line = parsed.line(tuple(loc))
    if kind == "missing":
        return Problem(file, line, "missing-field", f"`{dotted}` is missing", _add_hint(dotted, info))
    if kind == "extra_forbidden":
        allowed = list(_parent_model(model, loc).model_fields)
        guess = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        fix = f"did you mean `{guess[0]}`? " if guess else ""
        return Problem(file, line, "unknown-key", f"unknown key `{dotted}`",
                       f"{fix}Allowed keys here: {', '.join(allowed)}")
    value = error.get("input")
    if info is not None and _is_number(info):
        return Problem(file, line, "target-number",
                       f"`{dotted}` must be a number, not `{value}`",
                       "write the bare number (e.g. `value: 95`) and put the unit in `unit:`")
    enum = _enum_of(info)
    if enum is not None:
        choices = ", ".join(m.value for m in enum)
        return Problem(file, line, "bad-value", f"`{dotted}: {value}` is not one of: {choices}",
                       f"use one of: {choices}")
    return Problem(file, line, "bad-value", f"`{dotted}`: {error['msg'].lower()} (found `{value}`)",
                   _describe(info) or "see CONTRIBUTING.md for the expected form")


def _field_path(loc: tuple[Any, ...]) -> list[str | int]:
    # pydantic adds the names of union members (e.g. 'int') to the location; drop them
    return [p for p in loc if not (isinstance(p, str) and p in {"int", "float", "str", "bool"})]


def _parent_model(model: type[BaseModel], loc: list[str | int]) -> type[BaseModel]:
    for part in loc[:-1]:
        field = model.model_fields.get(str(part))
        annotation = getattr(field, "annotation", None)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
    return model


def _field_info(model: type[BaseModel], loc: list[str | int]) -> FieldInfo | None:
    if not loc:
        return None
    return _parent_model(model, loc).model_fields.get(str(loc[-1]))


def _is_number(info: FieldInfo) -> bool:
    return "int" in str(info.annotation) and "float" in str(info.annotation)


def _enum_of(info: FieldInfo | None) -> type[Enum] | None:
    annotation = getattr(info, "annotation", None)
    return annotation if isinstance(annotation, type) and issubclass(annotation, Enum) else None


def _describe(info: FieldInfo | None) -> str:
    if info is None or not info.description:
        return ""
    example = f" Example: `{info.examples[0]}`." if info.examples else ""
    return f"{info.description}{example}"


def _add_hint(dotted: str, info: FieldInfo | None) -> str:
    parent, _, key = dotted.rpartition(".")
    where = f" inside `{parent}:`" if parent else ""
    return f"add `{key}:`{where} — {_describe(info)}"


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: dict[tuple[int | None, str], Problem] = {}
    for p in problems:
        seen.setdefault((p.line, p.message), p)
    return list(seen.values())
