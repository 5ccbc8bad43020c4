"""Placeholders in staff-written text: `{{ org.phone }}`, `{{ standards.resolution.within }}`,
`{{ contact_channels() }}` — the one syntax of pages, front matter and docs/_data/labels.yml.

Staff text is untrusted input: it must not run code, reach the machine, or hang the build.
Jinja parses the text; before anything renders, the parse tree is checked against a
whitelist: plain text, names, look-ups of attributes that do not start with `_`, and calls of
the documented functions without arguments. Loops, conditions, filters, operators, literals,
imports and every other Jinja statement are refused, so rendering takes time proportional to
the text. What passes renders in Jinja's immutable sandbox, which knows only the documented
names. Every refusal or error becomes a Problem with the file and line.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kb.problems import Problem

MAX_OUTPUT = 2_000_000  # characters of rendered text: far beyond any real page


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox, with nothing in it but what a caller passes, and calls of our functions only."""

    def call(self, context: Any, obj: Any, *args: Any, **kwargs: Any) -> Any:
        if not getattr(obj, "kb_placeholder", False):
            raise jinja2.sandbox.SecurityError("only the documented functions can be called")
        return super().call(context, obj, *args, **kwargs)


# `{#` is not a comment here: Markdown uses it for heading ids (`## Question {#anchor}`)
def _finalize(value: Any) -> Any:
    if isinstance(value, jinja2.Undefined) or (isinstance(value, (str, int)) and not isinstance(value, bool)):
        return value
    raise TypeError("a placeholder names a group of values; add which one, e.g. `org.phone`")


ENV = _Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                   comment_start_string="{##", comment_end_string="##}", finalize=_finalize)
ENV.globals.clear()
ENV.filters.clear()
ENV.tests.clear()


def function(fn: Callable[[], str]) -> Callable[[], str]:
    """Mark a function as callable from a placeholder (`{{ contact_channels() }}`)."""
    fn.kb_placeholder = True  # type: ignore[attr-defined]
    return fn


@dataclass(frozen=True)
class Refusal:
    line: int
    message: str


def has_placeholders(text: str) -> bool:
    return "{{" in text or "{%" in text or "{##" in text


@functools.lru_cache(maxsize=4096)
def refusals(text: str) -> tuple[Refusal, ...]:
    """What in `text` is not a plain placeholder (empty when the text is safe to render)."""
    try:
        tree = ENV.parse(text)
    except jinja2.TemplateSyntaxError as error:
        return (Refusal(error.lineno, f"broken placeholder: {error.message}"),)
    return tuple(_refuse(tree))


@functools.lru_cache(maxsize=4096)
def _compiled(text: str) -> jinja2.Template:
    """Labels and pages repeat the same texts: each is compiled once (only after `refusals` passed)."""
    return ENV.from_string(text)


def names(text: str) -> set[str]:
    """The top-level names a text uses ({{ org.phone }} -> org); empty for a text that is refused."""
    if refusals(text):
        return set()
    return {n.name for n in ENV.parse(text).find_all(nodes.Name)}


def fill(text: str, values: dict[str, Any], file: str, first_line: int = 1,
         known: tuple[str, ...] = ()) -> tuple[str, list[Problem]]:
    """The text with placeholders filled in, or the original and the problems.

    `first_line` is the file's line of the text's first line; `known` lists the placeholders
    staff may use here, for the fix.
    """
    if not has_placeholders(text):
        return text, []
    refused = refusals(text)
    if refused:
        return text, [_problem(file, first_line, r.line, r.message, known) for r in refused]
    try:
        rendered = _compiled(text).render(values)
    except jinja2.UndefinedError as error:
        name = _undefined_name(error)
        line = _first_line_with(text, name)
        return text, [_problem(file, first_line, line, f"unknown placeholder `{name}`", known)]
    except Exception as error:  # the sandbox refused something, or a function failed: never a traceback
        return text, [_problem(file, first_line, None, f"the placeholder cannot be filled in ({error})", known)]
    if len(rendered) > MAX_OUTPUT:
        return text, [_problem(file, first_line, None, "the placeholders make the page far too long", known)]
    return rendered, []


def _refuse(node: nodes.Node) -> Iterator[Refusal]:
    if isinstance(node, nodes.Template):
        for child in node.body:
            yield from _refuse(child)
    elif isinstance(node, nodes.Output):
        for child in node.nodes:
            if not isinstance(child, nodes.TemplateData):
                yield from _refuse_expression(child)
    else:
        yield Refusal(node.lineno, "`{% … %}` statements are not allowed; write text, or a placeholder "
                                   "such as `{{ org.phone }}`")


def _refuse_expression(node: nodes.Node) -> Iterator[Refusal]:
    if isinstance(node, nodes.Name):
        return
    if isinstance(node, nodes.Getattr):
        if node.attr.startswith("_"):
            yield Refusal(node.lineno, f"`{node.attr}` is not a placeholder name")
        else:
            yield from _refuse_expression(node.node)
    elif isinstance(node, nodes.Call) and not (node.args or node.kwargs or node.dyn_args or node.dyn_kwargs):
        yield from _refuse_expression(node.node)
    else:
        kind = _KINDS.get(type(node).__name__, "calculation")
        yield Refusal(node.lineno, f"only plain placeholders such as `{{{{ org.phone }}}}` or "
                                   f"`{{{{ contact_channels() }}}}` are allowed, not {kind}")


_KINDS = {"Call": "a call with arguments", "Filter": "a filter (`|`)", "Test": "a test (`is`)",
          "Const": "a literal value", "Getitem": "an index (`[…]`)", "CondExpr": "a condition",
          "List": "a list", "Dict": "a dict", "Tuple": "a tuple", "Concat": "joined text (`~`)"}


def _undefined_name(error: jinja2.UndefinedError) -> str:
    # "'foo' is undefined" or "'dict object' has no attribute 'fax'": the name is quoted last
    return (re.findall(r"'([^']+)'", str(error)) or ["?"])[-1]


def _problem(file: str, first_line: int, line: int | None, message: str, known: tuple[str, ...]) -> Problem:
    at = first_line + line - 1 if line else None
    name = re.findall(r"`([^`]+)`", message)
    guess = difflib.get_close_matches(name[-1], known, n=1, cutoff=0.75) if name and known else []
    if guess:
        fix = f"did you mean `{{{{ {guess[0]} }}}}`? The placeholders are listed in CONTRIBUTING.md"
    elif known and len(known) <= 4:
        fix = "use " + " or ".join(f"`{{{{ {k} }}}}`" for k in known)
    else:
        fix = ("use a placeholder listed in CONTRIBUTING.md (\"Placeholders\"), such as `{{ org.phone }}` or "
               "`{{ hours.customer_centre }}` (dashes in names become underscores)")
    return Problem(file, at, "placeholder", message, fix + ", or remove the braces")


def _first_line_with(text: str, word: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if "{{" in line and word in line:
            return number
    return None
