#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms that lupdate -pluralonly leaves empty.

The source texts are English already; only messages with %n need an English
"translation", so that "1 seconds" reads "1 second". The singular is made from
the word after %n (seconds -> second, entries -> entry, matches -> match;
error(s) -> error, and error(s) -> errors for the plural);
anything this cannot handle is left unfinished and reported.
  fill-english-plurals.py secretbench_en.ts"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"are": "is", "were": "was", "have": "has"}


def singular(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(ches|shes|sses|xes)$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def plural_text(source):
    """The source with "word(s)" after %n written "words"."""
    return re.sub(r"(%n \w+)\(s\)", r"\1s", source)


def singular_text(source):
    match = re.search(r"%n (\w+)(\(s\))?", source)
    if not match:
        return None
    if match.group(2):  # "%n error(s)" -> "%n error"
        return source[:match.end(1)] + source[match.end(2):]
    word = singular(match.group(1))
    if not word:
        return None
    text = source[:match.start(1)] + word + source[match.end(1):]
    # "%n values are" -> "%n value is"
    following = re.match(r" (\w+)", text[match.start(1) + len(word):])
    if following and following.group(1) in IRREGULAR:
        start = match.start(1) + len(word) + 1
        text = text[:start] + IRREGULAR[following.group(1)] + text[start + len(following.group(1)):]
    return text


def main(path):
    tree = ET.parse(path)
    left = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text
        one = singular_text(source)
        if one is None:
            left.append(source)
            continue
        forms = translation.findall("numerusform")
        forms[0].text = one
        forms[1].text = plural_text(source)
        del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text + ("\n" if not text.endswith("\n") else ""))
        f.truncate()
    for source in left:
        print("fill-english-plurals: left unfinished: %s" % source, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
