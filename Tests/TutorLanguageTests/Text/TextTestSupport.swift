import BigInt
import Foundation
import XCTest
@testable import TutorLanguage

/// Runs `body` and renders its result the way generate_format_cases.py records CPython:
/// the value itself, or "!<Exception>: <message>".
func textOutcome(_ body: () throws -> String) -> String {
    do {
        return try body()
    } catch let error as FormatError {
        return "!" + error.description
    } catch let error as TextTestError {
        return "!" + error.description
    } catch {
        return "!unexpected \(error)"
    }
}

/// Exceptions raised by the test renderers on behalf of the interpreter.
struct TextTestError: Error, CustomStringConvertible {
    let description: String
    init(_ type: String, _ message: String) { description = "\(type): \(message)" }
}

func bigInt(_ decimal: String) -> BigInt {
    guard let value = BigInt(decimal) else { fatalError("bad test literal \(decimal)") }
    return value
}

func double(bits: UInt64) -> Double { Double(bitPattern: bits) }

func describeBits(_ x: Double) -> String { String(format: "0x%016lx", x.bitPattern) }
