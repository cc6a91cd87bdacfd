#!/usr/bin/env python3
"""The committed translations are complete and up to date, and no QML text is left bare.

1. lupdate runs over the same sources as `update_translations` (the lupdate project the
   build generated) into temporary copies of i18n/companion_de.ts and companion_en.ts. The
   German copy must have no message that is new, unfinished, vanished or obsolete, every
   translation keeps its source's placeholders (%1 … %9, %n), and a plural message has all
   its forms. The English copy (plural forms only) must be complete the same way.
2. No QML file sets a text-like property to a bare string literal: `text: "Save"` must be
   `text: qsTr("Save")`. Strings without letters ("‹", "•") pass; ALLOWED lists the rest.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Text-like properties of Qt Quick and of this project's own components.
TEXT_PROPERTIES = (
    "text", "title", "subtitle", "label", "placeholderText", "caption", "detail", "note",
    "explanation", "actionText", "accessibleName", "Accessible.name", "Accessible.description",
    "ToolTip.text", "tooltip", "heading", "message", "description", "value",
)
BARE = re.compile(r'(?<![\w.])(%s)\s*:\s*"([^"]*)"' % "|".join(re.escape(p) for p in TEXT_PROPERTIES))
# A model of labels written as an array of strings.
BARE_MODEL = re.compile(r'\bmodel\s*:\s*\[([^\]]*)\]')
# (file relative to qml/, literal): deliberate, e.g. language names in their own language.
ALLOWED = {
    ("settings/LanguageCard.qml", "English"),
    ("settings/LanguageCard.qml", "Deutsch"),
}
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_ts(path, plural_only):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path.name}: [{name}] {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) < 2 or any(not f.strip() for f in forms):
                    problems.append(f"{where}: a plural form is empty")
                # The singular may spell the one out ("An edit …"); the other forms keep %n.
                expected = placeholders(source)
                for form in forms[1:]:
                    if placeholders(form) != expected:
                        problems.append(f"{where}: {form!r} does not keep {expected}")
                if [p for p in placeholders(forms[0]) if p != "%n"] != [p for p in expected if p != "%n"]:
                    problems.append(f"{where}: {forms[0]!r} does not keep the placeholders")
            elif plural_only:
                problems.append(f"{where}: not a plural message in the plural-only file")
            else:
                text = translation.text or ""
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(source):
                    problems.append(f"{where}: {text!r} does not keep {placeholders(source)}")
    return problems


def run_lupdate(args, project, ts, extra):
    result = subprocess.run([args.lupdate, "-silent", "-locations", "none", "-project", str(project),
                             "-ts", str(ts), *extra], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed:\n{result.stdout}{result.stderr}")


def check_qml(qml_dir):
    problems = []
    for path in sorted(qml_dir.rglob("*.qml")):
        relative = path.relative_to(qml_dir).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("//", 1)[0] if not re.search(r'"[^"]*//', line) else line
            found = [m.group(2) for m in BARE.finditer(code)]
            for m in BARE_MODEL.finditer(code):
                # Labels, not keys: a model's lower-case words ("top", "bottom") are identifiers.
                for literal in re.finditer(r'(qsTr\(\s*)?"((?:[^"\\]|\\.)*)"', m.group(1)):
                    if not literal.group(1) and re.search(r"^[A-Z]|\s", literal.group(2)):
                        found.append(literal.group(2))
            for literal in found:
                if re.search(r"[A-Za-z]{2,}", literal) and (relative, literal) not in ALLOWED:
                    problems.append(f"qml/{relative}:{number}: bare string {literal!r}; wrap it in qsTr()")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--project-generator", required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("--project-input", required=True, help="the build's .lupdate/<target>_project.cmake")
    parser.add_argument("--ts-dir", required=True, type=pathlib.Path)
    parser.add_argument("--qml-dir", required=True, type=pathlib.Path)
    args = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        project = scratch / "project.json"
        subprocess.run([args.cmake, f"-DIN_FILE={args.project_input}", f"-DOUT_FILE={project}",
                        "-P", args.project_generator], check=True)
        for name, extra, plural_only in (("companion_de.ts", [], False),
                                         ("companion_en.ts", ["-pluralonly"], True)):
            copy = scratch / name
            shutil.copy(args.ts_dir / name, copy)
            run_lupdate(args, project, copy, extra)
            problems += check_ts(copy, plural_only)
            count = sum(1 for _ in ET.parse(copy).getroot().iter("message"))
            print(f"{name}: {count} messages checked")
    problems += check_qml(args.qml_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s). Run `cmake --build --preset ci --target update_translations`, "
              "then translate what is new in i18n/companion_de.ts (and the plural forms in companion_en.ts).")
        return 1
    print("translations complete and up to date; no bare QML strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
