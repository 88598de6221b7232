"""The shared plumbing: the event bus, atomic writes, file hashing, network file systems."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path

import pytest

from sealdesk import fsutil
from sealdesk.events import AssessmentChanged, Event, EventBus
from sealdesk.progress import Cancelled


def test_event_bus_calls_every_listener_in_order_and_survives_a_broken_one() -> None:
    bus = EventBus()
    seen: list[tuple[str, Event]] = []

    def broken(_event: Event) -> None:
        raise RuntimeError("a broken view")

    bus.subscribe(lambda e: seen.append(("first", e)))
    bus.subscribe(broken)
    unsubscribe = bus.subscribe(lambda e: seen.append(("last", e)))
    event = AssessmentChanged(2569, "1.1.1")
    bus.publish(event)
    assert seen == [("first", event), ("last", event)]
    unsubscribe()
    unsubscribe()  # twice is harmless
    bus.publish(AssessmentChanged(2569, "1.1.2"))
    assert [name for name, _ in seen] == ["first", "last", "first"]


def test_event_bus_publishes_from_many_threads_without_losing_an_event() -> None:
    bus = EventBus()
    seen: list[Event] = []
    lock = threading.Lock()

    def listen(event: Event) -> None:
        with lock:
            seen.append(event)

    bus.subscribe(listen)
    threads = [
        threading.Thread(
            target=lambda n=n: [
                bus.publish(AssessmentChanged(2569, f"{n}.{i}")) for i in range(200)
            ]
        )
        for n in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 800 and len(set(seen)) == 800


def test_atomic_write_replaces_only_on_success_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    fsutil.atomic_write_text(target, "เดิม")
    with pytest.raises(RuntimeError), fsutil.atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("disk gone")
    assert target.read_text("utf-8") == "เดิม"
    fsutil.atomic_write_bytes(target, b"new", mode=0o600)
    assert target.read_bytes() == b"new"
    assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


def test_sha256_file_matches_hashlib_reports_progress_and_cancels(tmp_path: Path) -> None:
    data = os.urandom(3 * fsutil.CHUNK + 17)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    steps: list[tuple[int, int]] = []
    assert fsutil.sha256_file(path, progress=lambda d, t: steps.append((d, t))) == (
        hashlib.sha256(data).hexdigest()
    )
    assert steps[-1] == (len(data), len(data)) and len(steps) == 4
    with pytest.raises(Cancelled):
        fsutil.sha256_file(path, cancelled=lambda: True)


def test_network_file_system_is_none_for_a_local_folder_and_set_for_unc(tmp_path: Path) -> None:
    assert fsutil.network_file_system(tmp_path) is None
    assert fsutil.network_file_system(Path("\\\\server\\share\\ws")) == "network drive"


def test_network_file_system_reads_the_mount_table(monkeypatch, tmp_path: Path) -> None:
    import psutil

    real = os.path.realpath(tmp_path)
    part = type(psutil.disk_partitions()[0])  # psutil's own named tuple
    fake = [part("/dev/vda", "/", "ext4", "rw"), part("server:/x", real, "nfs4", "rw")]
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: fake)
    # psutil's table where there is no /proc/self/mounts (macOS, BSD)
    monkeypatch.setattr(fsutil, "PROC_MOUNTS", tmp_path / "no-proc-mounts")
    assert fsutil.network_file_system(tmp_path / "ws") == "nfs4"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mounts is Linux's")
def test_network_file_system_reads_proc_mounts_on_linux(monkeypatch, tmp_path: Path) -> None:
    """Linux's mount table is read without psutil; the deepest mount point decides, and a mount
    point with a space is written by the kernel as \\040."""
    import psutil

    share = tmp_path / "Shared Drive"
    (share / "ws").mkdir(parents=True)
    escaped = os.path.realpath(share).replace(" ", "\\040")
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/vda1 / ext4 rw,relatime 0 0\n"
        f"//server/share {escaped} cifs rw,vers=3.0 0 0\n"
        f"/dev/vdb1 {escaped}/ws/local ext4 rw 0 0\n"
    )
    monkeypatch.setattr(fsutil, "PROC_MOUNTS", table)
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: [])  # never asked
    assert fsutil.network_file_system(share / "ws") == "cifs"
    assert fsutil.network_file_system(share / "ws" / "local" / "x") is None
    assert fsutil.network_file_system(tmp_path / "Shared") is None
    assert fsutil.network_file_system(tmp_path) is None


# ------------------------------------------------------------------ input and output guards


def test_open_regular_refuses_a_fifo_without_hanging_a_device_and_a_folder(tmp_path: Path) -> None:
    from sealdesk.errors import FileAccessError

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(FileAccessError, match="not an ordinary file"):
            fsutil.read_regular_bytes(path, 1024)
    with pytest.raises(FileAccessError, match="cannot be read"):
        fsutil.read_regular_bytes(tmp_path / "missing", 1024)


def test_read_regular_is_bounded_and_text_must_be_utf8(tmp_path: Path) -> None:
    from sealdesk.errors import FileAccessError

    path = tmp_path / "passphrase.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "รหัสผ่าน\n".encode())
    assert fsutil.read_regular_text(path, 100) == "รหัสผ่าน\n"
    with pytest.raises(FileAccessError, match="too large"):
        fsutil.read_regular_text(path, 5)
    path.write_bytes(b"\xff\xfe bad")
    with pytest.raises(FileAccessError, match="not UTF-8"):
        fsutil.read_regular_text(path, 100)


def test_check_output_refuses_existing_files_devices_folders_and_the_workspace(
    tmp_path: Path,
) -> None:
    from sealdesk.errors import FileAccessError

    workspace = tmp_path / "ws"
    workspace.mkdir()
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"kept")
    with pytest.raises(FileAccessError, match="already exists"):
        fsutil.check_output(existing)
    assert fsutil.check_output(existing, overwrite=True) == existing
    for target in (Path("/dev/full"), tmp_path):
        with pytest.raises(FileAccessError, match="not an ordinary file"):
            fsutil.check_output(target, overwrite=True)
    with pytest.raises(FileAccessError, match="inside the workspace"):
        fsutil.check_output(workspace / "sealdesk.db", overwrite=True, not_inside=[workspace])
    link = tmp_path / "link-to-ws"
    link.symlink_to(workspace)
    with pytest.raises(FileAccessError, match="inside the workspace"):
        fsutil.check_output(link / "x.pdf", not_inside=[workspace])
    with pytest.raises(FileAccessError, match="does not exist"):
        fsutil.check_output(tmp_path / "no" / "such" / "x.pdf")
    assert existing.read_bytes() == b"kept"
    assert fsutil.check_output(tmp_path / "new.pdf", not_inside=[workspace]) == tmp_path / "new.pdf"


def test_printable_shows_control_characters_instead_of_acting_on_them() -> None:
    from sealdesk.cli.common import printable

    assert printable("ข้อ\x1b[2J\x07\u2028\u202e\x85ok\tไทย") == (
        "ข้อ\\x1b[2J\\x07\\u2028\\u202e\\x85ok\tไทย"
    )
