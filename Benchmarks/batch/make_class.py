#!/usr/bin/env python3
"""Writes a synthetic class for `tutor grade`: N student workspaces over the whole
curriculum. Three students in four hand in the reference solution of every fix and
write exercise, the fourth hands in the starter file (which fails); every other
student answers the predict questions (with "1", right or wrong).

    Benchmarks/batch/make_class.py EXERCISES_DIR SOLUTIONS_DIR OUT_DIR [STUDENTS]
"""
import os
import re
import shutil
import sys


def exercises(root):
    for topic in sorted(os.listdir(root)):
        tdir = os.path.join(root, topic)
        if not os.path.isdir(tdir):
            continue
        for ex in sorted(os.listdir(tdir)):
            manifest = os.path.join(tdir, ex, "exercise.toml")
            if os.path.isfile(manifest):
                yield topic, ex, open(manifest, encoding="utf-8").read()


def strip(name):
    return re.sub(r"^\d+-", "", name)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    ex_root, sol_root, out = sys.argv[1:4]
    students = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    shutil.rmtree(out, ignore_errors=True)
    items = list(exercises(ex_root))
    for i in range(students):
        ws = os.path.join(out, "student%03d" % i)
        answers = []
        for topic, ex, manifest in items:
            kind = re.search(r'^kind\s*=\s*"(\w+)"', manifest, re.M)
            files = re.search(r'^files\s*=\s*\[([^\]]*)\]', manifest, re.M)
            names = re.findall(r'"([^"]+)"', files.group(1)) if files else ["main.py"]
            ex_id = strip(topic) + "/" + strip(ex)
            if kind and kind.group(1) == "predict":
                if i % 2 == 0:
                    answers.append("answer %s 1" % ex_id)
                continue
            source_dir = os.path.join(ex_root if i % 4 == 3 else sol_root, topic, ex)
            dest = os.path.join(ws, topic, ex)
            os.makedirs(dest, exist_ok=True)
            for name in names:
                src = os.path.join(source_dir, name)
                if os.path.isfile(src):
                    shutil.copyfile(src, os.path.join(dest, name))
        os.makedirs(os.path.join(ws, ".tutor"), exist_ok=True)
        with open(os.path.join(ws, ".tutor", "progress"), "w", encoding="utf-8") as f:
            f.write("# Concurrency Tutor progress\nversion 1\n" + "".join(a + "\n" for a in answers))
    # Workers drop to an unprivileged user when the grader runs as root.
    for dirpath, dirnames, filenames in os.walk(out):
        os.chmod(dirpath, 0o755)
        for n in filenames:
            os.chmod(os.path.join(dirpath, n), 0o644)
    print("%d students x %d exercises in %s" % (students, len(items), out))


if __name__ == "__main__":
    main()
