"""Records CPython's output for every program in Programs/ (run from any directory):
    python3 Tests/TutorRuntimeTests/generate_expected.py
Each NAME.py gets NAME.expected.json with stdout, stderr and the exit status."""
import json
import pathlib
import subprocess
import sys

programs = pathlib.Path(__file__).resolve().parent / "Programs"
for source in sorted(programs.glob("*.py")):
    done = subprocess.run([sys.executable, source.name], cwd=programs, capture_output=True, text=True, timeout=60)
    expected = {"stdout": done.stdout, "stderr": done.stderr, "status": done.returncode}
    source.with_suffix(".expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(source.name, done.returncode)
