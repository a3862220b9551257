import XCTest
import TutorLanguage

/// Special attributes whose value is None must read as None, not be missing.
final class SpecialAttributeTests: XCTestCase {
    func testNoneValuedSpecialAttributes() {
        let r = runProgram("""
        def f(): pass
        print(f.__defaults__, f.__kwdefaults__, f.__closure__, f.__doc__)
        class A: pass
        print(A.__doc__)
        def g():
            yield 1
        gen = g()
        print(gen.gi_yieldfrom)
        list(gen)
        print(gen.gi_frame)
        """)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, "None None None None\nNone\nNone\nNone\n")
    }
}
