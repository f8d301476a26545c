#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates tests/data/envelopes/kats.json: known answers for both envelope
formats, made by pycryptodome (an implementation we did not write) following
formats.md. Run with Debian's /usr/bin/python3 (python3-pycryptodome)."""
import base64
import json
import os
import sys

from Cryptodome.Cipher import AES, PKCS1_OAEP
from Cryptodome.Hash import SHA256
from Cryptodome.PublicKey import RSA

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

CLIENT_SECRET = "kats-client-secret-0123456789abcdefghij-not-part-of-the-key"
VALUES = [
    ("empty", ""),
    ("ascii", "hunter2"),
    ("non-ascii", "pässwörd ✓ 密码 🔑"),
    ("multi-line PEM", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbCdEf==\n-----END CERTIFICATE-----\n"),
    ("object", json.dumps({"user": "ops", "token": "t0k3n", "nested": {"n": 1.5, "list": [1, 2]}},
                          separators=(",", ":"), ensure_ascii=False)),
]


def port_managed(value, iv):
    key = CLIENT_SECRET[:32].encode()
    cipher = AES.new(key, AES.MODE_GCM, nonce=iv)
    ct, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(iv + ct + tag).decode()


def client_side(value, public_key, data_key, iv):
    wrapped = PKCS1_OAEP.new(public_key, hashAlgo=SHA256).encrypt(data_key)
    cipher = AES.new(data_key, AES.MODE_GCM, nonce=iv)
    ct, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(iv + wrapped + ct + tag).decode()


def main():
    out = {"clientSecret": CLIENT_SECRET, "portManaged": [], "clientSide": []}
    for i, (name, value) in enumerate(VALUES):
        iv = bytes((i * 16 + j) % 256 for j in range(16))
        out["portManaged"].append({"name": name, "value": value, "envelope": port_managed(value, iv)})
    for bits in (2048, 3072, 4096):
        with open(os.path.join(DATA, "keys", "rsa%d.pem" % bits)) as f:
            key = RSA.import_key(f.read())
        for i, (name, value) in enumerate(VALUES):
            out["clientSide"].append({
                "name": name, "value": value, "bits": bits, "privateKey": "keys/rsa%d.pem" % bits,
                "envelope": client_side(value, key.publickey(), bytes([i + 1]) * 32, bytes([bits % 251]) * 12),
            })
    with open(os.path.join(DATA, "envelopes", "kats.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
