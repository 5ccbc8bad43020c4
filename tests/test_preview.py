"""The preview server serves regular files of the site folder only, like GitHub Pages."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support.preview import serve


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own loopback server
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "faq").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "index.html").write_text("home", encoding="utf-8")
    (root / "faq" / "index.html").write_text("faq", encoding="utf-8")
    (root / "404.html").write_text("not found", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    return root


@pytest.mark.parametrize("path", ["../secret.txt", "%2e%2e/secret.txt", "..%2fsecret.txt", "//secret.txt",
                                  "faq/../../secret.txt", "....//secret.txt", "leak.txt", "empty/"])
def test_nothing_outside_the_site_folder_and_no_folder_listing(site: Path, path: str) -> None:
    with serve(site) as url:
        status, body = get(url + path)
    assert status == 404 and "secret" not in body and "Directory listing" not in body


def test_pages_and_the_sub_path(site: Path) -> None:
    with serve(site) as url:
        assert get(url + "faq/") == (200, "faq")
        assert get(url.removesuffix("kb/") + "faq/")[0] == 404, "outside the sub-path, as on GitHub Pages"
