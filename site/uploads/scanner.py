"""Virus scanning of uploads, before anything is stored (UP-6). It fails closed.

``scan(fileobj)`` asks the scanner named by ``settings.UPLOAD_SCANNER`` (a dotted path) and
returns a ScanResult: clean, infected (with the signature's name) or error (with a reason for
the log). Any exception inside a scanner is an error too. Callers refuse anything but "clean":
``refuse_unless_clean`` turns a result into a translated ValidationError and records an infected
upload in the audit log (Wagtail's log, read by safeguarding.audit), never its contents.

- ClamdScanner talks to clamd's INSTREAM command over CLAMD_SOCKET (a unix socket) or
  CLAMD_HOST/CLAMD_PORT, giving up when one socket operation waits CLAMD_TIMEOUT seconds.
  Used in production.
- EicarScanner finds the EICAR test string anywhere in the file and nothing else: the default
  for development and tests, where no signatures can be updated.
- FakeScanner answers what a test told it to (``FakeScanner.answer``: a result, or an
  exception to raise).
"""

import hashlib
import logging
import socket
import struct
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from courses.h5p.media import eicar

logger = logging.getLogger("uploads.security")

CHUNK_BYTES = 64 * 1024
INFECTED_ACTION = "uploads.infected"
_EICAR_LENGTH = 68  # the EICAR string's length: a window of this much - 1 spans two chunks


@dataclass(frozen=True)
class ScanResult:
    status: str  # "clean", "infected" or "error"
    name: str = ""  # the signature found, when infected
    reason: str = ""  # what went wrong, for the log, when an error

    @classmethod
    def clean(cls) -> "ScanResult":
        return cls("clean")

    @classmethod
    def infected(cls, name: str) -> "ScanResult":
        return cls("infected", name=name)

    @classmethod
    def error(cls, reason: str) -> "ScanResult":
        return cls("error", reason=reason)

    @property
    def is_clean(self) -> bool:
        return self.status == "clean"


def chunks(fileobj, size: int = CHUNK_BYTES):
    """The file's bytes from its start, ``size`` at a time."""
    fileobj.seek(0)
    while chunk := fileobj.read(size):
        yield chunk


class EicarScanner:
    """Finds the EICAR test string anywhere in the stream, reading it in chunks."""

    def scan(self, fileobj) -> ScanResult:
        tail = b""
        for chunk in chunks(fileobj):
            window = tail + chunk
            if eicar(window):
                return ScanResult.infected("Eicar-Test-Signature")
            tail = window[-(_EICAR_LENGTH - 1) :]
        return ScanResult.clean()


class ClamdScanner:
    """clamd's INSTREAM command: "zINSTREAM\\0", chunks each led by their 4-byte big-endian
    length, a zero length, then one reply: "stream: OK", "stream: <name> FOUND" or "... ERROR"."""

    def __init__(self, socket_path=None, host=None, port=None, timeout=None) -> None:
        self.socket_path = socket_path or getattr(settings, "CLAMD_SOCKET", "")
        self.host = host or getattr(settings, "CLAMD_HOST", "")
        self.port = int(port or getattr(settings, "CLAMD_PORT", 3310))
        self.timeout = float(timeout or getattr(settings, "CLAMD_TIMEOUT", 30))

    def _connect(self) -> socket.socket:
        if self.socket_path:
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                conn.settimeout(self.timeout)
                conn.connect(self.socket_path)
            except OSError:
                conn.close()
                raise
            return conn
        if not self.host:
            raise OSError("neither CLAMD_SOCKET nor CLAMD_HOST is set")
        return socket.create_connection((self.host, self.port), timeout=self.timeout)

    def scan(self, fileobj) -> ScanResult:
        try:
            with self._connect() as conn:
                conn.sendall(b"zINSTREAM\0")
                for chunk in chunks(fileobj):
                    conn.sendall(struct.pack("!L", len(chunk)) + chunk)
                conn.sendall(struct.pack("!L", 0))
                reply = b""
                while not reply.endswith(b"\0") and len(reply) < 4096:
                    data = conn.recv(4096)
                    if not data:
                        break
                    reply += data
        except OSError as error:  # refused, reset, timed out (socket.timeout is an OSError)
            return ScanResult.error(f"clamd: {type(error).__name__}: {error}")
        return self.parse(reply.rstrip(b"\0").decode("utf-8", "replace").strip())

    @staticmethod
    def parse(reply: str) -> ScanResult:
        status = reply.split(":", 1)[-1].strip()
        if status == "OK":
            return ScanResult.clean()
        if status.endswith(" FOUND"):
            return ScanResult.infected(status.removesuffix(" FOUND").strip()[:200])
        return ScanResult.error(f"clamd replied {reply[:200]!r}")


class FakeScanner:
    """For tests only: returns ``FakeScanner.answer`` (set it with monkeypatch) for every file."""

    answer: "ScanResult | BaseException" = ScanResult.clean()

    def scan(self, fileobj) -> ScanResult:
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def scan(fileobj) -> ScanResult:
    """Scan ``fileobj`` from its start with the configured scanner; any failure is an error.

    The file is left at its start for whoever reads it next."""
    try:
        result = import_string(settings.UPLOAD_SCANNER)().scan(fileobj)
    except Exception as error:  # noqa: BLE001 (fail closed, whatever went wrong)
        result = ScanResult.error(f"{type(error).__name__}: {error}")
    try:
        fileobj.seek(0)
    except Exception as error:  # noqa: BLE001
        result = ScanResult.error(f"could not rewind the file: {error}")
    return result


def _fingerprint(fileobj) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        for chunk in chunks(fileobj):
            digest.update(chunk)
            size += len(chunk)
        fileobj.seek(0)
    except Exception:  # noqa: BLE001 (the record is best effort; the refusal is not)
        return "", size
    return digest.hexdigest(), size


def record_infected(result: ScanResult, fileobj, where: str, user=None) -> None:
    """Put an infected upload in the audit log: who, where, the signature, the file's SHA-256
    and size. Never its contents, nor its name (a name can say what a guide is about)."""
    from wagtail.log_actions import get_active_log_context, log

    user = user or get_active_log_context().user
    sha256, size = _fingerprint(fileobj)
    data = {"where": where, "signature": result.name, "sha256": sha256, "size": size}
    logger.warning(
        "upload_validation:%s,%s,virusscan:FAILED %s",
        getattr(user, "pk", "-"),
        where,
        data,
    )
    if user is not None and getattr(user, "pk", None) is not None:
        log(instance=user, action=INFECTED_ACTION, user=user, data=data, title=where)


INFECTED_MESSAGE = _("This file contains a virus or other malware, so it was not uploaded.")
UNCHECKED_MESSAGE = _(
    "This file could not be checked for viruses, so it was not uploaded; try again later."
)


def refuse_unless_clean(fileobj, where: str, user=None) -> None:
    """Scan ``fileobj`` and raise a translated ValidationError unless it is clean."""
    result = scan(fileobj)
    if result.is_clean:
        return
    if result.status == "infected":
        record_infected(result, fileobj, where, user)
        raise ValidationError(INFECTED_MESSAGE, code="infected")
    logger.error("upload_validation:%s,virusscan:incomplete %s", where, result.reason)
    raise ValidationError(UNCHECKED_MESSAGE, code="scan_failed")
