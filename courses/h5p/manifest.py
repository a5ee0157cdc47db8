"""Read and check a package's JSON: h5p.json, content/content.json and each library's files.

Mirrors what H5P core requires of a package (h5p.classes.php, H5PValidator), so that a package
we accept also plays in the H5P player. JSON members are streamed from the zip with a byte cap
before they are parsed; nothing here trusts a size the archive declares.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

from .archive import Entry, Inventory, extension_of, member_chunks, name_problems
from .limits import Limits
from .problems import PackageRefused, Problem, printable, problem

# The H5P core API our pinned h5p-standalone bundles; a library needing more cannot play.
CORE_API = (1, 24)

H5P_JSON = "h5p.json"
CONTENT_JSON = "content/content.json"

LANGUAGE = re.compile(r"^[-a-zA-Z]{1,10}$")
LANGUAGE_FILE = re.compile(r"^[-a-zA-Z]{1,10}\.json$")
MACHINE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,255}$")
MAIN_LIBRARY = re.compile(r"^[$a-zA-Z_][0-9a-zA-Z_.$]{1,254}$")
VERSION = re.compile(r"^[0-9]{1,5}$")
EMBED_TYPES = frozenset({"iframe", "div"})
AUTHOR_ROLES = frozenset({"Author", "Editor", "Licensee", "Originator"})
# H5P core's licence codes (current and older spellings).
LICENCES = frozenset(
    {
        "U",
        "C",
        "PD",
        "CC BY",
        "CC BY-SA",
        "CC BY-ND",
        "CC BY-NC",
        "CC BY-NC-SA",
        "CC BY-NC-ND",
        "CC0 1.0",
        "CC PDM",
        "GNU GPL",
        "ODC PDDL",
        "cc-by",
        "cc-by-sa",
        "cc-by-nd",
        "cc-by-nc",
        "cc-by-nc-sa",
        "cc-by-nc-nd",
        "pd",
        "cr",
        "MIT",
    }
)
# Markup in a title is shown as text (titles are escaped), but a reviewer should know of it.
MARKUP = re.compile(r"<\s*[a-zA-Z/!?]|&#|javascript:", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class LibraryRef:
    """A library as packages name it: machine name and major.minor (the patch is not part)."""

    machine_name: str
    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major}.{self.minor}"

    @property
    def folder(self) -> str:
        """The folder name H5P core gives this library in a package or a library store."""
        return f"{self.machine_name}-{self.major}.{self.minor}"


@dataclass
class PackageManifest:
    """What h5p.json says about the package."""

    title: str
    language: str
    main_library: LibraryRef
    dependencies: list[LibraryRef]  # preloaded, then dynamic
    embed_types: list[str]
    raw: dict


@dataclass
class LibraryInfo:
    """A library folder of the package, checked, with the SHA-256 of every file.

    ``files`` maps each path relative to the folder to the SHA-256 of its bytes, so that a
    steward can compare it with the hashes of an approved release.
    """

    ref: LibraryRef
    folder: str
    patch: int
    title: str
    runnable: bool
    core_api: tuple[int, int] | None
    preloaded_js: list[str]
    preloaded_css: list[str]
    dependencies: list[LibraryRef]  # preloaded and dynamic: what playing needs
    editor_dependencies: list[LibraryRef]
    semantics: list | None
    languages: dict[str, Any]
    files: dict[str, str]
    licence: str
    raw: dict = field(repr=False, default_factory=dict)

    @property
    def version(self) -> str:
        return f"{self.ref.major}.{self.ref.minor}.{self.patch}"


@dataclass
class Findings:
    """Problems that refuse the package, and warnings that only a reviewer needs to read."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


# --- Reading JSON members -------------------------------------------------------------------


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


