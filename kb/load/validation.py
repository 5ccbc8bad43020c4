"""Validate YAML data against a model and word pydantic's errors for staff.

The wording comes from the model: a field's description and example become the fix. The
location of an error is found by following pydantic's error path through the data itself,
so that the names pydantic adds for union members or validators never reach a message.
"""

from __future__ import annotations

import datetime
import difflib
import re
import types
import typing
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel, RootModel, ValidationError
from pydantic.fields import FieldInfo

from kb.load.yaml_lines import KeyPath, Yaml
from kb.problems import Problem

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], parsed: Yaml, file: str) -> tuple[M | None, list[Problem]]:
    """Return the typed model, or None and one Problem per error."""
    if not isinstance(parsed.data, dict):
        return None, [Problem(file, parsed.start, "front-matter",
                              "the content is not a list of `key: value` lines",
                              "write one field per line, e.g. `title: My page`")]
    try:
        return model.model_validate(parsed.data), []
    except ValidationError as error:
        problems = [_problem(model, parsed, file, e) for e in error.errors()]
        return None, _dedupe(problems)


def _problem(model: type[BaseModel], parsed: Yaml, file: str, error: Any) -> Problem:
    path = data_path(parsed.data, error["loc"], missing=error["type"] == "missing")
    shown = show_path(path)
    info = field_at(model, path)
    kind, value, line = error["type"], error.get("input"), parsed.line(path)
    if kind == "missing":
        return Problem(file, line, "missing-field", f"`{shown}` is missing", _add_hint(path, info))
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, path[:-1])
        guess = difflib.get_close_matches(str(path[-1]), allowed, n=1)
        homes = [home for home in _homes(model, str(path[-1])) if home != path[:-1]]
        if homes:  # a key put at the wrong level, e.g. `previous_targets` outside `metric:`
            where = " or ".join(f"`{'.'.join(home)}:`" if home else "the top level" for home in homes)
            hint = f"`{path[-1]}` belongs under {where}: indent it there. "
        else:
            hint = f"did you mean `{guess[0]}`? " if guess else ""
        return Problem(file, line, "unknown-key", f"unknown key `{shown}`",
                       f"{hint}Allowed keys here: {', '.join(allowed)}")
    if kind in _NUMBER_ERRORS and not isinstance(value, (int, float)):
        return Problem(file, line, "target-number", f"`{shown}` must be a number, not `{value}`",
                       "write the bare number (e.g. `value: 95`) and put the unit in `unit:`")
    choices = _choices(info, error)
    if choices:
        return Problem(file, line, "bad-value", f"`{shown}: {value}` is not one of: {', '.join(choices)}",
                       f"use one of: {', '.join(choices)}")
    if kind == "value_error":
        reason = str(error["msg"]).removeprefix("Value error, ")
        return Problem(file, line, "bad-value", f"`{shown}`: {reason}", _describe(info) or "correct the value")
    if kind.startswith(("date_", "datetime_")):
        return Problem(file, line, "bad-date", f"`{shown}: {value}` is not a date",
                       "write the date as YYYY-MM-DD, e.g. 2027-06-30")
    if kind == "string_pattern_mismatch":
        return Problem(file, line, "bad-value", f"`{shown}: {_short(value)}` is not in the expected form",
                       _describe(info) or "see CONTRIBUTING.md for the expected form")
    if kind in ("string_too_long", "too_long", "too_short", "string_too_short"):
        return Problem(file, line, "bad-value", f"`{shown}`: {error['msg']}",
                       _describe(info) or "shorten or complete it")
    if kind == "finite_number":
        return Problem(file, line, "bad-value", f"`{shown}` must be a real number, not `{value}`",
                       "write a number such as 95 or 95.5")
    return Problem(file, line, "bad-value", f"`{shown}`: {error['msg']} (found `{_short(value)}`)",
                   _describe(info) or "see CONTRIBUTING.md for the expected form")


