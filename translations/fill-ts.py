#!/usr/bin/env python3
"""Fills unfinished bokmål translations in varde_nb.ts from tab-separated files.

Each line of a .tsv file is `English source<TAB>bokmål translation` (\\n for a line break).
Only messages still marked unfinished are filled; existing translations are kept.
Usage: python3 translations/fill-ts.py FILE.tsv ... (after the update_translations target).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("varde_nb.ts")


def load(paths):
    table = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            source, _, target = line.partition("\t")
            table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def main():
    table = load(sys.argv[1:])
    tree = ET.parse(TS)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in table:
            translation.text = table[source]
            del translation.attrib["type"]
            filled += 1
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    TS.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"filled {filled}; still unfinished {len(missing)}")
    for source in missing:
        print("  " + source.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
