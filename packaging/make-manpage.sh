#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes secretbench-cli.1 from the program's own --help (help2man), with one
# section per command taken from `secretbench-cli COMMAND --help`.
#   packaging/make-manpage.sh PATH/TO/secretbench-cli OUTPUT.1
set -euo pipefail
cli=$1
out=$2
include=$(mktemp)
trap 'rm -f "$include"' EXIT
{
    echo "[COMMANDS]"
    "$cli" --help | awk '/^Commands:/ { on = 1; next } on && NF == 0 { exit }
        on { sub(/^  /, ""); split($0, parts, /  +/); print parts[1] }' |
    while read -r command; do
        echo ".SS \"$command\""
        echo ".nf"
        # Preformatted, as the terminal shows it; escape roff's special characters.
        # shellcheck disable=SC2086
        "$cli" $command --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\&\\1/"
        echo ".fi"
    done
    cat <<'SECTIONS'
[EXIT STATUS]
0 success; 1 authentication or unwrap failure (wrong key, wrong passphrase, altered data, bad
signature); 2 usage error; 3 malformed input (base64, length, PEM, JSON, UTF-8, URL, token);
4 file or I/O error; 5 lint errors found; 6 MongoDB ping failed; 7 token expired or not yet valid;
8 project or secret not found; 9 leaks found. On any failure nothing is written to standard output.
[ENVIRONMENT]
.TP
.B PORT_CLIENT_SECRET
The Port client secret, used for Port-managed encryption when no key option is given.
.TP
.B SECRETBENCH_VAULT
The vault file, when no \-\-vault option is given.
[SEE ALSO]
.BR secretbench (1)
SECTIONS
} > "$include"
help2man --no-info --no-discard-stderr --section=1 \
    --name="work with Port secret-input envelopes, action definitions and project secrets" \
    --include="$include" --output="$out" "$cli"
