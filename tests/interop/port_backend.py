#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A backend we did not write: Port's documented decryption procedures
(formats.md sections 2 and 3), with Debian's pycryptodome (module Cryptodome).

  port_backend.py decrypt-port SECRET_FILE [--object] < envelope > value
  port_backend.py encrypt-port SECRET_FILE             < value    > envelope
  port_backend.py decrypt-client PRIVATE_PEM [--object] < envelope > value
  port_backend.py encrypt-client PUBLIC_PEM            < value    > envelope
"""
import base64
import json
import os
import sys

from Cryptodome.Cipher import AES, PKCS1_OAEP
from Cryptodome.Hash import SHA256
from Cryptodome.PublicKey import RSA


def read_secret(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n")


def decrypt_port(secret, envelope):
    # The documented Flask example, step for step.
    key = secret[:32].encode()
    encrypted_property_value = base64.b64decode(envelope)
    iv = encrypted_property_value[:16]
    ciphertext = encrypted_property_value[16:-16]
    mac = encrypted_property_value[-16:]
    cipher = AES.new(key, AES.MODE_GCM, iv)
    return cipher.decrypt_and_verify(ciphertext, mac)


def encrypt_port(secret, value):
    key = secret[:32].encode()
    iv = os.urandom(16)
    cipher = AES.new(key, AES.MODE_GCM, iv)
    ciphertext, tag = cipher.encrypt_and_digest(value)
    return base64.b64encode(iv + ciphertext + tag)


def decrypt_client(private_pem, envelope):
    key = RSA.import_key(private_pem)
    k = key.size_in_bytes()
    data = base64.b64decode(envelope)
    iv, wrapped, rest = data[:12], data[12:12 + k], data[12 + k:]
    aes_key = PKCS1_OAEP.new(key, hashAlgo=SHA256).decrypt(wrapped)
    cipher = AES.new(aes_key, AES.MODE_GCM, nonce=iv)
    return cipher.decrypt_and_verify(rest[:-16], rest[-16:])


def encrypt_client(public_pem, value):
    key = RSA.import_key(public_pem)
    aes_key = os.urandom(32)
    iv = os.urandom(12)
    wrapped = PKCS1_OAEP.new(key, hashAlgo=SHA256).encrypt(aes_key)
    ciphertext, tag = AES.new(aes_key, AES.MODE_GCM, nonce=iv).encrypt_and_digest(value)
    return base64.b64encode(iv + wrapped + ciphertext + tag)


def main(argv):
    command, path = argv[1], argv[2]
    as_object = "--object" in argv[3:]
    data = sys.stdin.buffer.read()
    if command == "decrypt-port":
        out = decrypt_port(read_secret(path), data)
    elif command == "encrypt-port":
        out = encrypt_port(read_secret(path), data) + b"\n"
    elif command == "decrypt-client":
        with open(path, "rb") as f:
            out = decrypt_client(f.read(), data)
    elif command == "encrypt-client":
        with open(path, "rb") as f:
            out = encrypt_client(f.read(), data) + b"\n"
    else:
        print("unknown command " + command, file=sys.stderr)
        return 2
    if as_object:
        # What the documented backend does with an object input.
        out = json.dumps(json.loads(out), separators=(",", ":"), ensure_ascii=False).encode()
    sys.stdout.buffer.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
