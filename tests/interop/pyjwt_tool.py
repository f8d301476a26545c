#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""PyJWT (Debian's python3-jwt) on the other side of SecretBench's JWT tests.

  pyjwt_tool.py sign   ALG SECRET_FILE CLAIMS_JSON   -> token on stdout ("none" as ALG: unsigned)
  pyjwt_tool.py verify ALG SECRET_FILE < token       -> claims JSON on stdout, exit 0; else exit 1
"""
import json
import sys

import jwt


def secret(path):
    with open(path, "rb") as f:
        data = f.read()
    return data[:-1] if data.endswith(b"\n") else data


def main(argv):
    command, alg, secret_file = argv[0], argv[1], argv[2]
    if command == "sign":
        claims = json.loads(argv[3])
        key = None if alg == "none" else secret(secret_file)
        token = jwt.encode(claims, key, algorithm=alg)
        sys.stdout.write(token if isinstance(token, str) else token.decode())
        return 0
    token = sys.stdin.read().strip()
    try:
        claims = jwt.decode(token, secret(secret_file), algorithms=[alg],
                            options={"require": []})
    except jwt.PyJWTError as e:
        print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
        return 1
    json.dump(claims, sys.stdout, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
