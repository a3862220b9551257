// No input may crash or hang the parser: random and mutated programs, and pathological
// nesting on a thread with a small stack, must end in a tree or a SyntaxErrorInfo.

import Foundation
import XCTest
@testable import TutorSyntax

final class ParserRobustnessTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so failures can be reproduced.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    private static let seeds: [String] = [
        "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a + b * c ** -d\n",
        "class A(B, metaclass=M):\n    x: int = 1\n    async def m(self):\n        async with a as b:\n            await c\n",
        "x = [i for i in range(10) if i % 2 if i > 3]\ny = {k: v for k, v in d.items()}\nz = {*a, *b}\n",
        "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del x[0], y.z\n",
        "print(f'{x!r:>{width}} and {y=} {{literal}}', sep='')\ns = b'\\x00' rb'\\n'\n",
        "lambda *, k=1: (yield k)\nwhile (n := n - 1) > 0:\n    continue\nelse:\n    break\n",
        "if a:\n    pass\nelif b:\n    x = 1 if c else 2\nelse:\n    import os.path as p\n    from .. import (q, r,)\n",
        "with (open(a) as f, open(b) as g):\n    data = f.read()[1:2, ::3]\n    g.write(data)\n",
        "@decorator(arg)\ndef gen():\n    yield from other()\n    global counter\n    counter += 0x_ff + 0o17 + 0b1 + 1_000.5e-3j\n",
        "x = '''multi\nline''' + \"\"\"another\"\"\"\ny = (1,\n     2,\n     3)\nz = a \\\n    + b\n",
        "for i, (j, *k) in enumerate(zip(a, b)):\n    assert i, 'msg'\n    nonlocal_name = not i in j and k is not None\n",
    ]

    private static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "'''", "\\", "\n", "\t", "    ", "#", "=", "==",
        "f'{", "}'", "lambda", "if", "else", "for", "in", "not", "*", "**", "@", ".", "...", "0x", "1e", "j",
        "yield", "await", "async", ":=", "!", "$", "é", "\u{0C}", "\r", "b'", "r'", "{{", "}}", "!r", "=", ";",
    ]

    private func parseAllModes(_ source: String) {
        for mode in 0..<3 {
            do {
                switch mode {
                case 0: _ = try Parser.parseModule(source, filename: "fuzz.py")
                case 1: _ = try Parser.parseExpression(source, filename: "fuzz.py")
                default: _ = try Parser.parseInteractive(source, filename: "fuzz.py")
                }
            } catch is SyntaxErrorInfo {
                // Expected for most mutations.
            } catch {
                XCTFail("non-syntax error \(error) for \(source.debugDescription)")
            }
        }
    }

    private func mutate(_ source: String, using generator: inout SeededGenerator) -> String {
        var characters = Array(source)
        let edits = Int.random(in: 1...4, using: &generator)
        for _ in 0..<edits {
            let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0 where !characters.isEmpty:
                characters.remove(at: position)
            case 1 where !characters.isEmpty:
                let length = Int.random(in: 1...min(12, characters.count - position), using: &generator)
                characters.insert(contentsOf: characters[position..<(position + length)], at: position)
            case 2:
                let fragment = Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &generator)]
                characters.insert(contentsOf: fragment, at: position)
            case 3 where !characters.isEmpty:
                let length = Int.random(in: 1...min(20, characters.count - position), using: &generator)
                characters.removeSubrange(position..<(position + length))
            default:
                let scalar = Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator))
                characters.insert(Character(scalar), at: position)
            }
        }
        return String(characters)
    }

    func testMutatedProgramsNeverCrash() {
        var generator = SeededGenerator(state: 20_251_122)
        for seed in Self.seeds {
            parseAllModes(seed)
            XCTAssertNoThrow(try Parser.parseModule(seed, filename: "seed.py"), seed)
        }
        for _ in 0..<2500 {
            let seed = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &generator)]
            parseAllModes(mutate(seed, using: &generator))
        }
    }

    func testRandomCharacterSoupNeverCrashes() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<800 {
            var source = ""
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                if Bool.random(using: &generator) {
                    source += Self.fragments[Int.random(in: 0..<Self.fragments.count, using: &generator)]
                } else {
                    source.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
                }
            }
            parseAllModes(source)
        }
    }

    /// Runs `body` on a thread with a 512 KB stack, as interpreter threads may have.
    private func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let finished = expectation(description: "parsed on a small stack")
        let thread = Thread {
            body()
            finished.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [finished], timeout: 60)
    }

    private static func outcome(_ source: String) -> String {
        do {
            _ = try Parser.parseModule(source, filename: "deep.py")
            return "ok"
        } catch let error as SyntaxErrorInfo {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    func testPathologicalNestingEndsInSyntaxErrors() {
        func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }
        let cases: [(String, String)] = [
            (repeated("(", 199) + "1" + repeated(")", 199), "ok"),
            (repeated("[", 150) + repeated("{", 49) + repeated("}", 49) + repeated("]", 150), "ok"),
            ("f" + repeated("(g", 198) + repeated(")", 198), "ok"),
            (repeated("(", 201) + "1" + repeated(")", 201), "too many nested parentheses"),
            (repeated("-", 20000) + "1", "too complex"),
            (repeated("not ", 20000) + "x", "too complex"),
            (repeated("lambda: ", 5000) + "1", "too complex"),
            (repeated("1 if 1 else ", 5000) + "1", "too complex"),
            (repeated("1+", 20000) + "1", "too complex"),
            (repeated("2**", 20000) + "2", "too complex"),
            (repeated("a.", 20000) + "b", "too complex"),
            ("x" + repeated("()", 20000), "too complex"),
            (repeated("1+", 20000) + "$", "invalid syntax"),
            ("if x:\n pass\n" + repeated("elif x:\n pass\n", 3000), "too complex"),
            (repeated("(lambda: ", 190) + "1" + repeated(")", 190), "ok"),
            ("f'{" + repeated("(", 190) + "1" + repeated(")", 190) + "}'", "ok"),
            ("f'''{f\"{f'{" + repeated("[", 100) + repeated("]", 100) + "}'}\"}'''", "ok"),
            (repeated("[x for x in ", 150) + "y" + repeated("]", 150), "ok"),
            (repeated("a and ", 20000) + "b", "ok"),
            (repeated("x;", 20000), "ok"),
            (repeated("@d\n", 5000) + "def f(): pass", "ok"),
        ]
        onSmallStack {
            for (source, expected) in cases {
                let outcome = Self.outcome(source)
                XCTAssertEqual(outcome, expected, String(source.prefix(40)))
            }
        }
    }

    func testSmallInputsParseOnTheCallersSmallStack() {
        onSmallStack {
            for _ in 0..<200 {
                XCTAssertEqual(Self.outcome("x = (a + b) * [c, d][0] if e else f(g, h=1)"), "ok")
            }
            XCTAssertEqual(Self.outcome(String(repeating: "(", count: 8) + "1" + String(repeating: ")", count: 8)), "ok")
        }
    }

    func testLargeProgramParsesQuickly() throws {
        var lines: [String] = []
        for index in 0..<2000 {
            lines.append("def function_\(index)(a, b=\(index), *args, **kwargs):")
            lines.append("    result = [x * 2 for x in range(a) if x % 3] + list(args)")
            lines.append("    if result and b > 10:")
            lines.append("        return {'key': result, 'text': f'{a!r:>10} {b}'}")
            lines.append("    return None")
        }
        let source = lines.joined(separator: "\n") + "\n"
        let start = Date()
        let module = try Parser.parseModule(source, filename: "big.py")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(module.body.count, 2000)
        // Generous: debug builds are far slower than release, where this takes a few tens of milliseconds.
        XCTAssertLessThan(elapsed, 5)
    }
}
