#!/usr/bin/env python3
"""Prints GeneratedFormatCases.swift: differential test tables recorded from CPython.

Run with CPython 3.11 from this directory:
    python3 generate_format_cases.py > GeneratedFormatCases.swift
Doubles are written as bit patterns so the tables are exact. An expected value that
is an exception is written as "!<ExceptionType>: <message>".
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "record the tables with CPython 3.11"
rng = random.Random(20240611)


def bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def lit(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % c)
    return '"' + "".join(out) + '"'


def outcome(fn):
    try:
        return fn()
    except Exception as e:  # recorded as data, compared by the Swift tests
        return "!%s: %s" % (type(e).__name__, e)


def random_double():
    while True:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


def nice_double():
    return round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)) * 10 ** rng.randint(-12, 12)


EDGE_DOUBLES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -1.5, 0.125, 0.375,
    2.675, 9.995, 100.0, 1e-4, 1e-5, 0.00012345, 1e15, 1e16, 1e17, 1e22, 1e23, 1e100,
    123456789012345680.0, 1234567890123456.8, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
    9007199254740993.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    -1.7976931348623157e308, 1e-300, 123456.789, 1234567.0, -1234567.891, 0.001, 999999.5,
    9.5, 0.05, 0.015, 1e21, 12345.678, math.pi, -math.e, 4.35, 0.285, 1.005,
]
SPECIAL_DOUBLES = [math.inf, -math.inf, math.nan]


def float_values():
    values = EDGE_DOUBLES + SPECIAL_DOUBLES
    values += [10.0 ** k for k in range(-25, 26, 3)]
    return values


def repr_cases():
    values = float_values()
    values += [random_double() for _ in range(150)]
    values += [nice_double() for _ in range(100)]
    return [(bits(x), repr(x)) for x in values]


FLOAT_SPECS = [
    "", "f", ".2f", ".0f", "#.0f", ".20f", "e", ".3e", ".0e", "#.0e", "E", "g", ".3g", "#g",
    "#.3g", ".17g", "G", "%", ".1%", "n", ".3", ".0", ".1", "#", "10.2f", "<10", "^12.3e",
    "=+12.2f", "+", " ", "010.3f", "012", ",", "_.2f", ",.3f", "015,.2f", "z.1f", "z", "z.0e",
    "*>+15,.4e", "0=12", "x^9", "-", "+.1e", "d", "s", "c", "x", ".", ",_", "_,", ".2147483648f",
    "99999999999999999999", "0<8", "^", "\u00e9>8", ",n", "_e", "abc", "10.2z",
]


def float_format_cases():
    cases = []
    values = [0.0, -0.0, 1.0, -1.5, 0.125, 0.375, 2.5, 1e20, 1e16, 1.5e-7, 123456.789,
              1234567.0, 0.1, 2 / 3, -2 / 3, 1e-300, 1.7976931348623157e308, 5e-324,
              math.inf, -math.inf, math.nan, 100.0, 9.995, -0.0001, 1e100]
    for x in values:
        for spec in FLOAT_SPECS:
            cases.append((bits(x), spec, outcome(lambda: format(x, spec))))
    for _ in range(150):
        x = rng.choice([random_double(), nice_double(), rng.choice(values)])
        spec = random_spec("eEfFgGn%" + "  ")
        cases.append((bits(x), spec, outcome(lambda: format(x, spec))))
    return cases


def random_spec(types):
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(["", "*", "0", "x", "\u00e9"]) + rng.choice("<>^="))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.3:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.4:
        parts.append("." + str(rng.randint(0, 25)))
    parts.append(rng.choice(types).strip())
    return "".join(parts)


INT_SPECS = [
    "", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_o", "_x", "#_x", ",d",
    "10", "<10", "^10", "=10", "010", "+", " ", "-", "+010,", "#010x", "c", "e", "E", ".2f",
    "g", "%", "n", ",x", ",c", ".2", "z", "s", "08_b", "x<+#12_o", "=+15,", "0=+15,", "05c",
    "+c", "#c", "^5c", ",b", "_n", "99999999999999999999", "\u0665", "xd", "F", "#.3g",
]


def int_format_cases():
    cases = []
    values = [0, 1, -1, 7, -42, 255, 1234567, -1234567, 2 ** 63 - 1, -(2 ** 63), 2 ** 64,
              -(2 ** 100), 10 ** 30, 97, 0x10FFFF, 0x110000, 2 ** 1024, 12345678901234567890123]
    for v in values:
        for spec in INT_SPECS:
            cases.append((str(v), spec, outcome(lambda: format(v, spec))))
    for _ in range(120):
        v = rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 40, 10 ** 40), rng.choice(values)])
        spec = random_spec("dbboxXn  ")
        cases.append((str(v), spec, outcome(lambda: format(v, spec))))
    return cases


STRING_SPECS = ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", ".2", "10.2", ".0", "05",
                "=5", "+", " 5", "-", "#", "z", ",", "_", "d", "<", "\u00e9>5", "0<5", "x=5",
                ".3s", "^", "99999999999999999999", "..2", "1.", "\u0663"]


def string_format_cases():
    cases = []
    for s in ["", "a", "hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "e\u0301", "tab\there"]:
        for spec in STRING_SPECS:
            cases.append((s, spec, outcome(lambda: format(s, spec))))
    return cases


ROUND_DIGITS = [None, -400, -309, -308, -22, -5, -2, -1, 0, 1, 2, 3, 17, 323, 324]


def round_cases():
    cases = []
    values = [x for x in float_values() if math.isfinite(x)] + [1234.5, 1250.0, 1350.0, 0.4999999999999999, -0.4, 1e300]
    values += [nice_double() for _ in range(30)] + [random_double() for _ in range(10)]
    for x in values:
        for n in ROUND_DIGITS:
            if n is None:
                result = outcome(lambda: bits(float(round(x))))
            else:
                result = outcome(lambda: bits(round(x, n)))
            cases.append((bits(x), "nil" if n is None else str(n), result))
    for x in SPECIAL_DOUBLES:
        cases.append((bits(x), "2", bits(round(x, 2))))
    return cases


INT_TEXTS = [
    "0", "00", "0_0", "0_7", "007", "10", " 42 ", "\t-17\n", "+5", "-0", "+-1", "", " ", "-",
    "1_000", "1__000", "_1", "1_", "0x1f", "0X1F", "0x_1f", "0x__1f", "0o17", "0O17", "0b101",
    "0B101", "0b102", "0b", "0x", "0o_", "ff", "FF", "z", "Z", "zz", "10000000000000000000000",
    "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1e5", "1.0", "0b1",
    "\u0665\u0666", "\u3000 12\u3000", "\x1c1", "1\x00", "\u00b2", "\uff11\uff12", "12abc",
    "123456789012345678901234567890123456789012345678901234567890",
    "-0x" + "f" * 40, "0o" + "7" * 30, "1 2", "0_x1", "0x1_f_", "٠x1",
]


def int_parse_cases():
    cases = []
    for text in INT_TEXTS:
        for base in [0, 2, 8, 10, 16, 36]:
            cases.append((text, base, outcome(lambda: str(int(text, base)))))
    return cases


FLOAT_TEXTS = [
    "0", "1", "-1", "1.5", " 1.5 ", "+1.5", "-.5", ".5", "5.", ".", "e5", "1e5", "1E5", "1e+5",
    "1e-5", "1e", "1e+", "1_0.5", "1_e5", "1e_5", "1._5", "_1", "1_", "1__0", "1e1_0", "inf",
    "-inf", "+inf", "Infinity", "-INFINITY", "infi", "nan", "NaN", "-nan", "+nan", "nan(1)",
    "0x1p3", "1e500", "-1e500", "1e-500", "  ", "", "1 .5", "1.5\x00", "\x1c1.5",
    "\u0661.\u0665", "\u0661_\u0665", "\u3000 2.5\u2003", "0.1", "2.675", "1.7976931348623157e308",
    "1.7976931348623159e308", "4.9e-324", "2.4703282292062328e-324", "12345678901234567890",
    "0000.0001", "1.2.3", "--1", "in f", "i", "1e5.5", "0.000000000000000000000000000001",
    "9007199254740993", "100_000.000_001",
]


def float_parse_cases():
    cases = []
    for text in FLOAT_TEXTS:
        result = outcome(lambda: float(text))
        if isinstance(result, float):
            result = "nan" if math.isnan(result) else bits(result)
        cases.append((text, result))
    return cases


def int_to_string_cases():
    cases = []
    for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 1, 10 ** 25, 2 ** 63, -(2 ** 63)]:
        cases.append((str(v), 2, bin(v)))
        cases.append((str(v), 8, oct(v)))
        cases.append((str(v), 10, str(v)))
        cases.append((str(v), 16, hex(v)))
    return cases


def int_to_double_cases():
    values = [0, 1, -1, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 64 - 1, 2 ** 64 + 1,
              2 ** 80 + 2 ** 27, 2 ** 80 + 2 ** 27 + 1, -(2 ** 80 + 2 ** 28 - 1), 10 ** 22, 10 ** 23,
              2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024, -(2 ** 1023), 3 ** 500]
    values += [rng.getrandbits(rng.randint(60, 1030)) for _ in range(30)]
    return [(str(v), outcome(lambda: bits(float(v)))) for v in values]


PERCENT_CASES = [
    ("%5.2f", (3.14159,)), ("%x", (255,)), ("%#o", (8,)), ("%+d", (5,)), ("%e", (12345.678,)),
    ("%g", (0.0001,)), ("%-5d|", (3,)), ("%05d", (-42,)), ("%+05x", (255,)), ("%#08x", (-255,)),
    ("%#X", (255,)), ("%#.5x", (255,)), ("% d", (5,)), ("%+ d", (5,)), ("%-+8.3f|", (3.14159,)),
    ("%08.3e", (-1.5,)), ("%.3s", ("abcdef",)), ("%10.3s|", ("abcdef",)), ("%-10s|", ("ab",)),
    ("%05s", ("ab",)), ("%c", (65,)), ("%5c", (65,)), ("%-3c|", (65,)), ("%c", ("x",)),
    ("%#x", (0,)), ("%#.3o", (8,)), ("%.0f", (0.5,)), ("%.0f", (1.5,)), ("%#.0f", (1.0,)),
    ("%#g", (1.0,)), ("%g", (1e16,)), ("%g", (123456789.0,)), ("%r", ("a",)), ("%5%", ()),
    ("%-5%|", ()), ("%ld", (5,)), ("%hd", (5,)), ("%Ld", (5,)), ("%lld", (5,)), ("%i %u", (5, 6)),
    ("%F", (math.inf,)), ("%f", (math.nan,)), ("%010f", (math.inf,)), ("%+f", (math.nan,)),
    ("%05.1f", (-0.0,)), ("%d", (-0,)), ("%.3d", (-5,)), ("%08.3d", (-5,)), ("%y", (1,)),
    ("%y", ()), ("% %", (1,)), ("%", ()), ("abc%", (1,)), ("%5", (1,)), ("%.", (1,)),
    ("%(a", {}), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a(b))s", {"a(b)": 1}),
    ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)),
    ("%.*f", (-2, 3.14159)), ("%*.*f|", (10, 3, 2.5)), ("%d %d", (1,)), ("%d", (1, 2)),
    ("%s", ((),)), ("100%%", ()), ("%%%d%%", (7,)), ("%d", (3.99,)), ("%d", (-3.99,)),
    ("%x", (3.5,)), ("%d", ("x",)), ("%f", (10,)), ("%e", (2 ** 1024,)), ("%c", (0x110000,)),
    ("%c", (-1,)), ("%c", ("ab",)), ("%99999999999999999999d", (1,)), ("%.99999999999d", (1,)),
    ("%.2147483647d", (1,)), ("%s \u00e9 %d", ("\u65e5", 5)), ("%\u00e9", (1,)),
    ("%.1e|%.1E|%.1g|%.1G", (0.15, 0.25, 1e-5, 1e20)), ("%20.10e|", (1 / 3,)), ("%-+020.3f|", (2.5,)),
    ("%+.3d", (7,)), ("% 05d", (7,)), ("%#5o", (0,)), ("%#-8X|", (3054,)), ("%0-8d|", (3,)),
    ("%o", (-8,)), ("%x", (2 ** 100,)), ("%d", (-(10 ** 30),)), ("%,d", (1,)), ("%5.1s|", ("xyz",)),
    ("%a", ("a",)), ("%.0s|", ("abc",)), ("%s", ("",)), ("%+s", ("a",)), ("%+5c", (66,)),
    ("%(x)5.1f|", {"x": 2.25}), ("%()s", {"": "empty"}), ("%(a)s", ("notamapping",)),
]


def percent_cases():
    return [(fmt, args, outcome(lambda: fmt % args)) for fmt, args in PERCENT_CASES]


def swift_arg(v):
    if isinstance(v, bool):
        raise TypeError("no bools")
    if isinstance(v, int):
        return ".int(%s)" % lit(str(v))
    if isinstance(v, float):
        return ".float(%s)" % bits(v)
    if isinstance(v, str):
        return ".str(%s)" % lit(v)
    if isinstance(v, tuple) and not v:
        return ".emptyTuple"
    raise TypeError(v)


def swift_args(args):
    if isinstance(args, dict):
        return ".mapping([%s])" % ", ".join("(%s, %s)" % (lit(k), swift_arg(v)) for k, v in args.items()) if args else ".mapping([])"
    return ".tuple([%s])" % ", ".join(swift_arg(v) for v in args)


# str.format: positional args are ints 3, 1, 2; keywords x=7, y='why', w=5,
# d={'k': 'v', 1: 'one'}.
TEMPLATE_ARGS = (3, 1, 2)
TEMPLATE_KWARGS = {"x": 7, "y": "why", "w": 5, "d": {"k": "v", 1: "one"}}
TEMPLATES = [
    "", "plain", "{}", "{} {}", "{0} {1} {0}", "{x} {y}", "{{}}", "{{", "}}", "a}b", "{", "a{",
    "{0", "{0:", "{0:{", "{0{}", "{!r}", "{0!}", "{0!r", "{0!rx}", "{0!x}", "{0!r:>6}", "{y!r}",
    "{y!s:^7}", "{y!a}", "{0}{}", "{}{0}", "{x}{}", "{:{}}", "{:{w}}", "{0:{1}}", "{0:{}}",
    "{:{0}}", "{:{}{}}", "{0:{{}}}", "{0:{1:{2}}}", "{:{:{}}}", "{y[0]}", "{y[2]}", "{y[3]}",
    "{d[k]}", "{d[1]}", "{d[2]}", "{d[]}", "{d[k]x}", "{d[k}", "{0.real}", "{0.}", "{0..real}",
    "{0.real.imag}", "{0.foo}", "{x.real:+}", "{3}", "{z}", "{ 0 }", "{0 }", "{-1}",
    "{99999999999999999999}", "{0[99999999999999999999]}", "{\u0660}", "{0:>{w}.{x}}",
    "{:x}{:o}{:b}", "{0:d}", "{y:d}", "{0:s}", "{1:,}", "{x:{y}}", "{:}}", "{0}}", "x{}y}",
    "{0!\u00e9}", "{0!\x00}", "{0:\u00e9^9}", "left {0:<5}|{1:^5}|{2:>5} right", "{0[}",
    "{0.a[b", "{[}", "{0]}", "{0:{1}{2}}", "{:{{}}}", "{:>{w}}{}", "{x!s:{w}}",
]


def template_cases():
    return [(t, outcome(lambda: t.format(*TEMPLATE_ARGS, **TEMPLATE_KWARGS))) for t in TEMPLATES]


def emit(name, element_type, rows):
    print("    static let %s: [%s] = [" % (name, element_type))
    for row in rows:
        print("        (%s)," % ", ".join(row))
    print("    ]")
    print()


def main():
    print("// Generated by generate_format_cases.py from CPython %s. Do not edit." % sys.version.split()[0])
    print("// swiftlint:disable all")
    print()
    print("enum GeneratedFormatCases {")
    emit("floatRepr", "(bits: UInt64, expected: String)", [(b, lit(r)) for b, r in repr_cases()])
    emit("floatFormat", "(bits: UInt64, spec: String, expected: String)",
         [(b, lit(s), lit(r)) for b, s, r in float_format_cases()])
    emit("intFormat", "(value: String, spec: String, expected: String)",
         [(lit(v), lit(s), lit(r)) for v, s, r in int_format_cases()])
    emit("stringFormat", "(value: String, spec: String, expected: String)",
         [(lit(v), lit(s), lit(r)) for v, s, r in string_format_cases()])
    emit("round", "(bits: UInt64, digits: Int?, expected: String)",
         [(b, n, lit(r)) for b, n, r in round_cases()])
    emit("intParse", "(text: String, base: Int, expected: String)",
         [(lit(t), str(b), lit(r)) for t, b, r in int_parse_cases()])
    emit("floatParse", "(text: String, expected: String)",
         [(lit(t), lit(r)) for t, r in float_parse_cases()])
    emit("intToString", "(value: String, base: Int, expected: String)",
         [(lit(v), str(b), lit(r)) for v, b, r in int_to_string_cases()])
    emit("intToDouble", "(value: String, expected: String)",
         [(lit(v), lit(r)) for v, r in int_to_double_cases()])
    emit("percent", "(format: String, arguments: PercentTestArguments, expected: String)",
         [(lit(f), swift_args(a), lit(r)) for f, a, r in percent_cases()])
    emit("template", "(template: String, expected: String)",
         [(lit(t), lit(r)) for t, r in template_cases()])
    print("}")


if __name__ == "__main__":
    main()
