#!/usr/bin/env python3
"""Regenerate (or check) the expected results of the differential test corpus.

Usage (from anywhere):
    python3 regenerate.py                 # rewrite every NNN_topic.expected.json
    python3 regenerate.py --check         # re-run and report programs whose result differs
    python3 regenerate.py [--check] 012_slicing.py 040_comprehensions.py   # only these

Each program NNN_topic.py is run as `python3 NNN_topic.py` with the Corpus folder as the
working directory, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, stdin from /dev/null and a
10 second timeout.  The result is stored next to it as NNN_topic.expected.json:

    {"stdout": "...", "exit_status": N, "stderr_last_line": "..."}

stderr_last_line is the last non-empty line of stderr ("" if there is none).
CPython 3.11 is the reference, so the script refuses to run under any other version.
"""

import ast
import json
import os
import subprocess
import sys

REQUIRED_VERSION = (3, 11)
TIMEOUT_SECONDS = 10
ALLOWED_MODULES = {"sys", "math"}
CORPUS_DIR = os.path.dirname(os.path.abspath(__file__))


def program_files(selected):
    names = sorted(
        name for name in os.listdir(CORPUS_DIR)
        if name.endswith(".py") and name[:3].isdigit() and name[3:4] == "_"
    )
    if selected:
        wanted = [os.path.basename(s) for s in selected]
        missing = [w for w in wanted if w not in names]
        if missing:
            sys.exit("unknown program(s): " + ", ".join(missing))
        names = [n for n in names if n in wanted]
    return names


def expected_path(program):
    return os.path.join(CORPUS_DIR, program[:-3] + ".expected.json")


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_program(program):
    """Run one program; return its result dict (or raise RuntimeError on timeout)."""
    try:
        with open(os.devnull, "rb") as devnull:
            proc = subprocess.run(
                [sys.executable, program],
                cwd=CORPUS_DIR,
                env=child_env(),
                stdin=devnull,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT_SECONDS,
            )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"timed out after {TIMEOUT_SECONDS} s")
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    lines = [line for line in stderr.splitlines() if line.strip()]
    return {
        "stdout": stdout,
        "exit_status": proc.returncode,
        "stderr_last_line": lines[-1] if lines else "",
    }


def lint(program):
    """Static checks of the corpus rules; returns a list of problems."""
    with open(os.path.join(CORPUS_DIR, program), encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source, program)
    except SyntaxError:
        return []  # the deliberate SyntaxError / IndentationError programs
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            mods = [node.module or ""]
        else:
            mods = []
        for mod in mods:
            if mod.split(".")[0] not in ALLOWED_MODULES:
                problems.append(f"line {node.lineno}: imports {mod!r} (only sys and math are allowed)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("open", "id"):
            problems.append(f"line {node.lineno}: calls {node.func.id}()")
    return problems


def check_result(program, result):
    problems = []
    if "at 0x" in result["stdout"]:
        problems.append("stdout contains an object address ('at 0x')")
    if result["exit_status"] == 0 and result["stderr_last_line"]:
        problems.append("exits 0 but writes to stderr: " + result["stderr_last_line"])
    return problems


def main(argv):
    if sys.version_info[:2] != REQUIRED_VERSION:
        sys.exit("regenerate.py must run under CPython %d.%d (this is %d.%d)"
                 % (REQUIRED_VERSION + tuple(sys.version_info[:2])))
    check = "--check" in argv
    selected = [a for a in argv if not a.startswith("--")]
    unknown_flags = [a for a in argv if a.startswith("--") and a != "--check"]
    if unknown_flags:
        sys.exit("unknown option(s): " + " ".join(unknown_flags))

    programs = program_files(selected)
    failures = 0
    for program in programs:
        problems = lint(program)
        try:
            result = run_program(program)
        except RuntimeError as e:
            print(f"FAIL {program}: {e}")
            failures += 1
            continue
        problems += check_result(program, result)
        if problems:
            for p in problems:
                print(f"RULE {program}: {p}")
            failures += 1
        path = expected_path(program)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    expected = json.load(f)
            except FileNotFoundError:
                print(f"MISSING {program}: no {os.path.basename(path)}")
                failures += 1
                continue
            if expected != result:
                failures += 1
                print(f"DIFFERS {program}:")
                for key in ("exit_status", "stderr_last_line", "stdout"):
                    if expected.get(key) != result[key]:
                        print(f"  {key}: expected {expected.get(key)!r}")
                        print(f"  {key}: got      {result[key]!r}")
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                json.dump(result, f, ensure_ascii=False, indent=2)
                f.write("\n")

    if not selected:
        stems = {p[:-3] for p in programs}
        for name in sorted(os.listdir(CORPUS_DIR)):
            if name.endswith(".expected.json") and name[:-len(".expected.json")] not in stems:
                if check:
                    print(f"ORPHAN {name}: no matching program")
                    failures += 1
                else:
                    os.remove(os.path.join(CORPUS_DIR, name))
                    print(f"removed orphan {name}")

    verb = "checked" if check else "regenerated"
    print(f"{verb} {len(programs)} program(s); {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
