"""Read an .h5p archive's table of contents, never its members, and sort the entries.

Everything here works on the zip's end record and central directory only, so a hostile upload
(a zip bomb, 100,000 entries, a symlink, "../../etc") is refused before a single member byte is
inflated. Every problem found is reported together, so an editor can fix a package in one go.
"""

import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from django.utils.translation import gettext_lazy as _

from .limits import (
    ARCHIVE_EXTENSIONS,
    CONTENT_EXTENSIONS,
    LIBRARY_EXTENSIONS,
    NEVER_IN_CONTENT,
    Limits,
)
from .problems import PackageRefused, Problem, problem

MANIFEST = "manifest"
CONTENT = "content"
LIBRARY = "library"
IGNORED = "ignored"
DIRECTORY = "directory"

PathOrFile = str | os.PathLike | BinaryIO

_END_RECORD = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes
_END_RECORD_64_LOCATOR = struct.Struct("<4sLQL")  # 20 bytes, just before the end record
_END_RECORD_64 = struct.Struct("<4sQ2H2L4Q")  # 56 bytes
_LOCAL_HEADER_BYTES = 30
# A central directory record is 46 bytes plus its name, extra field and comment; real ones stay
# well under this average, so a directory larger than entries x this is lying about its count.
_DIRECTORY_BYTES_PER_ENTRY = 2048
_SEGMENT_BYTES = 255  # the longest file name most file systems store
CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True)
class Entry:
    """One member of the archive as its central directory declares it."""

    name: str
    kind: str
    size: int
    compressed_size: int
    folder: str = ""  # the library folder, for LIBRARY entries

    @property
    def extension(self) -> str:
        return extension_of(self.name)


@dataclass
class Inventory:
    """The entries of a package that passed the archive checks, sorted by kind."""

    entries: list[Entry]
    archive_bytes: int

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    @property
    def manifest(self) -> Entry | None:
        found = self.of_kind(MANIFEST)
        return found[0] if found else None

    @property
    def content(self) -> list[Entry]:
        return self.of_kind(CONTENT)

    @property
    def libraries(self) -> dict[str, list[Entry]]:
        """Library folder name -> its files (directory entries and ignored files left out)."""
        folders: dict[str, list[Entry]] = {}
        for entry in self.of_kind(LIBRARY):
            folders.setdefault(entry.folder, []).append(entry)
        return folders

    @property
    def ignored(self) -> list[str]:
        return [e.name for e in self.of_kind(IGNORED)]

    def names(self) -> set[str]:
        return {e.name for e in self.entries}


def extension_of(name: str) -> str:
    """The lower-case extension of the last path segment, or "" when it has none."""
    last = name.rstrip("/").rsplit("/", 1)[-1]
    stem, dot, extension = last.rpartition(".")
    return extension.lower() if dot and stem else ""


def classify(name: str) -> tuple[str, str]:
    """(kind, library folder) of an entry, from its name alone, as H5P core sorts them."""
    is_directory = name.endswith("/")
    segments = name.rstrip("/").split("/")
    if any(s.startswith((".", "_")) for s in segments):
        return IGNORED, ""  # __MACOSX/, .DS_Store, .git/ ...
    if is_directory:
        return DIRECTORY, ""
    if len(segments) == 1:
        return (MANIFEST, "") if name == "h5p.json" else (IGNORED, "")
    if segments[0] == "content":
        return CONTENT, ""
    return LIBRARY, segments[0]


