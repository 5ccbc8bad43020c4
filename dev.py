#!/usr/bin/env python3
"""Set up and run the knowledge base with nothing but Python installed.

    python3 dev.py serve [LANG]   preview at the address it prints; with LANG only that language (fast)
    python3 dev.py test [TIER]    set up (Debian's Chromium too, when run as root) and run the tests:
                                  all tiers, or one of: lint, fast, build, browser
    python3 dev.py build          strict build into site/ (the content check runs first)
    python3 dev.py check          what a content-only pull request gets: the content rules with GitHub
                                  annotations on the changed lines, then the strict build
    python3 dev.py lock           re-pin requirements.lock (with hashes) from pyproject.toml
    python3 dev.py COMMAND ...    any command of `python -m kb` (check, new-standard, translations,
                                  codeowners, schema, reminders), after setting up

Standard library only: this file runs before any dependency is installed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
LOCK = ROOT / "requirements.lock"
CHROMIUM = Path("/usr/bin/chromium")
TIERS = {
    "fast": ["-m", "not build and not browser"],
    "build": ["-m", "build"],
    "browser": ["-m", "browser"],
}
PREVIEW_PORT = 8000
KB_COMMANDS = ("new-standard", "translations", "codeowners", "schema", "reminders")


def run(*args: str | Path, check: bool = True, **env: str) -> int:
    print("+", " ".join(map(str, args)), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env={**os.environ, **env}, check=False)
    if check and result.returncode:
        sys.exit(result.returncode)
    return result.returncode


def setup() -> None:
    """Create .venv and install the locked packages and this project (skipped when up to date)."""
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    stamp = VENV / ".lock-installed"
    if stamp.exists() and stamp.read_text() == LOCK.read_text():
        return
    pip: list[str | Path] = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    run(*pip, "--require-hashes", "-r", LOCK)
    run(*pip, "--no-deps", "--no-build-isolation", "-e", ".")
    stamp.write_text(LOCK.read_text())


def install_chromium() -> None:
    """Browser tests use Debian's Chromium; Playwright's own browser download does not work here."""
    if CHROMIUM.exists():
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        run("apt-get", "update", "-q")
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", DEBIAN_FRONTEND="noninteractive")
    elif os.environ.get("CI"):
        sys.exit("CI needs Debian's chromium at /usr/bin/chromium: run as root with apt-get available")
    else:
        print("Chromium not found at /usr/bin/chromium: browser tests will be skipped "
              "(install it with `sudo apt-get install chromium`).")


def test(tier: str | None, rest: list[str]) -> None:
    if tier in (None, "lint"):
        run(PYTHON, "-m", "ruff", "check", ".")
        run(PYTHON, "-m", "mypy")
        if tier == "lint":
            return
    if tier in (None, "browser"):
        install_chromium()
    selection = TIERS.get(tier or "", [])
    # two workers: the browser tests spend most of their time waiting on Chromium
    run(PYTHON, "-m", "pytest", "-n", "2", *selection, *rest)


def serve(rest: list[str]) -> None:
    """`mkdocs serve` at the address it prints, the site at the root (not under the Pages sub-path)."""
    language = [a for a in rest if not a.startswith("-")][:1]
    options = [a for a in rest if a.startswith("-")]
    address = f"127.0.0.1:{PREVIEW_PORT}"
    # served at the root, not under the GitHub Pages sub-path; problems show in the page, not a stuck tab
    env = {"SITE_URL": f"http://{address}/", "KB_STRICT": "false"}
    if language:
        env["KB_ONLY_LANGUAGE"] = language[0]
    if language:
        print(f"Preview of {language[0]} only: http://{address}/  (Ctrl+C stops it)", flush=True)
    else:
        print(f"Preview: http://{address}/ (cs), http://{address}/de/ , http://{address}/pl/ , "
              f"http://{address}/hy/ — the language switcher keeps the page. Ctrl+C stops it.", flush=True)
    # a process group of its own: Ctrl+C (or stopping dev.py) stops mkdocs and everything it started
    process = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dev-addr", address, *options],
                               cwd=ROOT, env={**os.environ, **env}, start_new_session=True)

    def stop(*_: object) -> None:
        os.killpg(process.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        sys.exit(process.wait())
    except KeyboardInterrupt:
        stop()
        process.wait()


def check(rest: list[str]) -> None:
    """The pull-request check for content: rules with annotations on changed files, then the build."""
    base = next((a.split("=", 1)[1] for a in rest if a.startswith("--base=")), None)
    touched: list[str] = []
    if base:
        diff = subprocess.run(["git", "diff", "--name-only", f"{base}...HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True)
        touched = [line for line in diff.stdout.splitlines() if line]
    code = run(PYTHON, "-m", "kb", "check", "--annotate", *(["--touched", *touched] if touched else []), check=False)
    if code:
        sys.exit(code)
    run(BIN / "mkdocs", "build", "--strict", "--quiet")
    # the same site with page.html addresses: it opens from a downloaded folder, without a server
    run(BIN / "mkdocs", "build", "--quiet", "--no-directory-urls", "--site-dir", "site-preview")


def lock() -> None:
    """Pin every package with hashes, from the dependencies declared in pyproject.toml."""
    scratch = ROOT / "build" / "lock-venv"
    shutil.rmtree(scratch, ignore_errors=True)
    venv.create(scratch, with_pip=True)
    python = scratch / BIN.name / "python"
    run(python, "-m", "pip", "install", "-q", "pip-tools")
    # PyPI only: a machine's own pip configuration (local wheel folders, extra indexes) stays out of the lock
    run(python, "-m", "piptools", "compile", "--quiet", "--generate-hashes", "--allow-unsafe", "--strip-extras",
        "--no-emit-index-url", "--no-emit-find-links", "--extra", "test", "--output-file", LOCK, "pyproject.toml",
        CUSTOM_COMPILE_COMMAND="python3 dev.py lock", PIP_CONFIG_FILE=os.devnull, PIP_FIND_LINKS="",
        PIP_EXTRA_INDEX_URL="")


def main(argv: list[str]) -> None:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner
    if command == "lock":
        return lock()
    if command not in ("serve", "build", "test", "check", *KB_COMMANDS):
        sys.exit(__doc__)
    setup()
    if command in KB_COMMANDS:
        sys.exit(run(PYTHON, "-m", "kb", command, *rest, check=False))
    if command == "serve":
        serve(rest)
    elif command == "build":
        run(BIN / "mkdocs", "build", "--strict", *rest)
    elif command == "check":
        check(rest)
    else:
        tier = rest[0] if rest and rest[0] in (*TIERS, "lint") else None
        test(tier, rest[1:] if tier else rest)


if __name__ == "__main__":
    main(sys.argv[1:])
