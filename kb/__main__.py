"""Command line for the knowledge base, without MkDocs.

    python -m kb check [docs]                          run every content rule
    python -m kb new-standard ID --owner KEY           create a standard in all four languages
    python -m kb translations                          missing and out-of-date translations
    python -m kb codeowners [--check]                  write (or verify) .github/CODEOWNERS
    python -m kb schema [--check]                      write (or verify) the editor's JSON Schema
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kb import codeowners, scaffold, translations
from kb.content import Site, load_site
from kb.model import json_schema
from kb.problems import Problem, format_report
from kb.rules import check

SCHEMA = Path("kb/schemas/standard.schema.json")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
        return _write_or_check(SCHEMA, text, args.check, "python -m kb schema")
    if not args.docs.is_dir():
        print(f"{args.docs}: no such folder; run from the repository root or give the docs/ folder",
              file=sys.stderr)
        return 2
    site = load_site(args.docs, root=Path.cwd())
    return COMMANDS[args.command](site, args)


def _check(site: Site, args: argparse.Namespace) -> int:
    problems = check(site)
    if problems:
        print(format_report(problems), file=sys.stderr)
        return 1
    print(f"{len(site.pages)} pages checked, no problems.")
    return 0


def _new_standard(site: Site, args: argparse.Namespace) -> int:
    result = scaffold.new_standard(site, Path("mkdocs.yml"), args.id, args.owner)
    if isinstance(result, Problem):
        print(format_report([result]), file=sys.stderr)
        return 1
    print("Created:", *(p.as_posix() for p in result), sep="\n  ")
    print("Added to the navigation in mkdocs.yml. Replace every TODO in all four files; "
          "the build refuses the standard until then.")
    return 0


def _translations(site: Site, args: argparse.Namespace) -> int:
    print(translations.report(translations.status(site)))
    return 0


def _codeowners(site: Site, args: argparse.Namespace) -> int:
    text = codeowners.render(site)
    return _write_or_check(Path(codeowners.CODEOWNERS), text, args.check, "python -m kb codeowners")


def _write_or_check(path: Path, text: str, check_only: bool, command: str) -> int:
    if check_only:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run `{command}` and commit the result", file=sys.stderr)
            return 1
        print(f"{path} is up to date.")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


COMMANDS = {"check": _check, "new-standard": _new_standard, "translations": _translations,
            "codeowners": _codeowners}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("check", "run every content rule"),
                       ("translations", "list missing and out-of-date translations"),
                       ("codeowners", "write .github/CODEOWNERS from the owners registry"),
                       ("new-standard", "create a standard in all four languages"),
                       ("schema", "write the JSON Schema of a standard's front matter")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--docs", default=Path("docs"), type=Path, help="the docs folder")
        if name in ("codeowners", "schema"):
            command.add_argument("--check", action="store_true", help="only verify, write nothing")
        if name == "check":
            command.add_argument("docs", nargs="?", default=Path("docs"), type=Path)
        if name == "new-standard":
            command.add_argument("id", help="the new standard's id, e.g. complaint-handling")
            command.add_argument("--owner", required=True, help="a key of docs/_data/owners.yml")
    return parser


if __name__ == "__main__":
    sys.exit(main())
