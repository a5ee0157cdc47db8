"""Write a checked package's files to disk: content for authors, libraries for the steward.

Extraction trusts neither the report it is given nor the archive's declared sizes: it inspects
the archive again (the file may have changed since it was validated), counts every byte it
writes, writes only into a fresh temporary folder beside the destination, creates no link and
follows none, and renames the folder into place only when every file is complete. A refusal
leaves nothing behind.
"""

import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .archive import (
    Entry,
    PathOrFile,
    inspect,
    member_chunks,
    name_problems,
    open_package,
    open_zip,
)
from .limits import Limits
from .manifest import H5P_JSON, LibraryInfo
from .problems import PackageRefused, problem
from .validate import PackageReport

_NO_FOLLOW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class ExtractedFile:
    """A file written below the destination: its "/"-separated path there, size and SHA-256."""

    name: str
    size: int
    sha256: str


def extract_content(
    path: PathOrFile, report: PackageReport, destination: Path, limits: Limits | None = None
) -> list[ExtractedFile]:
    """Write h5p.json and content/** of a validated package into ``destination`` (a new folder).

    Library folders are never written here: libraries come only from the steward's path.
    """
    limits = limits or Limits()
    destination = Path(destination)
    _refuse_existing(destination)
    with open_package(path) as handle:
        inventory = inspect(handle, limits)
        content = inventory.content
        if inventory.manifest is None or [e.name for e in content] != report.content_files:
            raise PackageRefused([_changed()])
        wanted = [(inventory.manifest, H5P_JSON), *((e, e.name) for e in content)]
        with open_zip(handle) as archive, _staging(destination) as root:
            budget = _Budget(limits.max_total_bytes)
            return [_write(archive, entry, name, root, limits, budget) for entry, name in wanted]


def extract_library(
    path: PathOrFile, info: LibraryInfo, destination: Path, limits: Limits | None = None
) -> dict[str, str]:
    """Write one library folder of a package into ``destination`` (the steward's path).

    Returns the SHA-256 of each file by its path in the folder, and refuses unless they are
    exactly the files and hashes of ``info``: what the steward approved is what is stored.
    """
    limits = limits or Limits()
    destination = Path(destination)
    _refuse_existing(destination)
    with open_package(path) as handle:
        inventory = inspect(handle, limits)
        entries = inventory.libraries.get(info.folder)
        if not entries:
            raise PackageRefused([_changed()])
        prefix = info.folder + "/"
        with open_zip(handle) as archive, _staging(destination) as root:
            budget = _Budget(limits.max_total_bytes)
            written = {
                extracted.name: extracted.sha256
                for extracted in (
                    _write(archive, e, e.name.removeprefix(prefix), root, limits, budget)
                    for e in entries
                )
            }
            if written != info.files:
                raise PackageRefused(
                    [
                        problem(
                            "hash_mismatch",
                            _(
                                "The files of “%(path)s” differ from the ones that were "
                                "checked; nothing was stored."
                            ),
                            info.folder,
                        )
                    ]
                )
    return written


class _Budget:
    """Bytes still allowed for the whole package, counted as they are written."""

    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise PackageRefused(
                [
                    problem(
                        "total_too_large",
                        _("The package unpacks to more than %(limit)s MB; it was refused."),
                        limit=(self.left + count) // 1024 // 1024,
                    )
                ]
            )


def _changed():
    return problem(
        "package_changed",
        _("The package changed after it was checked; it must be checked again."),
    )


def _refuse_existing(destination: Path) -> None:
    if os.path.lexists(destination):
        raise PackageRefused(
            [
                problem(
                    "destination_exists",
                    _("“%(path)s” already exists; a package version is never overwritten."),
                    str(destination),
                )
            ]
        )


@contextmanager
def _staging(destination: Path) -> Iterator[Path]:
    """A new private folder beside ``destination``, renamed to it only if the block succeeds."""
    parent = destination.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".partial", dir=parent))
    try:
        yield Path(os.path.realpath(staging))
        _refuse_existing(destination)
        os.chmod(staging, 0o755)  # noqa: S103 (served files must be readable by the web server)
        os.rename(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write(
    archive, entry: Entry, relative: str, root: Path, limits: Limits, budget: _Budget
) -> ExtractedFile:
    """Stream one member to ``root/relative``, counting bytes, refusing any escape."""
    target = _target(root, relative, limits)
    _make_folders(root, relative.split("/")[:-1])
    try:
        descriptor = os.open(target, _NO_FOLLOW, 0o644)
    except FileExistsError:
        raise PackageRefused(
            [problem("duplicate", _("“%(path)s” appears more than once in the package."), relative)]
        ) from None
    digest = hashlib.sha256()
    size = 0
    with os.fdopen(descriptor, "wb") as out:
        for chunk in member_chunks(archive, entry.name, limits.entry_cap(entry.extension)):
            budget.spend(len(chunk))
            size += len(chunk)
            digest.update(chunk)
            out.write(chunk)
    return ExtractedFile(relative, size, digest.hexdigest())


def _outside(relative: str) -> PackageRefused:
    return PackageRefused(
        [problem("traversal", _("“%(path)s” points outside the package."), relative)]
    )


def _target(root: Path, relative: str, limits: Limits) -> str:
    """The absolute path for ``relative``, which must resolve to a file inside ``root``."""
    found = name_problems(relative, limits)
    if found:
        raise PackageRefused(found)
    if not relative or relative.endswith("/"):
        raise _outside(relative)
    target = os.path.realpath(os.path.join(root, *relative.split("/")))
    if target == str(root) or os.path.commonpath([str(root), target]) != str(root):
        raise _outside(relative)
    return target


def _make_folders(root: Path, parts: list[str]) -> None:
    """Create the folders of a path one by one, refusing anything that is not a real folder."""
    current = str(root)
    for part in parts:
        current = os.path.join(current, part)
        try:
            os.mkdir(current, 0o755)
        except FileExistsError:
            if not stat.S_ISDIR(os.lstat(current).st_mode):  # a file or a link
                raise _outside(current.removeprefix(str(root) + os.sep)) from None
