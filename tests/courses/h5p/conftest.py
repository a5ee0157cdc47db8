"""Fixtures for the H5P package reader: crafted packages, and the real ones when present."""

import zipfile
from pathlib import Path

import pytest

from tests.h5p_packages import SHARED_H5P, package_files, write_package, write_zeros_package
from tests.helpers import require

ZEROS_BYTES = 300 * 1024 * 1024


@pytest.fixture
def shared_h5p() -> Path:
    """The real packages by others (valid/, invalid/, hostile/), outside the repository."""
    require(SHARED_H5P.is_dir(), f"the real H5P packages are not at {SHARED_H5P}")
    return SHARED_H5P.resolve()


@pytest.fixture
def make_package(tmp_path):
    """make_package(files=None, name=..., **h5p_overrides) -> the path of a written package."""
    counter = iter(range(1_000_000))

    def make(files=None, name: str | None = None, compression=zipfile.ZIP_DEFLATED, **overrides):
        files = package_files(**overrides) if files is None else files
        path = tmp_path / "uploads" / (name or f"package-{next(counter)}.h5p")
        path.parent.mkdir(exist_ok=True)
        return write_package(path, files, compression)

    return make


@pytest.fixture(scope="session")
def zeros_package(tmp_path_factory) -> Path:
    """A package with a 300 MB entry of zeros, about 1.3 MB on disk (built once per run)."""
    path = tmp_path_factory.mktemp("bomb") / "zeros.h5p"
    return write_zeros_package(path, "content/images/huge.png", ZEROS_BYTES)


@pytest.fixture
def no_member_reads(monkeypatch):
    """Fail the test if any zip member is opened for reading (the archive checks need none)."""
    original = zipfile.ZipFile.open

    def refuse(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            raise AssertionError(f"the zip member {name} was opened")
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
