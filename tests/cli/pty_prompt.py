#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs `secretbench-cli vault init` (or the command given) on a pseudo-terminal,
types the passphrase at every prompt, and prints everything the terminal showed
(the test checks that the passphrase is not in it).
  pty_prompt.py CLI VAULT PASSPHRASE
  pty_prompt.py CLI VAULT PASSPHRASE [--stdin FILE] COMMAND ARGS...   (standard input from FILE)
"""
import os
import pty
import sys
import time


def main(cli, vault, passphrase, *command):
    stdin = None
    if command[:1] == ("--stdin",):
        stdin, command = command[1], command[2:]
    if not command:
        command = ("vault", "init", "--vault", vault, "--kdf-memory", "64")
    pid, fd = pty.fork()
    if pid == 0:
        if stdin is not None:
            # The passphrase still comes from the terminal (/dev/tty), the data from the file.
            os.dup2(os.open(stdin, os.O_RDONLY), 0)
        os.execv(cli, [cli, *command])
    shown = b""
    answered = 0
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
        prompts = shown.count(b"passphrase: ")
        while answered < prompts:
            os.write(fd, passphrase.encode() + b"\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(shown.decode("utf-8", "replace"))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
