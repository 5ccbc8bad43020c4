"""What the content rules need from mkdocs.yml: the languages and the navigation.

Read with the same line-keeping YAML reader as the content; MkDocs' own tags (`!ENV`,
`!!python/name:`) are read as plain values, never executed. `kb check` can thus report a
page missing from the navigation, or a language list that disagrees with kb.languages,
before any build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kb.load.files import display_path, read_text
from kb.load.yaml_lines import Yaml
from kb.problems import Problem


class _TagIgnoringLoader(yaml.SafeLoader):
    """MkDocs' tags become their plain node values."""


def _plain(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return None


_TagIgnoringLoader.add_multi_constructor("!", _plain)
_TagIgnoringLoader.add_multi_constructor("tag:yaml.org,2002:python/", _plain)


@dataclass
class SiteConfig:
    file: str
    languages: list[str] = field(default_factory=list)
    default: str | None = None
    nav: list[str] = field(default_factory=list)  # page slugs in navigation order
    nav_lines: dict[str, int] = field(default_factory=dict)
    lines: Yaml = field(default_factory=lambda: Yaml({}))


def load_config(path: Path, root: Path) -> tuple[SiteConfig | None, list[Problem]]:
    file = display_path(path, root)
    if not path.exists():
        return None, [Problem(file, None, "data-file", f"{file} is missing", "restore it from git history")]
    text, problems = read_text(path, file)
    if text is None:
        return None, problems
    try:
        data = yaml.load(text, Loader=_TagIgnoringLoader)  # noqa: S506 - a SafeLoader subclass
        node = yaml.compose(text, Loader=_TagIgnoringLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return None, [Problem(file, mark.line + 1 if mark else None, "yaml-syntax",
                              f"the YAML is not valid: {getattr(error, 'problem', error)}",
                              "check indentation and colons")]
    config = SiteConfig(file)
    i18n = _i18n_options(data)
    for language in i18n.get("languages") or []:
        if isinstance(language, dict) and language.get("locale"):
            config.languages.append(str(language["locale"]))
            if language.get("default"):
                config.default = str(language["locale"])
    config.nav = list(_nav_slugs(data.get("nav") if isinstance(data, dict) else None))
    config.nav_lines = _nav_lines(node)
    return config, []


def _i18n_options(data: Any) -> dict[str, Any]:
    for plugin in (data or {}).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            options: dict[str, Any] = plugin["i18n"]
            return options
    return {}


def _nav_slugs(nav: Any) -> Any:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_slugs(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_slugs(value)


def _nav_lines(node: yaml.Node | None) -> dict[str, int]:
    lines: dict[str, int] = {}
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode) and str(current.value).endswith(".md"):
            lines.setdefault(str(current.value), current.start_mark.line + 1)
        elif isinstance(current, yaml.MappingNode):
            stack.extend(v for pair in current.value for v in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return lines
