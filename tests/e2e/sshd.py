"""A throwaway OpenSSH server on 127.0.0.1, with its own host key and one client key."""

from __future__ import annotations

import getpass
import os
import shlex
import socket
import subprocess
from pathlib import Path

from tests.e2e.tmux import wait_until

SSHD = Path("/usr/sbin/sshd")
"""sshd must be started by its absolute path: it re-executes itself for each login."""

PRIVILEGE_SEPARATION_DIR = Path("/run/sshd")
"""Where Debian's sshd expects to chroot its unprivileged child."""


def free_port() -> int:
    """A TCP port on the loopback address that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_key(path: Path) -> Path:
    """Make an ed25519 key pair with no passphrase at ``path``."""
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "e2e", "-f", str(path)],
        check=True,
        timeout=30,
    )
    return path


class SshServer:
    """sshd listening on a free loopback port, accepting one key for this user."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.user = getpass.getuser()
        self.host_key = make_key(workdir / "host_key")
        self.client_key = make_key(workdir / "client_key")
        self.authorized_keys = workdir / "authorized_keys"
        self.authorized_keys.write_text(
            (workdir / "client_key.pub").read_text(), encoding="ascii"
        )
        self.authorized_keys.chmod(0o600)
        self.log = workdir / "sshd.log"
        self.config = workdir / "sshd_config"
        self.config.write_text(self._config_text(), encoding="ascii")
        self._process: subprocess.Popen[bytes] | None = None

    def _config_text(self) -> str:
        root_login = "prohibit-password" if os.geteuid() == 0 else "no"
        return "\n".join(
            [
                f"Port {self.port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {self.host_key}",
                f"PidFile {self.workdir / 'sshd.pid'}",
                f"AuthorizedKeysFile {self.authorized_keys}",
                f"AllowUsers {self.user}",
                f"PermitRootLogin {root_login}",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PermitTTY yes",
                "PrintMotd no",
                "PrintLastLog no",
                "X11Forwarding no",
                "AllowTcpForwarding no",
                "ClientAliveInterval 0",
                "LogLevel VERBOSE",
                "",
            ]
        )

    def start(self) -> None:
        """Start sshd in the foreground of a child process and wait until it listens."""
        if os.geteuid() == 0:
            PRIVILEGE_SEPARATION_DIR.mkdir(mode=0o755, exist_ok=True)
        self._process = subprocess.Popen(
            [str(SSHD), "-D", "-f", str(self.config), "-E", str(self.log)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(
            self._listening,
            f"sshd to listen on 127.0.0.1:{self.port}",
            describe=self.describe,
        )

    def _listening(self) -> bool:
        if self._process is not None and self._process.poll() is not None:
            raise AssertionError(
                f"sshd exited with status {self._process.returncode}\n"
                + self.describe()
            )
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def describe(self) -> str:
        """The server's log, for a failure message."""
        try:
            return f"sshd log:\n{self.log.read_text(errors='replace')}"
        except FileNotFoundError:
            return "(sshd wrote no log)"

    def client_argv(self, remote_command: list[str]) -> list[str]:
        """The ssh command that runs ``remote_command`` in a remote terminal.

        The remote shell execs the command, so it leads the remote terminal's
        session and is the process the kernel tells when the connection drops.
        """
        return [
            "ssh",
            "-tt",
            "-F",
            "/dev/null",
            "-i",
            str(self.client_key),
            "-p",
            str(self.port),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "LogLevel=ERROR",
            f"{self.user}@127.0.0.1",
            "exec " + shlex.join(remote_command),
        ]

    def stop(self) -> None:
        """Stop sshd; its sessions end with it."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None
