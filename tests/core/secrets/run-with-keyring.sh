#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring, so
# that it talks to a real Secret Service. Without those tools the test runs
# bare and skips its keyring cases, saying why.
#   run-with-keyring.sh TEST_EXECUTABLE [ARGS...]
set -euo pipefail
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    export XDG_RUNTIME_DIR=$(mktemp -d)
    export HOME=$(mktemp -d)
    trap 'rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT
    exec dbus-run-session -- bash -c '
        printf "test-login-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        SECRETBENCH_TEST_KEYRING=1 "$@"' bash "$@"
fi
echo "run-with-keyring: dbus-run-session or gnome-keyring-daemon missing; keyring cases will be skipped"
exec "$@"
