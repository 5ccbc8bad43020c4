"""Reading YAML (front matter and data files) with the line of every key.

PyYAML gives the data; its node tree gives the lines, so a problem can point at the line
staff must change. YAML errors, impossible dates, duplicate keys and aliases become
Problems, not tracebacks. Aliases (`&a` / `*a`) are refused: nobody needs them in a page,
and nested ones multiply a few lines into billions of values (a "billion laughs" file).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import yaml

from kb.problems import Problem

KeyPath = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
SYNTAX_FIX = ("check indentation (spaces, not tabs), the colon after each key, and put text containing "
              "`: ` or starting with a quote, `[`, `{`, `*`, `&`, `!` or `%` in double quotes")


@dataclass
class Yaml:
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)  # key path -> 1-based line in the file
    problems: list[Problem] = field(default_factory=list)
    start: int = 1  # line of the file where the YAML begins

    def line(self, path: KeyPath) -> int | None:
        """Line of `path`, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def parse_yaml(text: str, file: str, first_line: int = 1) -> Yaml:
    """Parse YAML, recording each key's line; errors become Problems."""
    loader = _Loader(text)
    node: yaml.Node | None = None
    try:
        node = loader.get_single_node()  # one parse: the node tree gives lines, then the data
        if node is None:
            return Yaml({})
        result = Yaml(None, start=first_line)
        _walk(node, (), first_line, file, result, set())
        if result.problems:  # constructing aliased data could take forever
            result.data = {}
            return result
        result.data = loader.construct_document(node)
        return result
    except yaml.YAMLError as error:
        return Yaml({}, problems=[_syntax_problem(error, file, first_line)])
    except RecursionError:
        return Yaml({}, problems=[Problem(file, first_line, "yaml-syntax", "the YAML is nested too deeply",
                                          SYNTAX_FIX)])
    except (ValueError, OverflowError) as error:  # 2027-02-30, year 0: PyYAML's date constructor
        line = _bad_date_line(node, first_line) if node is not None else first_line
        return Yaml({}, problems=[Problem(file, line, "bad-date",
                                          f"not a real date ({error})",
                                          "write an existing date as YYYY-MM-DD, e.g. 2027-06-30")])
    finally:
        loader.dispose()


def _syntax_problem(error: yaml.YAMLError, file: str, first_line: int) -> Problem:
    mark = getattr(error, "problem_mark", None)
    line = first_line + mark.line if mark else first_line
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    return Problem(file, line, "yaml-syntax", f"the YAML is not valid: {reason}", SYNTAX_FIX)


def _walk(node: yaml.Node, path: KeyPath, first_line: int, file: str, out: Yaml, seen: set[int]) -> None:
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            key_line = first_line + key_node.start_mark.line
            if key in keys:
                out.problems.append(Problem(file, key_line, "duplicate-key", f"the key `{key}` appears twice here",
                                            "keep one of the two lines; YAML would silently use the last one"))
            keys.add(key)
            out.lines[(*path, key)] = key_line
            _child(value_node, (*path, key), key_line, first_line, file, out, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            item_line = first_line + item.start_mark.line
            out.lines[(*path, index)] = item_line
            _child(item, (*path, index), item_line, first_line, file, out, seen)


def _child(node: yaml.Node, path: KeyPath, line: int, first_line: int, file: str, out: Yaml, seen: set[int]) -> None:
    if id(node) in seen:  # the composer hands out the anchored node again for each alias
        out.problems.append(Problem(file, line, "yaml-alias", "anchors and aliases (`&name`, `*name`) are not allowed",
                                    "write the value out in full where it is needed"))
        return
    _walk(node, path, first_line, file, out, seen)


def _bad_date_line(node: yaml.Node, first_line: int) -> int:
    """The line of the first date-looking value that is not a real date."""
    stack = [node]
    while stack:
        current = stack.pop(0)
        if isinstance(current, yaml.ScalarNode) and current.tag == _TIMESTAMP:
            try:
                datetime.date.fromisoformat(str(current.value)[:10])
                if int(str(current.value)[:4]) < 1:
                    raise ValueError
            except ValueError:
                return first_line + current.start_mark.line
        elif isinstance(current, yaml.MappingNode):
            stack.extend(v for pair in current.value for v in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return first_line
