#!/usr/bin/python3
"""Runs `secretbench-cli vault init` on a pseudo-terminal, types the passphrase
twice, and prints everything the terminal showed (the test checks that the
passphrase is not in it).
  pty_prompt.py CLI VAULT PASSPHRASE
"""
import os
import pty
import sys
import time


def main(cli, vault, passphrase):
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(cli, [cli, "vault", "init", "--vault", vault, "--kdf-memory", "64"])
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
    sys.exit(main(*sys.argv[1:4]))
