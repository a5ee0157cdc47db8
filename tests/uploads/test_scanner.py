"""Virus scanning fails closed (UP-6): clamd's protocol, the EICAR scanner, refusals, the audit."""

import io
import socket
import struct
import threading

import pytest
from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from wagtail.models import ModelLogEntry

from safeguarding.audit import audit_rows
from tests.config.test_production_settings import run_manage
from uploads import scanner
from uploads.scanner import (
    INFECTED_ACTION,
    ClamdScanner,
    EicarScanner,
    FakeScanner,
    ScanResult,
    refuse_unless_clean,
    scan,
)

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + b"-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
BIG = bytes(range(256)) * 600  # 150 KB: three INSTREAM chunks


# --- A fake clamd --------------------------------------------------------------------------------


class FakeClamd:
    """Speaks INSTREAM on a listening socket in a thread; answers ``reply`` (None: never)."""

    def __init__(self, listener: socket.socket, reply: bytes | None) -> None:
        self.listener, self.reply, self.received = listener, reply, None
        self.command = b""
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def _exactly(self, conn, size: int) -> bytes:
        data = b""
        while len(data) < size:
            more = conn.recv(size - len(data))
            if not more:
                raise ConnectionError
            data += more
        return data

    def serve(self) -> None:
        conn, _address = self.listener.accept()
        with conn:
            self.command = self._exactly(conn, len(b"zINSTREAM\0"))
            data = b""
            while length := struct.unpack("!L", self._exactly(conn, 4))[0]:
                data += self._exactly(conn, length)
            self.received = data
            if self.reply is None:
                self.done.wait(5)  # say nothing: the client must time out
            else:
                conn.sendall(self.reply)

    def close(self) -> None:
        self.done.set()
        self.thread.join(5)
        self.listener.close()


@pytest.fixture
def tcp_clamd():
    servers = []

    def start(reply):
        listener = socket.create_server(("127.0.0.1", 0))
        servers.append(FakeClamd(listener, reply))
        return servers[-1], ClamdScanner(host="127.0.0.1", port=listener.getsockname()[1])

    yield start
    for server in servers:
        server.close()


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (b"stream: OK\0", ScanResult.clean()),
        (b"stream: Eicar-Test-Signature FOUND\0", ScanResult.infected("Eicar-Test-Signature")),
    ],
)
def test_clamd_over_tcp_gets_the_whole_file_and_its_answer_is_read(tcp_clamd, reply, expected):
    server, client = tcp_clamd(reply)
    assert client.scan(io.BytesIO(BIG)) == expected
    assert server.command == b"zINSTREAM\0"
    assert server.received == BIG


def test_a_clamd_error_reply_is_an_error(tcp_clamd):
    _server, client = tcp_clamd(b"INSTREAM size limit exceeded. ERROR\0")
    result = client.scan(io.BytesIO(BIG))
    assert result.status == "error"
    assert "size limit" in result.reason


def test_a_silent_clamd_times_out_as_an_error(tcp_clamd):
    _server, client = tcp_clamd(None)
    client.timeout = 0.3
    result = client.scan(io.BytesIO(b"hello"))
    assert result.status == "error"
    assert "timed out" in result.reason


def test_clamd_refusing_the_connection_is_an_error():
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    result = ClamdScanner(host="127.0.0.1", port=port, timeout=1).scan(io.BytesIO(b"x"))
    assert result.status == "error"
    assert "ConnectionRefused" in result.reason


def test_clamd_over_a_unix_socket(tmp_path):
    path = str(tmp_path / "clamd.ctl")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen()
    server = FakeClamd(listener, b"stream: Win.Test.Fake FOUND\0")
    try:
        result = ClamdScanner(socket_path=path, timeout=2).scan(io.BytesIO(b"payload"))
    finally:
        server.close()
    assert result == ScanResult.infected("Win.Test.Fake")
    assert server.received == b"payload"


def test_clamd_without_any_address_is_an_error(settings):
    settings.CLAMD_SOCKET, settings.CLAMD_HOST = "", ""
    assert ClamdScanner().scan(io.BytesIO(b"x")).status == "error"