def parse_json(data: bytes, path: str) -> Any:
    """Decode UTF-8 (a BOM is tolerated, as H5P core does) and parse, or raise PackageRefused."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PackageRefused(
            [problem("bad_json", _("“%(path)s” is not UTF-8 text."), path)]
        ) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        detail = f"{error.msg} (line {error.lineno}, column {error.colno})"
    except (ValueError, RecursionError) as error:
        detail = str(error) or type(error).__name__
    raise PackageRefused(
        [problem("bad_json", _("“%(path)s” is not valid JSON: %(error)s."), path, error=detail)]
    )


def read_json(archive, entry: Entry, cap: int) -> Any:
    """Stream one JSON member with a byte cap and parse it, or raise PackageRefused."""
    if entry.size > cap:
        raise PackageRefused(
            [
                problem(
                    "json_too_large",
                    _("“%(path)s” is larger than the %(limit)s KB allowed for this file."),
                    entry.name,
                    limit=cap // 1024,
                )
            ]
        )
    data = b"".join(member_chunks(archive, entry.name, cap))
    return parse_json(data, entry.name)


def _collect(findings: Findings, refused: PackageRefused) -> None:
    findings.problems.extend(refused.problems)


# --- Field checks ---------------------------------------------------------------------------


def _missing(path: str, name: str) -> Problem:
    return problem(
        "schema", _("In “%(path)s”, the field “%(field)s” is missing."), path, field=name
    )


def _invalid(path: str, name: str, reason) -> Problem:
    return problem(
        "schema",
        _("In “%(path)s”, the field “%(field)s” is not valid: %(reason)s."),
        path,
        field=name,
        reason=reason,
    )


def is_text(value: Any, longest: int = 255) -> bool:
    """A single line of 1 to ``longest`` characters, as H5P core's /^.{1,255}$/ allows."""
    return isinstance(value, str) and 1 <= len(value) <= longest and "\n" not in value


def version_number(value: Any) -> int | None:
    """A version part: an integer or a string of digits (real hub packages use strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value <= 99999:
        return value
    if isinstance(value, str) and VERSION.match(value):
        return int(value)
    return None


def library_ref(value: Any) -> LibraryRef | None:
    """A LibraryRef from {machineName, majorVersion, minorVersion}, or None when malformed."""
    if not isinstance(value, dict):
        return None
    name = value.get("machineName")
    major = version_number(value.get("majorVersion"))
    minor = version_number(value.get("minorVersion"))
    if not isinstance(name, str) or not MACHINE_NAME.match(name) or major is None or minor is None:
        return None
    return LibraryRef(name, major, minor)


def _refs(data: dict, name: str, path: str, findings: Findings) -> list[LibraryRef]:
    value = data.get(name, [])
    if not isinstance(value, list):
        findings.problems.append(_invalid(path, name, _("it must be a list")))
        return []
    refs = []
    for item in value:
        ref = library_ref(item)
        if ref is None:
            findings.problems.append(
                _invalid(path, name, _("each item needs a machine name and version numbers"))
            )
        elif ref not in refs:
            refs.append(ref)
    return refs


# --- h5p.json -------------------------------------------------------------------------------


def parse_package_manifest(data: Any, findings: Findings) -> PackageManifest | None:
    """Check h5p.json's fields as H5P core does; problems go to ``findings``."""
    path = H5P_JSON
    if not isinstance(data, dict):
        findings.problems.append(problem("schema", _("“%(path)s” must hold a JSON object."), path))
        return None
    before = len(findings.problems)
    title = data.get("title")
    if "title" not in data:
        findings.problems.append(_missing(path, "title"))
    elif not is_text(title):
        findings.problems.append(_invalid(path, "title", _("it must be 1 to 255 characters")))
    elif MARKUP.search(title):
        findings.warnings.append(
            problem(
                "markup_in_title",
                _("The title “%(title)s” contains markup; it will be shown as plain text."),
                path,
                title=printable(title),
            )
        )
    for name in ("language", "defaultLanguage"):
        if name not in data:
            if name == "language":
                findings.problems.append(_missing(path, name))
        elif not isinstance(data[name], str) or not LANGUAGE.match(data[name]):
            findings.problems.append(_invalid(path, name, _("it must be a language code")))
    main = data.get("mainLibrary")
    if "mainLibrary" not in data:
        findings.problems.append(_missing(path, "mainLibrary"))
    elif not isinstance(main, str) or not MAIN_LIBRARY.match(main):
        findings.problems.append(_invalid(path, "mainLibrary", _("it must be a library name")))
    embed_types = data.get("embedTypes")
    if "embedTypes" not in data:
        findings.problems.append(_missing(path, "embedTypes"))
    elif (
        not isinstance(embed_types, list)
        or not embed_types
        or not all(isinstance(t, str) and t in EMBED_TYPES for t in embed_types)
    ):
        findings.problems.append(
            _invalid(path, "embedTypes", _("it must list “iframe”, “div” or both"))
        )
    if "preloadedDependencies" not in data:
        findings.problems.append(_missing(path, "preloadedDependencies"))
    preloaded = _refs(data, "preloadedDependencies", path, findings)
    dynamic = _refs(data, "dynamicDependencies", path, findings)
    main_ref = next((r for r in preloaded if r.machine_name == main), None)
    if isinstance(main, str) and preloaded and main_ref is None:
        findings.problems.append(
            problem(
                "schema",
                _("In “%(path)s”, the main library %(library)s is not among the dependencies."),
                path,
                library=printable(main),
            )
        )
    _check_metadata(data, findings)
    if len(findings.problems) > before or main_ref is None:
        return None
    return PackageManifest(
        title=title,
        language=data["language"],
        main_library=main_ref,
        dependencies=preloaded + [r for r in dynamic if r not in preloaded],
        embed_types=list(embed_types),
        raw=data,
    )


