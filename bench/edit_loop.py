"""Editing loop: seconds from saving a page to the change showing on the served site.

    python -m bench.edit_loop [--lang de]

Starts `mkdocs serve` the way `python3 dev.py serve [lang]` does (on a copy of the project),
appends a sentence to one page, and polls the page over HTTP until the sentence appears.
Reports the time for a one-language preview and for all four languages.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import string
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.support import ROOT, copy_tree, python_path

SOURCES = ["docs", "hooks", "overrides", "mkdocs.yml"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own local server
            return response.read().decode("utf-8")
    except OSError:
        return ""


def measure(lang: str | None, page: str = "faq") -> float:
    """Seconds from writing the file to the served page showing the change."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        for name in SOURCES:
            copy_tree(ROOT / name, project / name)
        port = _free_port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": python_path(),
               **({"KB_ONLY_LANGUAGE": lang} if lang else {})}
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            edited = lang or "de"
            prefix = "" if lang else f"{edited}/"
            url = f"http://127.0.0.1:{port}/customer-service-kb/{prefix}{page}/"
            deadline = time.time() + 300
            while "<html" not in _get(url):
                if time.time() > deadline:
                    raise SystemExit(f"mkdocs serve did not start (tried {url})")
                time.sleep(0.5)
            # letters only: a number in one language only would fail the content check
            marker = "Editloop " + "".join(random.choices(string.ascii_lowercase, k=12))
            path = project / "docs" / edited / f"{page}.md"
            started = time.perf_counter()
            path.write_text(path.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
            while marker not in _get(url):
                if time.perf_counter() - started > 120:
                    raise SystemExit("the change did not show within 120 s")
                time.sleep(0.1)
            return time.perf_counter() - started
        finally:
            server.terminate()
            server.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="de")
    args = parser.parse_args(argv)
    one = measure(args.lang)
    every = measure(None)
    print(f"save to visible, one language ({args.lang}): {one:.1f} s   (budget 3 s: {'met' if one <= 3 else 'MISSED'})")
    print(f"save to visible, all four languages:        {every:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
