"""`mkdocs build` of content that does not pass the content check yet, for benchmarks only.

    python -m bench.lenient build [mkdocs options]    # instead of python -m mkdocs

While native writers rewrite docs/, the content on a branch may break rules that have
nothing to do with what a benchmark measures. The benchmarks' `--lenient` option builds
such content with the check's errors shown as warnings (`rewrite()` also turns the
placeholders written as `{{ hours["customer-centre"] }}` into `{{ hours.customer_centre }}`
in the temporary copy). Never used by the site's own build or by CI.
"""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path
from typing import Any

INDEXED = re.compile(r"\{\{\s*(\w+)\[\"([\w-]+)\"\]\s*\}\}")


def rewrite(docs: Path) -> None:
    """Plain placeholders for indexed ones, in a temporary copy of docs/."""
    for path in docs.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        fixed = INDEXED.sub(lambda m: "{{ " + m.group(1) + "." + m.group(2).replace("-", "_") + " }}", text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")


def main() -> None:
    import kb.rules
    from kb.problems import errors

    check = kb.rules.check

    def lenient(site: Any, *args: Any, **kwargs: Any) -> list[Any]:
        problems = check(site, *args, **kwargs)
        fatal = errors(problems)
        if fatal:
            print(f"bench.lenient: {len(fatal)} content problems ignored for this benchmark build", file=sys.stderr)
        return [p for p in problems if p not in fatal]

    kb.rules.check = lenient
    sys.argv = ["mkdocs", *sys.argv[1:]]
    runpy.run_module("mkdocs", run_name="__main__")


if __name__ == "__main__":
    main()