def data_path(data: Any, loc: tuple[Any, ...], missing: bool = False) -> KeyPath:
    """The part of pydantic's location that indexes the data (union and validator names dropped)."""
    path: list[str | int] = []
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        indexes_dict = isinstance(data, dict) and part in data
        if indexes_dict or (isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            path.append(part)
            data = data[part]
        elif missing and last and isinstance(data, dict):
            path.append(part)
        elif isinstance(data, dict) and isinstance(part, str) and not _is_type_tag(part):
            path.append(part)  # an unknown key inside a dict that the data does not have
            data = None
    return tuple(path)


def _is_type_tag(part: str) -> bool:
    # pydantic names union members and validators in locations: 'int', 'function-after[...]'
    simple = {"int", "float", "str", "bool", "date", "list", "dict"}
    return part in simple or "[" in part or ("-" in part and " " in part)


def show_path(path: KeyPath) -> str:
    """`channels.2.kind`, counting list items from 1 as staff do."""
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in path)


def field_at(model: type[BaseModel], path: KeyPath) -> FieldInfo | None:
    """The FieldInfo the last part of `path` names, following nested models, lists and dicts."""
    current: Any = model
    info: FieldInfo | None = None
    for part in path:
        current = _unwrap(current)
        if isinstance(part, int) or (isinstance(current, type) and issubclass(current, RootModel)):
            current = _item_type(current)
            if isinstance(part, int):
                continue
            current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            info = current.model_fields[str(part)]
            current = info.annotation
        else:
            return info if part == path[-1] and info and isinstance(part, int) else None
    return info


def _allowed_keys(model: type[BaseModel], parent: KeyPath) -> list[str]:
    info = field_at(model, parent) if parent else None
    owner = _unwrap(info.annotation) if info else model
    if isinstance(owner, type) and issubclass(owner, RootModel):
        owner = _unwrap(_item_type(owner))
    if parent and isinstance(parent[-1], int):
        owner = _unwrap(_item_type(_unwrap(info.annotation))) if info else owner
    return list(owner.model_fields) if isinstance(owner, type) and issubclass(owner, BaseModel) else []


def _homes(model: type[BaseModel], key: str, parent: tuple[str, ...] = (), depth: int = 4) -> list[tuple[str, ...]]:
    """Where in the schema `key` is a field: the key paths of the mappings that allow it."""
    found = [parent] if key in model.model_fields else []
    for name, info in model.model_fields.items():
        inner = _unwrap(info.annotation)
        inner = _unwrap(_item_type(inner)) if typing.get_origin(inner) in (list, dict) else inner
        if depth and isinstance(inner, type) and issubclass(inner, BaseModel) and not issubclass(inner, RootModel):
            found += _homes(inner, key, (*parent, name), depth - 1)
    return found


def _unwrap(annotation: Any) -> Any:
    """Optional[X] / X | None -> X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def _item_type(annotation: Any) -> Any:
    """list[X] -> X, dict[K, V] -> V, a RootModel -> its root's item type."""
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        annotation = annotation.model_fields["root"].annotation
    args = typing.get_args(annotation)
    return args[-1] if args else annotation


_NUMBER_ERRORS = {"int_type", "float_type", "int_parsing", "float_parsing", "int_from_float"}


def _choices(info: FieldInfo | None, error: Any) -> list[str]:
    if error["type"] == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", ""))
        return re.findall(r"'([^']*)'", expected)
    annotation = _unwrap(info.annotation) if info else None
    if error["type"] == "enum" and isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(m.value) for m in annotation]
    return []


def _describe(info: FieldInfo | None) -> str:
    if info is None or not info.description:
        return ""
    example = info.examples[0] if info.examples else None
    if isinstance(example, datetime.date):
        example = example.isoformat()
    return info.description + (f" Example: `{example}`." if example is not None else "")


def _add_hint(path: KeyPath, info: FieldInfo | None) -> str:
    key = path[-1] if path else "?"
    where = f" inside `{show_path(path[:-1])}:`" if len(path) > 1 else ""
    description = _describe(info)
    return f"add `{key}:`{where}" + (f" — {description}" if description else "")


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: dict[tuple[int | None, str], Problem] = {}
    for p in problems:
        seen.setdefault((p.line, p.message), p)
    return list(seen.values())
