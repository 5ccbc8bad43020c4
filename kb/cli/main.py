"""Command line for the knowledge base, without MkDocs.

    python -m kb check [--touched FILE ...] [--annotate]   run every content rule
    python -m kb new-standard ID --owner KEY              create a standard in all four languages
    python -m kb translations [--done FILE ...]            missing and out-of-date translations
    python -m kb codeowners [--check]                     write (or verify) .github/CODEOWNERS
    python -m kb schema [--check]                         write (or verify) the front matter's JSON Schema
    python -m kb reminders [--json FILE]                  what is due, per owner

Run it from anywhere inside the repository. Exit codes: 0 fine (reminders may be printed),
1 the content has errors, 2 wrong usage, 3 the tool itself failed (a bug: please report it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

from kb.cli import codeowners, reminders, scaffold, translations
from kb.load.site import Site, load_site
from kb.model.schema import json_schema
from kb.problems import Problem, errors, escalate, format_report, github_annotations
from kb.problems import reminders as reminders_of
from kb.rules import check

SCHEMA = Path("kb/schemas/standard.schema.json")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        root = _repository_root(args.root)
        if root is None:
            print("no mkdocs.yml here or above: run inside the knowledge base's repository, or give --root",
                  file=sys.stderr)
            return 2
        return int(args.run(args, root))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug in kb, not a content problem: say so, without a wall of text
        if os.environ.get("KB_DEBUG"):
            traceback.print_exc()
        print(f"kb failed ({type(error).__name__}: {error}). This is a fault of the tool, not of your "
              "content; set KB_DEBUG=1 to see details and report it.", file=sys.stderr)
        return 3


def _check(args: argparse.Namespace, root: Path) -> int:
    site = _site(args, root)
    problems = check(site)
    touched = {Path(f).as_posix().removeprefix("./") for f in args.touched}
    problems = escalate(problems, touched)
    if args.annotate:
        for annotation in github_annotations(problems, touched):
            print(annotation)
        _step_summary(problems)
    found = errors(problems)
    due = reminders_of(problems)
    if due:
        print(format_report(due, " that do not stop publishing" if len(due) != 1 else " that does not stop publishing")
              .replace("The content has", "Reminders:", 1), file=sys.stderr)
    if found:
        print(format_report(found), file=sys.stderr)
        return 1
    print(f"{len(site.pages)} pages checked, no errors.")
    return 0


def _step_summary(problems: list[Problem]) -> None:
    """Every problem on the run's Summary page, where the preview is downloaded too (annotations are
    limited to ten of each kind)."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary or not problems:
        return
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    rows = [f"| {p.file}:{p.line or ''} | {'error' if p.is_error else 'reminder'} | `{p.rule}` | "
            f"{cell(p.message)} | {cell(p.fix)} |" for p in problems]
    with open(summary, "a", encoding="utf-8") as out:
        out.write("\n".join(["### Content check", "", "| where | kind | rule | problem | fix |",
                             "| --- | --- | --- | --- | --- |", *rows, ""]))


def _new_standard(args: argparse.Namespace, root: Path) -> int:
    site = _site(args, root)
    paths, problems = scaffold.new_standard(site, root / "mkdocs.yml", args.id, args.owner)
    if problems:
        print(format_report(problems), file=sys.stderr)
        return 1
    print("Created:", *(p.relative_to(root).as_posix() for p in paths), sep="\n  ")
    print("Added to the navigation in mkdocs.yml. Replace every TODO in all four files (texts, target, "
          "period); the build refuses the standard until then.")
    return 0


def _translations(args: argparse.Namespace, root: Path) -> int:
    site = _site(args, root)
    for name in args.done:
        page = next((p for p in site.pages.values() if p.file == Path(name).as_posix()), None)
        if page is None:
            print(f"{name}: not a page of the site (give the path as docs/<lang>/<page>.md)", file=sys.stderr)
            return 2
        print(f"{page.file}: translated from version {translations.mark_done(site, page)} of the Czech page")
    if not args.done:
        print(translations.report(translations.status(site)))
    return 0


def _codeowners(args: argparse.Namespace, root: Path) -> int:
    return _write_or_check(root / codeowners.CODEOWNERS, codeowners.render(_site(args, root)), args.check,
                           "python -m kb codeowners")


def _schema(args: argparse.Namespace, root: Path) -> int:
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    return _write_or_check(root / SCHEMA, text, args.check, "python -m kb schema")


def _reminders(args: argparse.Namespace, root: Path) -> int:
    site = _site(args, root)
    items = reminders.for_owners(site, check(site))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reminders.as_json(items), ensure_ascii=False, indent=2), encoding="utf-8")
    for item in items:
        print(f"{item.title}: {item.body.count('- [ ]')} due")
    return 0


def _site(args: argparse.Namespace, root: Path) -> Site:
    docs = args.docs if args.docs.is_absolute() else root / args.docs
    if not docs.is_dir():
        raise SystemExit(f"{docs}: no such folder")
    return load_site(docs, root)


def _repository_root(given: Path | None) -> Path | None:
    if given:
        return given if (given / "mkdocs.yml").exists() else None
    here = Path.cwd()
    return next((p for p in (here, *here.parents) if (p / "mkdocs.yml").exists()), None)


def _write_or_check(path: Path, text: str, check_only: bool, command: str) -> int:
    if check_only:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path.name} is out of date: run `{command}` and commit the result", file=sys.stderr)
            return 1
        print(f"{path.name} is up to date.")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, help="the repository (default: found from the current folder)")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="the docs folder, relative to the root")
    commands = parser.add_subparsers(required=True, metavar="command")

    command = commands.add_parser("check", help="run every content rule")
    command.add_argument("--touched", nargs="*", default=[], metavar="FILE",
                         help="files a pull request changes: their reminders become errors")
    command.add_argument("--annotate", action="store_true", help="also print GitHub Actions annotations")
    command.set_defaults(run=_check)

    command = commands.add_parser("new-standard", help="create a standard in all four languages")
    command.add_argument("id", help="the new standard's id, e.g. complaint-handling")
    command.add_argument("--owner", required=True, help="a key of docs/_data/owners.yml")
    command.set_defaults(run=_new_standard)

    command = commands.add_parser("translations", help="list missing and out-of-date translations")
    command.add_argument("--done", nargs="*", default=[], metavar="FILE",
                         help="record that these translations match the current Czech page")
    command.set_defaults(run=_translations)

    for name, run, text in (("codeowners", _codeowners, "write .github/CODEOWNERS from the owners registry"),
                            ("schema", _schema, "write the JSON Schema of a standard's front matter")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--check", action="store_true", help="only verify, write nothing")
        command.set_defaults(run=run)

    command = commands.add_parser("reminders", help="what is due, per owner (for the weekly issue)")
    command.add_argument("--json", type=Path, help="also write the reminders as JSON")
    command.set_defaults(run=_reminders)
    return parser
