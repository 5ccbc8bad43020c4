"""Reading YAML (front matter and data files) with the line of every key.

PyYAML gives the data; its node tree gives the lines, so a problem can point at the
line staff must change. YAML errors and duplicate keys become Problems, not tracebacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from kb.problems import Problem

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?^)---[ \t]*\r?$\n?", re.S | re.M)


@dataclass
class Yaml:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # key path -> 1-based line in the file
    problems: list[Problem] = field(default_factory=list)

    def line(self, path: Path_) -> int | None:
        """Line of `path`, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


@dataclass
class MarkdownFile:
    front: Yaml
    body: str
    body_line: int  # 1-based line of the file where the body starts
    front_text: str = ""  # the raw front matter, between the two `---` lines


def split_markdown(text: str, file: str) -> MarkdownFile:
    """Split a Markdown file into its front matter and body."""
    match = _FENCE.match(text)
    if not match:
        missing = Problem(
            file, 1, "front-matter",
            "the file does not start with front matter",
            "start the file with a line `---`, the fields (at least `title:`), and another line `---`",
        )
        return MarkdownFile(Yaml({}, problems=[missing]), text, 1)
    front = parse_yaml(match.group(1), file, first_line=2)
    body_line = text[: match.end()].count("\n") + 1
    return MarkdownFile(front, text[match.end():], body_line, match.group(1))


def parse_yaml(text: str, file: str, first_line: int = 1) -> Yaml:
    """Parse YAML, recording each key's line; errors become Problems."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()  # one parse: the node tree gives lines, then the data
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        reason = getattr(error, "problem", None) or str(error)
        return Yaml({}, problems=[Problem(
            file, line, "yaml-syntax", f"the YAML is not valid: {reason}",
            "check indentation (spaces, not tabs), the colon after each key, and put text "
            "containing `: ` or starting with a quote, `[`, `{`, `*` or `&` in double quotes",
        )])
    finally:
        loader.dispose()
    result = Yaml(data if data is not None else {})
    if node is not None:
        _walk(node, (), first_line, file, result)
    return result


def _walk(node: yaml.Node, path: Path_, first_line: int, file: str, out: Yaml) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            line = first_line + key_node.start_mark.line
            if key in seen:
                out.problems.append(Problem(
                    file, line, "duplicate-key", f"the key `{key}` appears twice here",
                    "keep one of the two lines; YAML would silently use the last one",
                ))
            seen.add(key)
            out.lines[path + (key,)] = line
            _walk(value_node, path + (key,), first_line, file, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            out.lines[path + (index,)] = first_line + item.start_mark.line
            _walk(item, path + (index,), first_line, file, out)
