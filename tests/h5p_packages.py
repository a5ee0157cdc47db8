"""Build .h5p packages in tests: a small valid one, and hostile variations of it.

The real packages made by others live outside the repository (SHARED_H5P, test data only);
these crafted ones are made on the fly, so the hostile cases never sit in the repository as
files either. Byte patching (same-length renames, central directory fields) makes the archives
that zipfile itself refuses to write: NUL names, forged sizes, overlapping entries.
"""

import json
import os
import stat
import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

SHARED_H5P = Path(__file__).resolve().parents[1] / ".." / "shared" / "h5p"

# The smallest PNG there is (1x1, transparent): real image bytes for content files.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

MAIN = "H5P.Example"
FOLDER = "H5P.Example-1.0"

Files = dict[str, bytes] | Iterable[tuple[str | zipfile.ZipInfo, bytes]]


def as_json(value: object) -> bytes:
    return json.dumps(value).encode()


def library_json(machine_name: str = MAIN, major=1, minor=0, patch=3, **extra) -> dict:
    data = {
        "title": machine_name.replace(".", " "),
        "machineName": machine_name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": patch,
        "runnable": 1,
        "license": "MIT",
        "coreApi": {"majorVersion": 1, "minorVersion": 24},
        "preloadedJs": [{"path": "scripts/example.js"}],
        "preloadedCss": [{"path": "styles/example.css"}],
    }
    data.update(extra)
    return data


def h5p_json(**overrides) -> dict:
    # Versions as strings, as almost every real hub package writes them.
    data = {
        "title": "Rights at work",
        "language": "en",
        "mainLibrary": MAIN,
        "embedTypes": ["iframe"],
        "license": "CC BY",
        "preloadedDependencies": [
            {"machineName": MAIN, "majorVersion": "1", "minorVersion": "0"},
        ],
    }
    data.update(overrides)
    return data


def library_files(folder: str = FOLDER, data: dict | None = None) -> dict[str, bytes]:
    """The files of one library folder: library.json, its preloaded files, semantics, a language."""
    data = data if data is not None else library_json()
    files = {f"{folder}/library.json": as_json(data)}
    for kind in ("preloadedJs", "preloadedCss"):
        for item in data.get(kind, []):
            files[f"{folder}/{item['path']}"] = b"/* " + item["path"].encode() + b" */\n"
    files[f"{folder}/semantics.json"] = as_json([{"name": "text", "type": "text"}])
    files[f"{folder}/language/fr.json"] = as_json({"semantics": [{"label": "Texte"}]})
    return files


def package_files(**h5p_overrides) -> dict[str, bytes]:
    """A small valid package: h5p.json, content with one image, and its one library."""
    return {
        "h5p.json": as_json(h5p_json(**h5p_overrides)),
        "content/content.json": as_json(
            {"text": "<p>Hello</p>", "image": {"path": "images/a.png"}}
        ),
        "content/images/a.png": PNG,
        **library_files(),
    }


def write_package(path: Path, files: Files, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """Write ``files`` (a dict, or pairs that may repeat a name or give a ZipInfo) as a zip."""
    items = files.items() if isinstance(files, dict) else files
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def entry(name: str, *, mode: int | None = None) -> zipfile.ZipInfo:
    """A ZipInfo made on Unix with the given st_mode (e.g. stat.S_IFLNK | 0o777)."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    if mode is not None:
        info.external_attr = mode << 16
    return info


def symlink_entry(name: str) -> zipfile.ZipInfo:
    return entry(name, mode=stat.S_IFLNK | 0o777)


def replace_bytes(path: Path, old: bytes, new: bytes) -> Path:
    """Replace ``old`` by ``new`` (same length) everywhere: in local headers and the directory."""
    assert len(old) == len(new)
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new))
    return path


# Central directory record: the fields zipfile's structCentralDir names.
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_FIELDS = {
    "flag_bits": 5,
    "compress_type": 6,
    "crc": 9,
    "compress_size": 10,
    "file_size": 11,
    "external_attr": 17,
    "header_offset": 18,
}


def central_directory(data: bytes) -> Iterable[tuple[int, tuple, bytes]]:
    """(offset, fields, raw name) of each central directory record."""
    end = data.rfind(b"PK\x05\x06")
    count, offset = (
        struct.unpack_from("<H", data, end + 10)[0],
        struct.unpack_from("<L", data, end + 16)[0],
    )
    for _ in range(count):
        fields = _CENTRAL.unpack_from(data, offset)
        name = data[offset + _CENTRAL.size : offset + _CENTRAL.size + fields[12]]
        yield offset, fields, name
        offset += _CENTRAL.size + fields[12] + fields[13] + fields[14]


def patch_central_directory(path: Path, name: str, **changes: int) -> Path:
    """Rewrite central directory fields of ``name`` (the keys of _FIELDS).

    zipfile trusts the central directory, so this forges what a hostile archive would declare.
    """
    data = bytearray(path.read_bytes())
    for offset, fields, raw in list(central_directory(bytes(data))):
        if raw.decode("utf-8") != name:
            continue
        values = list(fields)
        for field_name, value in changes.items():
            values[_FIELDS[field_name]] = value
        data[offset : offset + _CENTRAL.size] = _CENTRAL.pack(*values)
        path.write_bytes(bytes(data))
        return path
    raise KeyError(name)


def write_many_entries(path: Path, count: int) -> Path:
    """A package with ``count`` empty stored entries (quick to write: nothing to compress)."""
    files = package_files()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for number in range(count - len(files)):
            archive.writestr(f"content/many/{number}.txt", b"")
    return path


def write_zeros_package(path: Path, name: str, size: int) -> Path:
    """A valid package plus ``name``: ``size`` zero bytes, deflated while written in chunks.

    300 MB of zeros becomes about 1.3 MB on disk (over 200 times smaller) and never sits in memory.
    """
    files = package_files()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for member, data in files.items():
            archive.writestr(member, data)
        info = entry(name)
        info.file_size = size
        with archive.open(info, "w") as out:
            written = 0
            while written < size:
                part = chunk[: min(len(chunk), size - written)]
                out.write(part)
                written += len(part)
    return path


def listing(folder: Path) -> set[str]:
    """Every path below ``folder`` (files, folders and links), relative, to compare before/after."""
    found = set()
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            found.add(os.path.relpath(os.path.join(root, name), folder))
    return found
