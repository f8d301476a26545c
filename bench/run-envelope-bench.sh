#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Envelope benchmarks against references measured in the same run (issue #2).
#   bench/run-envelope-bench.sh [BUILD_DIR]      (default: build/release)
# Needs: a release build (cmake --workflow --preset release), openssl, node,
# /usr/bin/python3 with pycryptodome. Prints a Markdown table for docs/benchmarks.md.
# Each measurement is the best of ROUNDS interleaved runs (default 3), so that a
# burst of load on a shared machine hurts every contender alike.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/release}
rounds=${ROUNDS:-3}
cli=$build/app/cli/secretbench-cli
bench=$build/bench/secretbench-bench-envelopes
keys=$here/../tests/data/keys
for tool in "$cli" "$bench"; do
    [ -x "$tool" ] || { echo "missing $tool: build the release preset first" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -c 48 /dev/urandom | base64 -w0 > "$work/secret"
"$bench" generate 200000 64 "$work/secret" "$work/envelopes.txt"

seconds() { # runs "$@" with stdin from $input, prints wall seconds
    local start end
    start=$(date +%s%N)
    "$@" < "$input" > /dev/null
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}
best_min() { printf '%s\n' "$@" | sort -g | head -1; }
best_max() { printf '%s\n' "$@" | sort -g | tail -1; }

input=$work/envelopes.txt
ours_all=() ours_one=() node_batch=() py_batch=()
for _ in $(seq "$rounds"); do
    ours_all+=("$(seconds "$cli" decrypt --batch --client-secret-file "$work/secret")")
    ours_one+=("$(seconds "$cli" decrypt --batch --threads 1 --client-secret-file "$work/secret")")
    node_batch+=("$(seconds node "$here/node_decrypt.js" batch "$work/secret")")
    py_batch+=("$(seconds /usr/bin/python3 "$here/py_decrypt.py" batch "$work/secret")")
done

input=/dev/null
ours_large=() node_large=() py_large=() ssl_gcm=() ours_rsa=() ssl_rsa=()
for _ in $(seq "$rounds"); do
    ours_large+=("$("$bench" large 2 "$work/secret")")
    node_large+=("$(node "$here/node_decrypt.js" large 2 "$work/secret")")
    py_large+=("$(/usr/bin/python3 "$here/py_decrypt.py" large 2 "$work/secret")")
    # bytes/s at 16 KiB blocks -> MiB/s
    ssl_gcm+=("$(openssl speed -mr -seconds 2 -bytes 16384 -evp aes-256-gcm 2>/dev/null \
        | awk -F: '/^\+F:/ { printf "%.1f", $4 / 1048576 }')")
    ours_rsa+=("$("$bench" client-side 2 "$keys/rsa2048.pem" "$keys/rsa2048.pub.pem")")
    ssl_rsa+=("$(openssl speed -mr -seconds 2 rsa2048 2>/dev/null | awk -F: '/^\+F2:/ { printf "%.1f", $4 }')")
done

b_all=$(best_min "${ours_all[@]}"); b_one=$(best_min "${ours_one[@]}")
b_node=$(best_min "${node_batch[@]}"); b_py=$(best_min "${py_batch[@]}")
l_ours=$(best_max "${ours_large[@]}"); l_node=$(best_max "${node_large[@]}")
l_py=$(best_max "${py_large[@]}"); l_ssl=$(best_max "${ssl_gcm[@]}")
r_ours=$(best_max "${ours_rsa[@]}"); r_ssl=$(best_max "${ssl_rsa[@]}")
ratio() { echo "scale=2; $1 / $2" | bc; }

cat <<TABLE
Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); OpenSSL $(openssl version | cut -d' ' -f2); Node.js $(node --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Best of $rounds interleaved rounds.

| measurement | SecretBench | reference | ratio | target |
|---|---|---|---|---|
| \`decrypt --batch\`, 200,000 Port-managed envelopes of 64-byte values (all cores) | ${b_all} s | Node.js ${b_node} s | **$(ratio "$b_node" "$b_all")×** Node | ≥ 8× |
| the same on one thread (\`--threads 1\`) | ${b_one} s | Node.js ${b_node} s | $(ratio "$b_node" "$b_one")× Node | |
| the same, pycryptodome (documented Python procedure) | ${b_all} s | pycryptodome ${b_py} s | $(ratio "$b_py" "$b_all")× pycryptodome | |
| one 1 MiB value end to end (base64 text in, checked UTF-8 out), MiB/s | ${l_ours} | Node.js ${l_node} | **$(ratio "$l_ours" "$l_node")×** Node | ≥ 1.5× |
| the same against \`openssl speed -evp aes-256-gcm\` at 16 KiB blocks, MiB/s | ${l_ours} | OpenSSL ${l_ssl} | **$(ratio "$l_ours" "$l_ssl")** of OpenSSL | ≥ 0.50 |
| the same, pycryptodome, MiB/s | ${l_ours} | pycryptodome ${l_py} | $(ratio "$l_ours" "$l_py")× pycryptodome | |
| client-side decrypt (RSA-2048 unwrap + AES-GCM), operations/s, one thread | ${r_ours} | \`openssl speed rsa2048\` private ops ${r_ssl} | **$(ratio "$r_ours" "$r_ssl")** of OpenSSL | ≥ 0.90 |
TABLE
