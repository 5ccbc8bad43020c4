"""The version of a file's content: the git blob id (what `git hash-object` prints), shortened.

A translation records the version of the Czech page it follows; `git show <id>` prints that
version and `git diff <old id> <new id>` shows what changed since.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def version(path: Path) -> str:
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()[:12]  # noqa: S324 - git's own id


def recorded_line(value: str) -> str:
    """The front-matter line that records a version. Quoted: an id of digits only (about 1 in 300)
    would otherwise be read by YAML as a number, or as an octal one when it starts with 0."""
    return f'translated_from: "{value}"'
