#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference for the batch benchmark: pycryptodome decrypting one Port-managed
envelope per line with Port's documented procedure, one JSON line per value.
  py_decrypt.py batch SECRET_FILE < envelopes > results
  py_decrypt.py large SECONDS SECRET_FILE        (MiB/s for one 1 MiB value)"""
import base64
import json
import os
import sys
import time

from Cryptodome.Cipher import AES


def decrypt(key, b64):
    data = base64.b64decode(b64)
    cipher = AES.new(key, AES.MODE_GCM, data[:16])
    return cipher.decrypt_and_verify(data[16:-16], data[-16:]).decode()


def main(argv):
    mode = argv[1]
    if mode == "batch":
        with open(argv[2], encoding="utf-8") as f:
            key = f.read().rstrip("\n")[:32].encode()
        out = []
        for number, line in enumerate(sys.stdin.buffer.read().split(b"\n"), 1):
            if not line:
                continue
            try:
                out.append(json.dumps({"line": number, "ok": True, "value": decrypt(key, line)}))
            except ValueError as e:
                out.append(json.dumps({"line": number, "ok": False, "error": "authentication-failed",
                                       "message": str(e)}))
        sys.stdout.write("\n".join(out) + "\n")
    elif mode == "large":
        seconds = float(argv[2])
        with open(argv[3], encoding="utf-8") as f:
            key = f.read().rstrip("\n")[:32].encode()
        iv = os.urandom(16)
        ct, tag = AES.new(key, AES.MODE_GCM, iv).encrypt_and_digest(b"x" * (1 << 20))
        b64 = base64.b64encode(iv + ct + tag)
        start = time.perf_counter()
        rounds = 0
        while time.perf_counter() - start < seconds:
            decrypt(key, b64)
            rounds += 1
        print("%.1f" % (rounds / (time.perf_counter() - start)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
