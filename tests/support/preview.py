"""Serve a built site under a sub-path, the way GitHub Pages serves a project site.

    python -m tests.support.preview site/ --prefix /customer-service-kb/

Tests and benchmarks use `serve()` to browse the real build on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".wasm", ".txt"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def do_GET(self) -> None:
        # GitHub Pages sends text, scripts and WebAssembly gzip-compressed; so does this server,
        # so that page weight and Lighthouse see what readers download
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix in COMPRESSED and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def translate_path(self, path: str) -> str:
        outside = str(Path(self.directory) / "__outside_prefix__")  # a 404, as on GitHub Pages
        if not path.startswith(self.prefix):
            return outside
        translated = Path(super().translate_path("/" + path[len(self.prefix):]))
        # regular files inside the site folder only: no link may lead elsewhere on the machine
        site = Path(self.directory).resolve()
        if any(p.is_symlink() for p in (translated, *translated.parents) if site in p.parents or p == site):
            return outside
        if translated.resolve() != site and site not in translated.resolve().parents:
            return outside
        return str(translated)

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(404)  # GitHub Pages lists no folder

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # GitHub Pages answers unknown paths with the site's 404.html
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().send_error(code, message, explain)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # a browser that navigates away closes its connections mid-response: not an error
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site_dir: Path, prefix: str = "/kb/", port: int = 0) -> Iterator[str]:
    """Yield the base URL (http://127.0.0.1:<port><prefix>) while the site is served."""
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = _Server(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--prefix", default="/kb/")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    with serve(args.site, args.prefix, args.port) as url:
        print(f"serving {args.site} at {url} (Ctrl+C stops)")
        threading.Event().wait()


if __name__ == "__main__":
    main()