def _check_metadata(data: dict, findings: Findings) -> None:
    """The optional metadata fields: the same rules as H5P core, licence only warned about."""
    path = H5P_JSON
    licence = data.get("license")
    if licence is not None and licence not in LICENCES:
        findings.warnings.append(
            problem(
                "unknown_licence",
                _("The licence “%(licence)s” in “%(path)s” is not one H5P knows."),
                path,
                licence=printable(str(licence)),
            )
        )
    for name in ("author", "contentType", "extraTitle", "licenseVersion", "source"):
        if name in data and not (data[name] == "" or is_text(data[name])):
            findings.problems.append(_invalid(path, name, _("it must be 1 to 255 characters")))
    authors = data.get("authors", [])
    valid_authors = isinstance(authors, list) and all(
        isinstance(a, dict) and is_text(a.get("name")) and a.get("role", "Author") in AUTHOR_ROLES
        for a in authors
    )
    if not valid_authors:
        findings.problems.append(
            _invalid(path, "authors", _("each author needs a name and a known role"))
        )
    changes = data.get("changes", [])
    if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
        findings.problems.append(_invalid(path, "changes", _("it must be a list")))


def read_package_manifest(
    archive, inventory: Inventory, limits: Limits, findings: Findings
) -> PackageManifest | None:
    entry = inventory.manifest
    if entry is None:
        findings.problems.append(_missing_file(H5P_JSON))
        return None
    try:
        data = read_json(archive, entry, limits.max_json_bytes)
    except PackageRefused as refused:
        _collect(findings, refused)
        return None
    return parse_package_manifest(data, findings)


def _missing_file(path: str) -> Problem:
    return problem("missing_file", _("“%(path)s” is missing from the package."), path)


# --- content/content.json -------------------------------------------------------------------


def read_content(archive, inventory: Inventory, limits: Limits, findings: Findings) -> dict | None:
    """The parsed content.json, which must be a JSON object."""
    entry = next((e for e in inventory.content if e.name == CONTENT_JSON), None)
    if entry is None:
        findings.problems.append(_missing_file(CONTENT_JSON))
        return None
    try:
        data = read_json(archive, entry, limits.max_content_json_bytes)
    except PackageRefused as refused:
        _collect(findings, refused)
        return None
    if not isinstance(data, dict):
        findings.problems.append(
            problem("schema", _("“%(path)s” must hold a JSON object."), CONTENT_JSON)
        )
        return None
    return data


