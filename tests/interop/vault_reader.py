#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent reader (and writer) of SecretBench vault files (format versions 1
and 2), written from docs/vault-format.md alone, with Debian's python3-argon2 and
python3-cryptography.

  vault_reader.py read  VAULT PASSPHRASE_FILE          -> JSON of the whole content on stdout
  vault_reader.py write VAULT PASSPHRASE_FILE CONTENT  -> a new vault from CONTENT (JSON, as read prints)

Errors go to stderr with exit code 1 (wrong passphrase), 3 (malformed) or 2 (usage).
"""
import hashlib
import hmac
import json
import os
import struct
import sys
import unicodedata

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"SBVAULT\x00"
HEADER = 112
TAG = 16
TYPES = {1: "mongodb-url", 2: "jwt-secret", 3: "port-client-secret", 4: "rsa-private-key"}
KEY_TYPES = {3, 4}  # format version 2 only


class Malformed(Exception):
    pass


class WrongPassphrase(Exception):
    pass


def passphrase_bytes(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.endswith(b"\r\n"):
        data = data[:-2]
    elif data.endswith(b"\n"):
        data = data[:-1]
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    if not text:
        raise SystemExit("empty passphrase")
    return text.encode("utf-8")


def check_bounds(m, t, p):
    if not 65536 <= m <= 1048576:
        raise Malformed("memory %d KiB out of bounds" % m)
    if not 3 <= t <= 64:
        raise Malformed("%d iterations out of bounds" % t)
    if not 4 <= p <= 16:
        raise Malformed("%d lanes out of bounds" % p)
    if m * t > 4194304:
        raise Malformed("memory x iterations out of bounds")


def derive(passphrase, salt, m, t, p):
    master = hash_secret_raw(secret=passphrase, salt=salt, time_cost=t, memory_cost=m,
                             parallelism=p, hash_len=32, type=Type.ID, version=19)
    content_key = hmac.new(master, b"SecretBench vault v1: content key", hashlib.sha256).digest()
    key_check = hmac.new(master, b"SecretBench vault v1: key check", hashlib.sha256).digest()[:16]
    return content_key, key_check


def parse_header(data):
    if len(data) < 8 and MAGIC.startswith(data):
        raise Malformed("truncated")
    if data[:8] != MAGIC:
        raise Malformed("not a vault")
    if len(data) < HEADER:
        raise Malformed("truncated")
    version, length, kdf, argon_version, reserved = struct.unpack(">HHBBH", data[8:16])
    if version not in (1, 2) or length != HEADER:
        raise Malformed("unsupported version or header length")
    if hashlib.sha256(data[:96]).digest()[:16] != data[96:112]:
        raise Malformed("header checksum mismatch")
    if kdf != 1 or argon_version != 0x13 or reserved != 0:
        raise Malformed("unknown KDF or reserved bytes set")
    m, t, p = struct.unpack(">III", data[16:28])
    check_bounds(m, t, p)
    salt, nonce = data[28:60], data[60:72]
    (n,) = struct.unpack(">Q", data[72:80])
    if n > 1 << 30 or len(data) != HEADER + n + TAG:
        raise Malformed("truncated or appended bytes")
    return dict(version=version, m=m, t=t, p=p, salt=salt, nonce=nonce, n=n, key_check=data[80:96])


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, size):
        if size < 0 or self.pos + size > len(self.data):
            raise Malformed("content cut short at byte %d" % self.pos)
        out = self.data[self.pos:self.pos + size]
        self.pos += size
        return out

    def u(self, fmt):
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size))[0]

    def name(self):
        return self.take(self.u(">H")).decode("utf-8")


def split_private_key(value):
    """An rsa-private-key value: the PEM, then optionally a zero byte and the passphrase."""
    pem, zero, passphrase = value.partition(b"\x00")
    if not pem or (zero and (not passphrase or b"\x00" in passphrase)):
        raise Malformed("rsa-private-key value")
    return pem.decode("utf-8"), passphrase.decode("utf-8") if zero else None


def parse_content(plain, version):
    r = Reader(plain)
    projects = []
    for _ in range(r.u(">I")):
        project = {"name": r.name(), "created": r.u(">q"), "secrets": []}
        for _ in range(r.u(">I")):
            secret = {"name": r.name()}
            kind = r.u(">B")
            if kind not in TYPES or (kind in KEY_TYPES and version < 2):
                raise Malformed("unknown type %d in format version %d" % (kind, version))
            secret["type"] = TYPES[kind]
            secret["created"] = r.u(">q")
            count = r.u(">I")
            if not 1 <= count <= 11:
                raise Malformed("version count %d" % count)
            versions = []
            for _ in range(count):
                number, updated = r.u(">I"), r.u(">q")
                value = r.take(r.u(">I"))
                if not value or len(value) > 65536:
                    raise Malformed("value length")
                if versions and number >= versions[-1]["number"]:
                    raise Malformed("versions out of order")
                entry = {"number": number, "updated": updated, "value": value.decode("utf-8")}
                if kind == 4:
                    entry["pem"], entry["passphrase"] = split_private_key(value)
                versions.append(entry)
            secret["versions"] = versions
            project["secrets"].append(secret)
        projects.append(project)
    padding = plain[r.pos:]
    if any(padding) or len(plain) % 512 != 0:
        raise Malformed("padding")
    return projects


def read(path, passphrase):
    with open(path, "rb") as f:
        data = f.read()
    h = parse_header(data)
    content_key, key_check = derive(passphrase, h["salt"], h["m"], h["t"], h["p"])
    if not hmac.compare_digest(key_check, h["key_check"]):
        raise WrongPassphrase()
    try:
        plain = AESGCM(content_key).decrypt(h["nonce"], data[HEADER:], data[:HEADER])
    except InvalidTag:
        raise Malformed("content fails authentication")
    return {"formatVersion": h["version"],
            "kdf": {"memoryKiB": h["m"], "iterations": h["t"], "parallelism": h["p"]},
            "projects": parse_content(plain, h["version"])}


def serialise(projects):
    out = bytearray(struct.pack(">I", len(projects)))

    def name(text):
        raw = text.encode("utf-8")
        out.extend(struct.pack(">H", len(raw)) + raw)

    for project in projects:
        name(project["name"])
        out.extend(struct.pack(">qI", project["created"], len(project["secrets"])))
        for secret in project["secrets"]:
            name(secret["name"])
            kind = {v: k for k, v in TYPES.items()}[secret["type"]]
            out.extend(struct.pack(">BqI", kind, secret["created"], len(secret["versions"])))
            for version in secret["versions"]:
                value = version["value"].encode("utf-8")
                out.extend(struct.pack(">IqI", version["number"], version["updated"], len(value)) + value)
    size = max(512, (len(out) + 511) // 512 * 512)
    return bytes(out) + bytes(size - len(out))


def write(path, passphrase, projects, m=65536, t=3, p=4):
    salt, nonce = os.urandom(32), os.urandom(12)
    content_key, key_check = derive(passphrase, salt, m, t, p)
    plain = serialise(projects)
    # The oldest version that holds the content: 2 only when a key entry is there.
    kinds = {secret["type"] for project in projects for secret in project["secrets"]}
    version = 2 if kinds & {TYPES[k] for k in KEY_TYPES} else 1
    head = MAGIC + struct.pack(">HHBBHIII", version, HEADER, 1, 0x13, 0, m, t, p) + salt + nonce
    head += struct.pack(">Q", len(plain)) + key_check
    head += hashlib.sha256(head).digest()[:16]
    sealed = AESGCM(content_key).encrypt(nonce, plain, head)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(head + sealed)


def main(argv):
    if len(argv) < 3 or argv[0] not in ("read", "write"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        passphrase = passphrase_bytes(argv[2])
        if argv[0] == "read":
            json.dump(read(argv[1], passphrase), sys.stdout, ensure_ascii=False, sort_keys=True)
            sys.stdout.write("\n")
        else:
            with open(argv[3], encoding="utf-8") as f:
                write(argv[1], passphrase, json.load(f)["projects"])
    except WrongPassphrase:
        print("wrong passphrase or damaged file", file=sys.stderr)
        return 1
    except Malformed as e:
        print("malformed vault: %s" % e, file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
