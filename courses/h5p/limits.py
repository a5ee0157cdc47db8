"""Caps and allowlists for H5P packages.

A package reaches children, and its archive is chosen by whoever uploads it: every number here
bounds work we do before a person has looked at it (entries, bytes, compression ratio,
dependency depth), and every list says which files may ever be served.
"""

from dataclasses import dataclass

MB = 1024 * 1024

# Audio and video may be larger than the other content files.
MEDIA_EXTENSIONS = frozenset({"mp4", "webm", "mp3", "m4a", "ogg", "oga", "ogv"})

# H5P core's content allowlist without swf, the office formats and anything a browser could run
# or render as a document (html, svg, xml, js ...). Checked case-insensitively.
CONTENT_EXTENSIONS = frozenset(
    {
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "webp",
        "mp4",
        "webm",
        "mp3",
        "m4a",
        "wav",
        "ogg",
        "oga",
        "ogv",
        "vtt",
        "webvtt",
        "txt",
        "pdf",
    }
)

# Never allowed in content, whatever the lists above say; kept separately so that a later edit
# of CONTENT_EXTENSIONS cannot let them in by accident (a test checks that the sets are apart).
NEVER_IN_CONTENT = frozenset(
    {
        "html",
        "htm",
        "xhtml",
        "shtml",
        "php",
        "phtml",
        "phar",
        "pl",
        "py",
        "cgi",
        "sh",
        "bat",
        "exe",
        "dll",
        "js",
        "mjs",
        "svg",
        "xml",
    }
)

# Library folders hold the code of a content type: they come only from the library steward's
# path, never from a content author. md, diff, patch and textile are read-me and patch notes
# that real libraries ship (H5P core allows them); they are stored, never run.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | frozenset(
    {
        "js",
        "css",
        "svg",
        "json",
        "woff",
        "woff2",
        "ttf",
        "eot",
        "otf",
        "xml",
        "md",
        "diff",
        "patch",
        "textile",
    }
)

# An archive inside the package is never expanded, and never stored.
ARCHIVE_EXTENSIONS = frozenset(
    {"zip", "h5p", "jar", "war", "apk", "7z", "rar", "gz", "tgz", "tar", "bz2", "xz", "zst", "lz"}
)


@dataclass(frozen=True)
class Limits:
    """Caps for one package; the defaults suit the largest real hub packages with room to spare.

    The largest hub package seen (Course Presentation "All") has 1,694 entries and 10 MB
    unpacked, and real entries compress at most about 11 times.
    """

    max_entries: int = 2000
    max_entry_bytes: int = 16 * MB
    max_media_entry_bytes: int = 64 * MB
    max_total_bytes: int = 128 * MB
    # Compression ratio (uncompressed / compressed) above which an entry is a likely bomb.
    max_ratio: int = 100
    # Entries this small are exempt from the ratio cap: a few KB of JSON white space compresses
    # far better than 100 times and is harmless under the size caps.
    ratio_floor_bytes: int = 1 * MB
    max_upload_bytes: int = 150 * MB
    # Depth of the dependency closure counted from h5p.json.
    max_depth: int = 20
    # JSON members are parsed in memory, so they have their own, smaller caps.
    max_json_bytes: int = 2 * MB
    max_content_json_bytes: int = 8 * MB
    max_name_chars: int = 1024

    def entry_cap(self, extension: str) -> int:
        """The largest size allowed for one entry with this (lower-case) extension."""
        if extension in MEDIA_EXTENSIONS:
            return self.max_media_entry_bytes
        return self.max_entry_bytes