# --- Libraries ------------------------------------------------------------------------------


def read_library(
    archive, folder: str, entries: list[Entry], limits: Limits, findings: Findings
) -> LibraryInfo | None:
    """Check one library folder and hash its files.

    None when the folder does not say which library it holds. A library whose other checks
    fail is still returned (its problems are in ``findings``), so that the dependency check
    does not also call it missing.
    """
    by_name = {e.name: e for e in entries}
    library_path = f"{folder}/library.json"
    if library_path not in by_name:
        findings.problems.append(_missing_file(library_path))
        return None
    try:
        data = read_json(archive, by_name[library_path], limits.max_json_bytes)
    except PackageRefused as refused:
        _collect(findings, refused)
        return None
    ref, patch = _library_identity(data, library_path, findings)
    if ref is None:
        return None
    if folder not in (ref.machine_name, ref.folder):
        # A folder that does not say which library it holds cannot be trusted further.
        findings.problems.append(
            problem(
                "library_folder",
                _(
                    "The folder “%(path)s” holds %(library)s, so it must be named "
                    "“%(expected)s” or “%(alternative)s”."
                ),
                folder,
                library=str(ref),
                expected=ref.folder,
                alternative=ref.machine_name,
            )
        )
        return None
    core_api = _core_api(data, library_path, ref, findings)
    preloaded_js = _preloaded_files(
        data, "preloadedJs", "js", folder, by_name, ref, limits, findings
    )
    preloaded_css = _preloaded_files(
        data, "preloadedCss", "css", folder, by_name, ref, limits, findings
    )
    preloaded = _refs(data, "preloadedDependencies", library_path, findings)
    dynamic = _refs(data, "dynamicDependencies", library_path, findings)
    editor = _refs(data, "editorDependencies", library_path, findings)
    semantics = _semantics(archive, folder, by_name, limits, findings)
    languages = _languages(archive, folder, entries, limits, findings)
    files = _hashes(archive, folder, entries, limits, findings)
    licence = data.get("license")
    return LibraryInfo(
        ref=ref,
        folder=folder,
        patch=patch,
        title=data["title"],
        runnable=data["runnable"] in (1, True, "1"),
        core_api=core_api,
        preloaded_js=preloaded_js,
        preloaded_css=preloaded_css,
        dependencies=preloaded + [r for r in dynamic if r not in preloaded],
        editor_dependencies=editor,
        semantics=semantics,
        languages=languages,
        files=files,
        licence=licence if isinstance(licence, str) else "",
        raw=data,
    )


def _library_identity(data: Any, path: str, findings: Findings) -> tuple[LibraryRef | None, int]:
    if not isinstance(data, dict):
        findings.problems.append(problem("schema", _("“%(path)s” must hold a JSON object."), path))
        return None, 0
    before = len(findings.problems)
    for name in (
        "title",
        "machineName",
        "majorVersion",
        "minorVersion",
        "patchVersion",
        "runnable",
    ):
        if name not in data:
            findings.problems.append(_missing(path, name))
    if "title" in data and not is_text(data["title"]):
        findings.problems.append(_invalid(path, "title", _("it must be 1 to 255 characters")))
    name = data.get("machineName")
    if "machineName" in data and not (isinstance(name, str) and MACHINE_NAME.match(name)):
        findings.problems.append(_invalid(path, "machineName", _("it must be a library name")))
    versions = {}
    for part in ("majorVersion", "minorVersion", "patchVersion"):
        versions[part] = version_number(data.get(part))
        if part in data and versions[part] is None:
            findings.problems.append(_invalid(path, part, _("it must be a whole number")))
    if "runnable" in data and data["runnable"] not in (0, 1, "0", "1"):
        findings.problems.append(_invalid(path, "runnable", _("it must be 0 or 1")))
    if len(findings.problems) > before:
        return None, 0
    ref = LibraryRef(name, versions["majorVersion"], versions["minorVersion"])
    return ref, versions["patchVersion"]