def name_problems(name: str, limits: Limits) -> list[Problem]:
    """Why ``name`` may not be written below a folder (an empty list when it may).

    Also used for paths that library.json and content.json point at.
    """
    found: list[Problem] = []
    unsafe = _("“%(path)s” has a name that cannot be stored safely: %(reason)s")
    outside = _("“%(path)s” points outside the package.")
    if "\x00" in name:
        found.append(problem("unsafe_name", unsafe, name, reason=_("it contains a NUL character")))
    if "\\" in name:
        found.append(problem("unsafe_name", unsafe, name, reason=_("it contains a backslash")))
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name.replace("\x00", "")):
        found.append(
            problem("unsafe_name", unsafe, name, reason=_("it contains control characters"))
        )
    drive = len(name) > 1 and name[1] == ":" and name[0].isascii() and name[0].isalpha()
    if name.startswith("/") or drive:
        found.append(problem("traversal", outside, name))
    elif ":" in name:
        found.append(problem("unsafe_name", unsafe, name, reason=_("it contains a colon")))
    segments = name.removesuffix("/").split("/")
    if ".." in segments:
        found.append(problem("traversal", outside, name))
    if not name.startswith("/") and any(s in ("", ".") for s in segments):
        found.append(problem("unsafe_name", unsafe, name, reason=_("it has an empty or “.” part")))
    too_long = len(name) > limits.max_name_chars or any(
        len(s.encode("utf-8", "surrogatepass")) > _SEGMENT_BYTES for s in segments
    )
    if too_long:
        found.append(
            problem("name_too_long", _("“%(path)s” has a name that is too long to store."), name)
        )
    return found


