"""Loading the YAML data files under docs/_data/ into their models."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kb.frontmatter import parse_yaml
from kb.problems import Problem
from kb.validation import validate

DATA_DIR = "_data"
M = TypeVar("M", bound=BaseModel)


def display_path(path: Path, root: Path) -> str:
    """The path as staff see it in the repository (relative to its root)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_data(docs_dir: Path, name: str, model: type[M], root: Path) -> tuple[M | None, list[Problem]]:
    path = docs_dir / DATA_DIR / name
    file = display_path(path, root)
    if not path.exists():
        return None, [Problem(file, None, "data-file", f"{file} is missing",
                              f"restore {file} from git history (`git log -- {file}`)")]
    parsed = parse_yaml(path.read_text(encoding="utf-8"), file)
    if parsed.problems:
        return None, parsed.problems
    return validate(model, parsed, file)