def _core_api(data: dict, path: str, ref: LibraryRef, findings: Findings) -> tuple[int, int] | None:
    value = data.get("coreApi")
    if value is None:
        return None
    major = minor = None
    if isinstance(value, dict):
        major = version_number(value.get("majorVersion"))
        minor = version_number(value.get("minorVersion"))
    if major is None or minor is None:
        findings.problems.append(_invalid(path, "coreApi", _("it needs two version numbers")))
        return None
    if (major, minor) > CORE_API:
        findings.problems.append(
            problem(
                "core_api",
                _("%(library)s needs H5P core %(needed)s; this site provides %(provided)s."),
                path,
                library=str(ref),
                needed=f"{major}.{minor}",
                provided="{}.{}".format(*CORE_API),
            )
        )
    return major, minor


def _preloaded_files(
    data: dict,
    name: str,
    extension: str,
    folder: str,
    by_name: dict[str, Entry],
    ref: LibraryRef,
    limits: Limits,
    findings: Findings,
) -> list[str]:
    path = f"{folder}/library.json"
    value = data.get(name, [])
    if not isinstance(value, list):
        findings.problems.append(_invalid(path, name, _("it must be a list")))
        return []
    files = []
    for item in value:
        relative = item.get("path") if isinstance(item, dict) else None
        if not isinstance(relative, str) or extension_of(relative) != extension:
            reason = (
                _("each item needs the path of a .js file")
                if extension == "js"
                else _("each item needs the path of a .css file")
            )
            findings.problems.append(_invalid(path, name, reason))
            continue
        full = f"{folder}/{relative}"
        unsafe = name_problems(relative, limits)
        if unsafe:
            findings.problems.extend(unsafe)
        elif full not in by_name:
            findings.problems.append(
                problem(
                    "missing_file",
                    _("“%(path)s”, which %(library)s loads, is missing from the package."),
                    full,
                    library=str(ref),
                )
            )
        else:
            files.append(relative)
    return files


def _semantics(
    archive, folder: str, by_name: dict[str, Entry], limits: Limits, findings: Findings
) -> list | None:
    entry = by_name.get(f"{folder}/semantics.json")
    if entry is None:
        return None
    try:
        data = read_json(archive, entry, limits.max_json_bytes)
    except PackageRefused as refused:
        _collect(findings, refused)
        return None
    if not isinstance(data, list):
        findings.problems.append(
            problem("schema", _("“%(path)s” must hold a JSON list of fields."), entry.name)
        )
        return None
    return data


def _languages(
    archive, folder: str, entries: list[Entry], limits: Limits, findings: Findings
) -> dict[str, Any]:
    languages: dict[str, Any] = {}
    prefix = f"{folder}/language/"
    for entry in entries:
        if not entry.name.startswith(prefix) or "/" in entry.name[len(prefix) :]:
            continue
        file_name = entry.name[len(prefix) :]
        if not LANGUAGE_FILE.match(file_name):
            findings.problems.append(
                problem(
                    "language_file",
                    _("“%(path)s” is not a language file name such as “fr.json”."),
                    entry.name,
                )
            )
            continue
        try:
            languages[file_name.removesuffix(".json")] = read_json(
                archive, entry, limits.max_json_bytes
            )
        except PackageRefused as refused:
            _collect(findings, refused)
    return languages


def _hashes(
    archive, folder: str, entries: list[Entry], limits: Limits, findings: Findings
) -> dict[str, str]:
    hashes = {}
    for entry in entries:
        digest = hashlib.sha256()
        try:
            for chunk in member_chunks(archive, entry.name, limits.entry_cap(entry.extension)):
                digest.update(chunk)
        except PackageRefused as refused:
            _collect(findings, refused)
            continue
        hashes[entry.name[len(folder) + 1 :]] = digest.hexdigest()
    return hashes
