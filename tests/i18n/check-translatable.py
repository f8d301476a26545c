#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible literal bypasses translation.

Scans the C++ sources of core/, app/ and ui/ for QStringLiteral(...),
QLatin1String(...), QLatin1StringView(...), QString::fromLatin1/fromUtf8(...)
and u"..." literals that read as prose (two words or more, once placeholders,
HTML tags, escapes and command-line options are taken out), and reports each
with its place. Text for people goes through tr() (QObject classes) or
QCoreApplication::translate("Context", "text") instead. Strings that are not
for people (JSON keys, identifiers, file names, format tokens, regular
expressions, style sheets, machine-readable output) do not read as prose; the
few that do and are deliberate are listed in untranslated-allowlist.txt next to
this script, one "path: text" per line. A line "deferred: PATH" there skips a
file or folder that another branch is changing (convert it after the merge).

  check-translatable.py SOURCE_DIR
  check-translatable.py --self-test                 checks the prose test itself
  check-translatable.py SOURCE_DIR --fix PATH...   rewrites the QStringLiteral
      prose under PATH into QCoreApplication::translate() calls (context
      "sb::File", "sb::cli::File" under app/cli); run clang-format afterwards.
"""
import os
import re
import sys

DIRECTORIES = ("core", "app", "ui")
LITERALS = r'(?:u8?|L|u)?"(?:[^"\\\n]|\\.)*"'
WRAPPERS = re.compile(
    r"\b(QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8)"
    r"\s*\(\s*(" + LITERALS + r"(?:\s*" + LITERALS + r")*)\s*\)"
    r'|(?<![\w"])u"((?:[^"\\\n]|\\.)*)"')
PIECE = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# Two words of two letters or more in a row: "Cannot open", "at offset".
TWO_WORDS = re.compile(r"\b(?:[Aa]|[A-Za-z][a-z']+)[,;:.!?]?\s+\(?[A-Za-z][a-z']+\b")
STYLE_SHEET = re.compile(r"^\s*(?:[\w-]+\s*:\s*[^;{}]*;\s*)+$")
REGEX_SIGNS = re.compile(r"\\\\[dswbDSWB]|\(\?|\[\^|\\\\\.|\.\*|\.\+")
# A command's words ("vault init") identify it.
NAME_ACCESSOR = re.compile(r"QString name\(\) const")
ALLOWLIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "untranslated-allowlist.txt")


def literal_text(match):
    return "".join(PIECE.findall(match.group(2))) if match.group(2) is not None else match.group(3)


def reads_as_prose(raw):
    if REGEX_SIGNS.search(raw) or "{" in raw:
        return False  # regular expressions, style sheets, JSON, templates
    text = re.sub(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]+|\\[nrt\"\\']", " ", raw)
    if STYLE_SHEET.match(text):
        return False
    text = re.sub(r"<[^>]*>", " ", text)  # HTML tags
    text = re.sub(r"&\w+;", " ", text)  # HTML entities
    text = re.sub(r"%(?:\d+|n|L\d+)", " ", text)  # placeholders
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)  # command-line options
    return bool(TWO_WORDS.search(text))


def strip_comments(source):
    """Blanks comments out, keeping literals and every offset in place."""
    token = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/', re.S)
    return token.sub(lambda m: m.group(0) if m.group(0)[0] in "\"'" else re.sub(r"[^\n]", " ", m.group(0)),
                     source)


def load_allowlist():
    allowed, deferred = set(), []
    if os.path.exists(ALLOWLIST):
        with open(ALLOWLIST, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("deferred: "):
                    deferred.append(line[len("deferred: "):])
                elif line and not line.startswith("#"):
                    allowed.add(line)
    return allowed, deferred


def prose_literals(path, source):
    """(match, text) for every prose literal of a file (comments out)."""
    scrubbed = strip_comments(source)
    for match in WRAPPERS.finditer(scrubbed):
        line_start = scrubbed.rfind("\n", 0, match.start()) + 1
        if NAME_ACCESSOR.search(scrubbed, line_start, match.start()):
            continue
        raw = literal_text(match)
        if reads_as_prose(raw):
            yield match, raw


def sources(root, under=DIRECTORIES):
    for directory in under:
        full = os.path.join(root, directory)
        if os.path.isfile(full):
            yield directory
            continue
        for base, _, files in os.walk(full):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(base, name), root)


def context(path):
    stem = os.path.splitext(os.path.basename(path))[0]
    if path.startswith("app/cli/"):
        return "sb::cli::Main" if stem == "main" else "sb::cli::" + stem
    return "sb::Main" if path.startswith("app/gui/") else "sb::" + stem


def add_include(text):
    if "#include <QCoreApplication>" in text:
        return text
    lines = text.split("\n")
    qt = [i for i, line in enumerate(lines) if line.startswith("#include <Q")]
    if qt:  # into the first block of Qt includes, sorted
        end = qt[0]
        while end < len(lines) and lines[end].startswith("#include <Q"):
            end += 1
        lines[qt[0]:end] = sorted(lines[qt[0]:end] + ["#include <QCoreApplication>"])
    else:
        quoted = [i for i, line in enumerate(lines) if line.startswith('#include "')]
        at = quoted[-1] + 1 if quoted else 0
        lines[at:at] = ["", "#include <QCoreApplication>"]
    return "\n".join(lines)


def fix(root, paths, allowed):
    total = 0
    for path in sources(root, paths):
        full = os.path.join(root, path)
        with open(full, encoding="utf-8") as f:
            source = f.read()
        out, pos, count = [], 0, 0
        for match, raw in prose_literals(path, source):
            if match.group(1) != "QStringLiteral" or "%s: %s" % (path, raw) in allowed:
                continue
            out.append(source[pos:match.start()])
            out.append('QCoreApplication::translate("%s", %s)' % (context(path), source[match.start(2):match.end(2)]))
            pos = match.end()
            count += 1
        if count:
            out.append(source[pos:])
            with open(full, "w", encoding="utf-8") as f:
                f.write(add_include("".join(out)))
            print("%s: %d literal(s) now translated" % (path, count))
            total += count
    print("%d literal(s) rewritten; run clang-format on the files listed" % total)
    return 0


# (literal as written in C++, reads as prose?)
SELF_TEST = [
    ("Cannot open %1: %2", True),
    ("The envelope is %1 bytes; a Port-managed envelope is at least 32 bytes.", True),
    ("<b>%1</b> at offset %2", True),
    ("--threads belongs to --batch.", True),
    ("Vault passphrase: ", True),
    ("formPreview/recentFiles", False),
    ("application/json", False),
    ("RSA-%1", False),
    ("%1 (%2)", False),
    ("aes256-gcm", False),
    ("not base64", False),  # too short to tell from an identifier: tr() it by hand
    ("color: #c62828; font-weight: bold;", False),
    ("QLabel { border-left: 5px solid %1; }", False),
    ("^\\s*(\\w+) at <top-level>", False),
    ("<span style=\"color:%1\">\u25CF</span> %2", False),
    ("{\"payload\":{\"properties\":{}}}", False),
    ("--client-secret-file --public-key", False),
]


def self_test():
    failures = [(text, expected) for text, expected in SELF_TEST if reads_as_prose(text) != expected]
    for text, expected in failures:
        print("self-test: %r should%s read as prose" % (text, "" if expected else " not"))
    source = 'QString name() const override { return QStringLiteral("vault init"); }\n' \
             '// QStringLiteral("a comment is not code")\n' \
             'f(QStringLiteral("Two " "pieces"), QLatin1String("two words"), u"and more");\n'
    found = [text for _, text in prose_literals("x.cpp", source)]
    if found != ["Two pieces", "two words", "and more"]:
        failures.append(found)
        print("self-test: literals found %r" % found)
    print("self-test: %d failure(s)" % len(failures))
    return 1 if failures else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    allowed, deferred = load_allowlist()
    if len(argv) > 2 and argv[2] == "--fix":
        return fix(root, argv[3:], allowed)
    used, found, skipped = set(), [], 0
    for path in sources(root):
        with open(os.path.join(root, path), encoding="utf-8") as f:
            source = f.read()
        for match, raw in prose_literals(path, source):
            key = "%s: %s" % (path, raw)
            if key in allowed:
                used.add(key)
            elif any(path == d or path.startswith(d.rstrip("/") + "/") for d in deferred):
                skipped += 1
            else:
                line = source.count("\n", 0, match.start()) + 1
                found.append("%s:%d: %s" % (path, line, raw))
    for entry in found:
        print("untranslated: " + entry)
    stale = sorted(allowed - used)
    for entry in stale:
        print("allow-list entry matches nothing (remove it): " + entry)
    if skipped:
        print("note: %d literal(s) in deferred paths (%s) not checked yet" % (skipped, ", ".join(deferred)))
    if found or stale:
        print("%d user-visible literal(s) bypass tr() or QCoreApplication::translate(); see %s"
              % (len(found), os.path.abspath(__file__)))
        return 1
    print("every user-visible literal outside the deferred paths goes through translation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
