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