def _fold(name: str) -> str:
    """The form under which two names land on the same file on macOS, Windows or S3 mounts."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


@contextmanager
def open_package(path_or_file: PathOrFile) -> Iterator[BinaryIO]:
    """The package as a binary file, opened once so that every later step reads the same bytes."""
    if isinstance(path_or_file, str | os.PathLike):
        with open(path_or_file, "rb") as handle:
            yield handle
    else:
        path_or_file.seek(0)
        yield path_or_file


@contextmanager
def open_zip(path_or_file: PathOrFile) -> Iterator[zipfile.ZipFile]:
    """The package as a ZipFile; callers must have inspected it first."""
    with open_package(path_or_file) as handle, zipfile.ZipFile(handle) as archive:
        yield archive


def member_chunks(archive: zipfile.ZipFile, name: str, cap: int) -> Iterator[bytes]:
    """The bytes of one member in chunks, counted: the one way this package reads members.

    Stops with PackageRefused as soon as more bytes arrive than the entry declares or ``cap``
    allows (a forged size), or when zipfile finds a bad CRC or a damaged stream. The caller
    must have inspected the archive, so ``name`` is a checked entry.
    """
    info = archive.getinfo(name)
    limit = min(info.file_size, cap)
    read = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK_BYTES):
                read += len(chunk)
                if read > limit:
                    raise PackageRefused([_size_mismatch(name)])
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
        raise PackageRefused(
            [problem("corrupt", _("“%(path)s” is damaged and cannot be read."), name)]
        ) from None
    if read != info.file_size:
        raise PackageRefused([_size_mismatch(name)])


def _size_mismatch(name: str) -> Problem:
    return problem(
        "size_mismatch",
        _("“%(path)s” holds a different amount of data than the package says; it was refused."),
        name,
    )


def _declared_directory(handle: BinaryIO, size: int) -> tuple[int, int]:
    """(number of entries, central directory bytes) from the end record, the largest claimed.

    Read before zipfile parses the directory, so that a million-entry archive costs us 64 KB
    of reading, not a million ZipInfo objects.
    """
    tail_bytes = min(size, _END_RECORD.size + 0xFFFF)
    handle.seek(size - tail_bytes)
    tail = handle.read(tail_bytes)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END_RECORD.size:
        raise zipfile.BadZipFile("no end of central directory")
    fields = _END_RECORD.unpack_from(tail, at)
    count, directory_bytes = max(fields[3], fields[4]), fields[5]
    locator_at = at - _END_RECORD_64_LOCATOR.size
    if locator_at >= 0 and tail[locator_at : locator_at + 4] == b"PK\x06\x07":
        offset = _END_RECORD_64_LOCATOR.unpack_from(tail, locator_at)[2]
        handle.seek(offset)
        record = handle.read(_END_RECORD_64.size)
        if len(record) == _END_RECORD_64.size and record[:4] == b"PK\x06\x06":
            fields64 = _END_RECORD_64.unpack(record)
            count = max(count, fields64[6], fields64[7])
            directory_bytes = max(directory_bytes, fields64[8])
    return count, directory_bytes


def _size(handle: BinaryIO) -> int:
    handle.seek(0, os.SEEK_END)
    return handle.tell()


def _too_many(count: int, limits: Limits) -> Problem:
    return problem(
        "too_many_entries",
        _("The package has %(count)s files; at most %(limit)s are allowed."),
        count=count,
        limit=limits.max_entries,
    )


def inspect(path_or_file: PathOrFile, limits: Limits | None = None) -> Inventory:
    """Check the archive's structure and sort its entries, or raise PackageRefused.

    Reads only the end record and the central directory: no member is opened here.
    """
    limits = limits or Limits()
    with open_package(path_or_file) as handle:
        archive_bytes = _size(handle)
        if archive_bytes > limits.max_upload_bytes:
            raise PackageRefused(
                [
                    problem(
                        "too_large",
                        _("The package is %(size)s MB; at most %(limit)s MB can be uploaded."),
                        size=round(archive_bytes / 1024 / 1024, 1),
                        limit=limits.max_upload_bytes // 1024 // 1024,
                    )
                ]
            )
        not_a_zip = problem("not_a_zip", _("The file is not an H5P package (a zip archive)."))
        try:
            count, directory_bytes = _declared_directory(handle, archive_bytes)
            if count > limits.max_entries:
                raise PackageRefused([_too_many(count, limits)])
            if directory_bytes > limits.max_entries * _DIRECTORY_BYTES_PER_ENTRY:
                raise PackageRefused([_too_many(count, limits)])
            handle.seek(0)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                directory_start = getattr(archive, "start_dir", None)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error):
            raise PackageRefused([not_a_zip]) from None
    if len(infos) > limits.max_entries:
        raise PackageRefused([_too_many(len(infos), limits)])
    problems = _entry_problems(infos, limits)
    problems += _collisions(infos)
    problems += _overlaps(infos, directory_start)
    entries = [_entry(info) for info in infos]
    problems += _size_problems(infos, entries, limits)
    problems += _type_problems(entries)
    if problems:
        raise PackageRefused(problems)
    return Inventory(entries=entries, archive_bytes=archive_bytes)


def _entry(info: zipfile.ZipInfo) -> Entry:
    # The name as stored (zipfile cuts its own copy at a NUL); they differ only in refused names.
    kind, folder = classify(info.orig_filename)
    return Entry(info.orig_filename, kind, info.file_size, info.compress_size, folder)


def _entry_problems(infos: list[zipfile.ZipInfo], limits: Limits) -> list[Problem]:
    found: list[Problem] = []
    for info in infos:
        # zipfile cuts a name at its first NUL; the name as stored is in orig_filename.
        raw = info.orig_filename
        found += name_problems(raw, limits)
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if file_type == stat.S_IFLNK:
            found.append(
                problem("symlink", _("“%(path)s” is a symbolic link; links are not allowed."), raw)
            )
        elif file_type not in (0, stat.S_IFREG, stat.S_IFDIR):
            found.append(
                problem("special_file", _("“%(path)s” is not an ordinary file or folder."), raw)
            )
        if info.flag_bits & 0x1:
            found.append(
                problem("encrypted", _("“%(path)s” is encrypted; packages must be open."), raw)
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            found.append(
                problem(
                    "unsupported_compression",
                    _("“%(path)s” is compressed in a way H5P packages do not use."),
                    raw,
                )
            )
    return found


def _collisions(infos: list[zipfile.ZipInfo]) -> list[Problem]:
    """Duplicate names, and names that become one file on a case-insensitive disk."""
    found: list[Problem] = []
    exact: set[str] = set()
    files: dict[str, str] = {}  # folded name -> first spelling
    folders: dict[str, str] = {}
    for info in infos:
        raw = info.orig_filename
        if raw in exact:
            found.append(
                problem("duplicate", _("“%(path)s” appears more than once in the package."), raw)
            )
            continue
        exact.add(raw)
        segments = raw.rstrip("/").split("/")
        spellings = ["/".join(segments[:i]) for i in range(1, len(segments))]
        if raw.endswith("/"):
            spellings.append(raw.rstrip("/"))
        else:
            files_key = _fold(raw)
            if files.setdefault(files_key, raw) != raw:
                found.append(_collision(raw, files[files_key]))
        for spelling in spellings:
            key = _fold(spelling)
            if folders.setdefault(key, spelling) != spelling:
                found.append(_collision(raw, folders[key]))
    for key, name in files.items():
        if key in folders:
            found.append(_collision(name, folders[key] + "/"))
    return _unique(found)


def _collision(name: str, other: str) -> Problem:
    return problem(
        "name_collision",
        _(
            "“%(path)s” and “%(other)s” differ only in upper and lower case or accents, "
            "so one would overwrite the other."
        ),
        name,
        other=other,
    )


def _unique(found: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for p in found:
        key = (p.code, p.path, str(p.message))
        if key not in seen:
            seen.add(key)
            kept.append(p)
    return kept


def _overlaps(infos: list[zipfile.ZipInfo], directory_start: int | None) -> list[Problem]:
    """Entries whose data overlap (the "overlapping files" zip bomb) or run into the directory.

    Each entry needs at least a 30-byte local header and its compressed bytes before the next.
    """
    ordered = sorted(infos, key=lambda i: i.header_offset)
    bounds = [i.header_offset for i in ordered[1:]]
    if directory_start is not None:
        bounds.append(directory_start)
    for info, bound in zip(ordered, bounds, strict=False):
        if info.header_offset + _LOCAL_HEADER_BYTES + info.compress_size > bound:
            return [
                problem(
                    "overlap",
                    _("“%(path)s” overlaps other data in the archive; the package is damaged."),
                    info.orig_filename,
                )
            ]
    return []


def _size_problems(
    infos: list[zipfile.ZipInfo], entries: list[Entry], limits: Limits
) -> list[Problem]:
    found: list[Problem] = []
    total = 0
    for info, entry in zip(infos, entries, strict=True):
        if entry.kind == DIRECTORY:
            continue
        total += info.file_size
        cap = limits.entry_cap(entry.extension)
        if info.file_size > cap:
            found.append(
                problem(
                    "entry_too_large",
                    _("“%(path)s” is %(size)s MB; at most %(limit)s MB is allowed for one file."),
                    info.orig_filename,
                    size=round(info.file_size / 1024 / 1024, 1),
                    limit=cap // 1024 // 1024,
                )
            )
        if info.file_size > limits.ratio_floor_bytes and (
            info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            found.append(
                problem(
                    "ratio",
                    _(
                        "“%(path)s” expands more than %(ratio)s times when unpacked, "
                        "which only a zip bomb does."
                    ),
                    info.orig_filename,
                    ratio=limits.max_ratio,
                )
            )
    if total > limits.max_total_bytes:
        found.append(
            problem(
                "total_too_large",
                _("The package unpacks to %(size)s MB; at most %(limit)s MB is allowed."),
                size=round(total / 1024 / 1024, 1),
                limit=limits.max_total_bytes // 1024 // 1024,
            )
        )
    return found


def _type_problems(entries: list[Entry]) -> list[Problem]:
    found: list[Problem] = []
    for entry in entries:
        if entry.kind not in (CONTENT, LIBRARY):
            continue
        extension = entry.extension
        if extension in ARCHIVE_EXTENSIONS:
            found.append(
                problem(
                    "nested_archive",
                    _("“%(path)s” is an archive inside the package; archives are not unpacked."),
                    entry.name,
                )
            )
            continue
        if entry.kind == CONTENT:
            allowed = extension in CONTENT_EXTENSIONS and extension not in NEVER_IN_CONTENT
            allowlist = CONTENT_EXTENSIONS
        else:
            allowed = extension in LIBRARY_EXTENSIONS
            allowlist = LIBRARY_EXTENSIONS
        if allowed:
            continue
        if not extension:
            template = _("“%(path)s” has no file type (extension). Allowed types: %(allowed)s.")
        elif entry.kind == CONTENT:
            template = _(
                "“%(path)s” is a .%(extension)s file, which content may not contain. "
                "Allowed types: %(allowed)s."
            )
        else:
            template = _(
                "“%(path)s” is a .%(extension)s file, which a library may not contain. "
                "Allowed types: %(allowed)s."
            )
        found.append(
            problem(
                "disallowed_extension",
                template,
                entry.name,
                extension=extension,
                allowed=", ".join(sorted(allowlist)),
            )
        )
    return found
