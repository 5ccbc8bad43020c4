"""Reading staff-edited files safely: UTF-8 (with or without BOM), bounded size, no links.

A file saved by Excel or an old editor in Windows-1250 or Latin-1, a binary file, or a link
to a file elsewhere on the machine becomes one Problem that names the file and the fix.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from kb.problems import Problem

MAX_BYTES = 300_000  # the longest page today is about 15 KB; a larger file is a mistake


def display_path(path: Path, root: Path) -> str:
    """The path as staff see it in the repository (relative to its root)."""
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path, file: str) -> tuple[str | None, list[Problem]]:
    """The file's text with `\\n` line ends, or None and the reason it cannot be used."""
    if path.is_symlink():
        return None, [Problem(file, None, "symlink", "the file is a link to another file",
                              "replace the link by a real file: the build would publish whatever it points to")]
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return None, [Problem(file, None, "file-too-large",
                              f"the file has {len(data) // 1000} KB (at most {MAX_BYTES // 1000} KB)",
                              "split the page into several pages, or remove pasted material")]
    if b"\0" in data:
        return None, [Problem(file, None, "not-text", "the file is not a text file",
                              "replace it by a Markdown or YAML text file saved as UTF-8")]
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]  # what Excel's "CSV UTF-8" and Notepad write first
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Problem(file, line, "encoding",
                              f"the file is not saved as UTF-8 (byte 0x{data[error.start]:02X} on line {line}), "
                              "so letters such as č, ü, ł or Armenian would be garbled",
                              "save the file as UTF-8: in Excel choose \"CSV UTF-8\", in other editors "
                              "\"Encoding: UTF-8\" (GitHub's web editor always saves UTF-8)")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def links_under(folder: Path, root: Path) -> list[Problem]:
    """Every symbolic link under `folder`: MkDocs would copy the file it points to into the site."""
    problems = []
    for directory, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(directory) / name
            if path.is_symlink():
                problems.append(Problem(display_path(path, root), None, "symlink",
                                        "the path is a link to another file or folder",
                                        "replace the link by a real file: the build would publish whatever it "
                                        "points to, even files outside the repository"))
    return problems
