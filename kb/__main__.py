"""Command line: `python -m kb check [docs/]` runs every content rule without MkDocs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb.content import load_site
from kb.problems import format_report
from kb.rules import check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="check the content rules")
    check_cmd.add_argument("docs", nargs="?", default="docs", type=Path, help="the docs folder")
    args = parser.parse_args(argv)

    if not args.docs.is_dir():
        print(f"{args.docs}: no such folder; give the path of the docs/ folder", file=sys.stderr)
        return 2
    site = load_site(args.docs, root=Path.cwd())
    problems = check(site)
    if problems:
        print(format_report(problems), file=sys.stderr)
        return 1
    print(f"{len(site.pages)} pages checked, no problems.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