# --- EICAR scanner and the scan() wrapper ---------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 1000, scanner.CHUNK_BYTES - 30, len(BIG)])
def test_the_eicar_scanner_finds_the_string_anywhere_even_across_chunks(offset):
    data = BIG[:offset] + EICAR + BIG[offset:]
    assert EicarScanner().scan(io.BytesIO(data)) == ScanResult.infected("Eicar-Test-Signature")


def test_the_eicar_scanner_passes_anything_else():
    assert EicarScanner().scan(io.BytesIO(BIG + EICAR[:-1])).is_clean


def test_a_scanner_that_crashes_is_an_error_and_the_file_is_rewound(settings, monkeypatch):
    settings.UPLOAD_SCANNER = "uploads.scanner.FakeScanner"
    monkeypatch.setattr(FakeScanner, "answer", RuntimeError("boom"))
    upload = io.BytesIO(b"abc")
    upload.read()
    result = scan(upload)
    assert result.status == "error"
    assert "boom" in result.reason
    assert upload.tell() == 0


def test_an_unknown_scanner_setting_is_an_error(settings):
    settings.UPLOAD_SCANNER = "uploads.scanner.NoSuchScanner"
    assert scan(io.BytesIO(b"abc")).status == "error"


# --- Refusals and the audit log -------------------------------------------------------------------


@pytest.mark.django_db
def test_an_infected_upload_is_refused_and_audited_without_its_contents(make_user):
    editor = make_user("editor1", role="editor")
    secret = b"Survivor's statement, names and places. " + EICAR
    with pytest.raises(ValidationError) as refused:
        refuse_unless_clean(io.BytesIO(secret), where="wagtaildocs.Document.file", user=editor)
    assert refused.value.code == "infected"
    assert "virus" in refused.value.messages[0]
    entry = ModelLogEntry.objects.get(action=INFECTED_ACTION)
    assert entry.user == editor
    assert entry.data["signature"] == "Eicar-Test-Signature"
    assert entry.data["size"] == len(secret)
    assert "Survivor" not in str(entry.data) and "Survivor" not in entry.label
    row = next(row for row in audit_rows() if row.event == "upload_infected")
    assert (row.submitted_by, row.comment) == ("editor1", "Eicar-Test-Signature")


@pytest.mark.django_db
def test_a_scanner_error_refuses_with_a_try_again_message_and_audits_nothing(settings, monkeypatch):
    settings.UPLOAD_SCANNER = "uploads.scanner.FakeScanner"
    monkeypatch.setattr(FakeScanner, "answer", ScanResult.error("clamd: timed out"))
    with pytest.raises(ValidationError) as refused:
        refuse_unless_clean(io.BytesIO(b"fine"), where="test")
    assert refused.value.code == "scan_failed"
    assert "could not be checked for viruses" in refused.value.messages[0]
    assert "try again later" in refused.value.messages[0]
    assert not ModelLogEntry.objects.filter(action=INFECTED_ACTION).exists()


def test_the_refusal_messages_are_marked_for_translation():
    # Lazy: shown in the editor's language (the catalogs are refreshed by `make messages`).
    assert isinstance(scanner.UNCHECKED_MESSAGE, Promise)
    assert isinstance(scanner.INFECTED_MESSAGE, Promise)


# --- Production: a real scanner or no start -------------------------------------------------------

SCANNER = "from django.conf import settings as s; print(s.UPLOAD_SCANNER, s.CLAMD_HOST)"


def test_production_refuses_to_start_without_clamd():
    result = run_manage("check", CLAMD_SOCKET=None)
    assert result.returncode != 0
    assert "Uploads must be scanned for viruses" in result.stderr


def test_production_refuses_the_eicar_only_scanner():
    result = run_manage("check", UPLOAD_SCANNER="uploads.scanner.EicarScanner")
    assert result.returncode != 0
    assert "Uploads must be scanned for viruses" in result.stderr


def test_production_uses_clamd_from_the_environment():
    result = run_manage(
        "shell", "--no-imports", "-c", SCANNER, CLAMD_SOCKET=None, CLAMD_HOST="clamav"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["uploads.scanner.ClamdScanner", "clamav"]
