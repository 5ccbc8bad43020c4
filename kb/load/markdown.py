"""Splitting a Markdown page into its front matter (YAML, with lines) and its body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.load.yaml_lines import Yaml, parse_yaml
from kb.problems import Problem

# the block between a first line `---` and the next `---` (or `...`, as YAML and MkDocs allow)
_FENCE = re.compile(r"\A---[ \t]*\n(.*?^)(?:---|\.\.\.)[ \t]*$\n?", re.S | re.M)


@dataclass
class MarkdownFile:
    front: Yaml
    body: str
    body_line: int  # 1-based line of the file where the body starts
    front_text: str = ""  # the raw front matter, between the two `---` lines

    def body_offset_line(self, offset: int) -> int:
        """Line in the file of an offset into the body."""
        return self.body_line + self.body.count("\n", 0, offset)


def split_markdown(text: str, file: str) -> MarkdownFile:
    """Split a Markdown file into its front matter and body."""
    match = _FENCE.match(text)
    if not match:
        missing = Problem(file, 1, "front-matter", "the file does not start with front matter",
                          "start the file with a line `---`, the fields (at least `title:`), and another line `---`")
        return MarkdownFile(Yaml({}, problems=[missing]), text, 1)
    front = parse_yaml(match.group(1), file, first_line=2)
    body_line = text.count("\n", 0, match.end()) + 1
    return MarkdownFile(front, text[match.end():], body_line, match.group(1))
