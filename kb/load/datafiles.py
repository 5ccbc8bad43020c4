"""Loading the YAML data files under docs/_data/ into their models."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kb.load.files import display_path, read_text
from kb.load.validation import validate
from kb.load.yaml_lines import Yaml, parse_yaml
from kb.problems import Problem

DATA_DIR = "_data"
OWNERS_FILE = "owners.yml"
LABELS_FILE = "labels.yml"
ORGANISATION_FILE = "organisation.yml"
ACTIONS_FILE = "actions.yml"
SEARCH_FILE = "search.yml"
RESULTS_FILE = "results.csv"
M = TypeVar("M", bound=BaseModel)


def load_data(docs_dir: Path, name: str, model: type[M], root: Path) -> tuple[M | None, Yaml, list[Problem]]:
    """The data file as its model (None when it cannot be used), its lines, and its problems."""
    path = docs_dir / DATA_DIR / name
    file = display_path(path, root)
    if not path.exists():
        return None, Yaml({}), [Problem(file, None, "data-file", f"{file} is missing",
                                        f"restore {file} from git history (`git log -- {file}`)")]
    text, problems = read_text(path, file)
    if text is None:
        return None, Yaml({}), problems
    parsed = parse_yaml(text, file)
    if parsed.problems:
        return None, parsed, parsed.problems
    model_, problems = validate(model, parsed, file)
    return model_, parsed, problems
