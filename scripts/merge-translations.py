#!/usr/bin/env python3
"""Fills the translations of a Qt Linguist .ts file from JSON files.

Each JSON file maps context to source text to translation:
    {"Waymark::MainWindow": {"&File": "&Ffeil"}}
and a plural-form entry maps a source to a list of forms:
    {"Waymark::Cli": {"%n question(s)": ["%n cwestiwn", ...]}}

Only entries the .ts has are filled (a JSON entry for a text the code no longer has is reported
and skipped), each filled one loses type="unfinished", and entries a JSON file does not give are
left as they were. Later files win. Run scripts/update-translations.sh afterwards to put the file
back in lupdate's own layout.

    scripts/merge-translations.py translations/waymark_cy.ts strings.json [more.json ...]

With --english-plurals instead of JSON files, fills the plural forms of an English .ts from
the source: "%n file(s)" becomes "%n file" and "%n files" (scripts/update-translations.sh does
this, so that English needs no hand work).
"""
import json
import sys
import xml.etree.ElementTree as ET


def write(tree, ts_path):
    with open(ts_path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def english_plurals(ts_path):
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        filled += 1
    write(tree, ts_path)
    print(f"{ts_path}: {filled} English plural forms")
    return 0


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path, json_paths = argv[1], argv[2:]
    if json_paths == ["--english-plurals"]:
        return english_plurals(ts_path)
    wanted = {}
    for path in json_paths:
        with open(path, encoding="utf-8") as handle:
            for context, entries in json.load(handle).items():
                wanted.setdefault(context, {}).update(entries)

    tree = ET.parse(ts_path)
    used = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            value = wanted.get(name, {}).get(source)
            if value is None:
                continue
            used.add((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                ok = all(form.strip() for form in forms)
            else:
                text = value[0] if isinstance(value, list) else value
                translation.text = text
                ok = bool(text.strip())
            if ok:
                translation.attrib.pop("type", None)
                filled += 1

    for context, entries in wanted.items():
        for source in entries:
            if (context, source) not in used:
                print(f"not in {ts_path}: [{context}] {source[:70]!r}", file=sys.stderr)

    write(tree, ts_path)
    print(f"{ts_path}: filled {filled} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
