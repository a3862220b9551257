#!/usr/bin/env bash
# Measures batch grading: exercises graded per second and the grader's peak memory
# for STUDENTS students x the whole curriculum (default 100), with the default
# number of workers (the number of cores).
#
#   swift build -c release --product tutor
#   Benchmarks/batch/run.sh [STUDENTS] [EXTRA tutor grade OPTIONS...]
#
# TUTOR (default .build/release/tutor) picks the binary; WORK (default
# /tmp/tutor-batch-bench) the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
STUDENTS="${1:-100}"
shift || true
TUTOR="${TUTOR:-.build/release/tutor}"
WORK="${WORK:-/tmp/tutor-batch-bench}"
mkdir -p "$WORK"
python3 Benchmarks/batch/make_class.py Exercises Solutions "$WORK/class" "$STUDENTS"
echo "cores: $(nproc)  binary: $TUTOR"
# The grader's own peak memory (VmHWM of the coordinator), sampled from /proc
# as a cross-check of what it reports itself.
set +e
"$TUTOR" grade --course Exercises "$WORK/class" --fresh --journal "$WORK/journal.jsonl" \
    --jsonl "$WORK/results.jsonl" --junit "$WORK/junit.xml" --progress lines --quiet "$@" \
    2> >(tee "$WORK/stderr.log" | grep -E --line-buffered '^(progress|tutor grade)' >&2) &
PID=$!
PEAK=0
while kill -0 "$PID" 2>/dev/null; do
    HWM=$(awk '/VmHWM/ {print $2}' /proc/$PID/status 2>/dev/null || echo 0)
    [ -n "$HWM" ] && [ "$HWM" -gt "$PEAK" ] && PEAK=$HWM
    sleep 0.2
done
wait "$PID"
STATUS=$?
set -e
echo "exit status: $STATUS (1: some exercise did not pass, expected for this class)"
echo "grader VmHWM sampled: $((PEAK / 1024)) MiB"
grep '^tutor grade: graded' "$WORK/stderr.log" || true
python3 - "$WORK/results.jsonl" <<'PY'
import json, sys, collections
c = collections.Counter(json.loads(l)["status"] for l in open(sys.argv[1]))
print("verdicts:", dict(c))
PY
