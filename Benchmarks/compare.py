#!/usr/bin/env python3
"""Runs each benchmark program under `tutor run` and under python3, side by side,
and prints each time ratio and their geometric mean. Build first:
    swift build -c release --product tutor
Usage: Benchmarks/compare.py [--runs N] [--tutor PATH]
"""
import argparse, math, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def best_time(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()}")
    return min(times), done.stdout

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tutor", default=os.path.join(ROOT, ".build", "release", "tutor"))
    args = parser.parse_args()
    if not os.path.exists(args.tutor):
        sys.exit(f"no tutor binary at {args.tutor}: run `swift build -c release --product tutor`")
    programs = sorted(p for p in os.listdir(os.path.join(HERE, "programs")) if p.endswith(".py"))
    print(f"{'benchmark':<22}{'python3 (s)':>12}{'tutor (s)':>12}{'ratio':>8}")
    ratios = []
    for name in programs:
        path = os.path.join(HERE, "programs", name)
        if name == "startup.py":
            py, py_out = best_time([sys.executable, "-S", "-c", "pass"], args.runs * 4)
        else:
            py, py_out = best_time([sys.executable, path], args.runs)
        tu, tu_out = best_time([args.tutor, "run", path], args.runs if name != "startup.py" else args.runs * 4)
        if name != "startup.py" and py_out != tu_out:
            sys.exit(f"{name}: outputs differ\npython3: {py_out!r}\ntutor:   {tu_out!r}")
        ratio = tu / py
        label = name[:-3]
        if name == "startup.py":
            print(f"{label:<22}{py*1000:>10.1f}ms{tu*1000:>10.1f}ms{ratio:>8.2f}")
        else:
            ratios.append(ratio)
            print(f"{label:<22}{py:>12.3f}{tu:>12.3f}{ratio:>8.2f}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<46}{geo:>8.2f}")

if __name__ == "__main__":
    main()
