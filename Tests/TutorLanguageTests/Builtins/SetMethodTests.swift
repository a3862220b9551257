import XCTest
@testable import TutorLanguage

/// set and frozenset methods.
/// Expected output was produced by CPython 3.11 running the same snippets.
final class SetMethodTests: XCTestCase {
    func testAddDiscardRemovePop() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = {3, 1, 2}
        s.add(4); s.add(1); s.discard(10); s.discard(3); s.remove(4); print(s)
        print(s.pop(), s, s.pop(), s)
        show(lambda: s.pop())
        show(lambda: s.remove(42))
        show(lambda: s.add([]))
        show(lambda: s.discard([]))
        show(lambda: s.add())
        show(lambda: s.pop(1))
        fs = {frozenset({1})}
        print(fs.__contains__({1}), {1} in fs)
        fs.discard({1}); print(fs)
        fs = {frozenset({1})}; fs.remove({1}); print(fs)
        show(lambda: fs.remove({5}))
        """#, #"""
        {1, 2}
        1 set() 2 set()
        KeyError 'pop from an empty set'
        KeyError 42
        TypeError unhashable type: 'list'
        TypeError unhashable type: 'list'
        TypeError set.add() takes exactly one argument (0 given)
        TypeError set.pop() takes no arguments (1 given)
        True True
        set()
        set()
        KeyError {5}
        """#)
    }

    func testClearCopy() {
        expectContainerOutput(#"""
        s = {1, 2}
        c = s.copy(); c.add(3); print(s, c)
        s.clear(); print(s, len(s))
        f = frozenset([1, 2])
        print(f.copy() is f, f.copy())
        """#, #"""
        {1, 2} {1, 2, 3}
        set() 0
        True frozenset({1, 2})
        """#)
    }

    func testAlgebraMethods() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = {1, 2, 3}
        print(s.union(), s.union([3, 4], (5,)), s.intersection([2, 3, 9], {3}), s.intersection(), s.difference([1], {2}), s.difference())
        print(s.symmetric_difference([3, 4, 4]), s.symmetric_difference({1}), s)
        print(s.issubset([1, 2, 3, 4]), s.issubset({1}), s.issuperset([1, 1]), s.issuperset({9}), s.isdisjoint([7]), s.isdisjoint({1}))
        print(set().issubset([]), set().issuperset(set()), {1}.issubset(range(3)), s.union(range(3)), s.intersection({1: 'a'}))
        show(lambda: s.union(5))
        show(lambda: s.union(x=1))
        show(lambda: s.symmetric_difference([1], [2]))
        show(lambda: s.issuperset(5))
        show(lambda: s.issubset())
        show(lambda: s.intersection([[]]))
        """#, #"""
        {1, 2, 3} {1, 2, 3, 4, 5} {3} {1, 2, 3} {3} {1, 2, 3}
        {1, 2, 4} {2, 3} {1, 2, 3}
        True False True False True False
        True True True {0, 1, 2, 3} {1}
        TypeError 'int' object is not iterable
        TypeError set.union() takes no keyword arguments
        TypeError set.symmetric_difference() takes exactly one argument (2 given)
        TypeError 'int' object is not iterable
        TypeError set.issubset() takes exactly one argument (0 given)
        TypeError unhashable type: 'list'
        """#)
    }

    func testUpdateMethods() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = {1, 2, 3}
        s.update([4], {5}, range(6, 8)); print(s)
        s.intersection_update({1, 2, 4, 5, 6, 7}, [1, 4, 6, 7]); print(s)
        s.difference_update([6], {1}); print(s)
        s.symmetric_difference_update([4, 0, 0]); print(s)
        s.update(); s.intersection_update(); s.difference_update(); print(s)
        s.symmetric_difference_update(s); print(s)
        t = {1, 2}
        t.difference_update(t); print(t)
        show(lambda: t.update(5))
        show(lambda: t.update([[]]))
        show(lambda: t.symmetric_difference_update())
        """#, #"""
        {1, 2, 3, 4, 5, 6, 7}
        {1, 4, 6, 7}
        {4, 7}
        {0, 7}
        {0, 7}
        set()
        set()
        TypeError 'int' object is not iterable
        TypeError unhashable type: 'list'
        TypeError set.symmetric_difference_update() takes exactly one argument (0 given)
        """#)
    }

    func testFrozensetMethods() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        f = frozenset([1, 2, 3])
        print(f.union([4]), f.intersection({2, 3, 4}), f.difference([1]), f.symmetric_difference({3, 4}), f.issubset({1, 2, 3}), f.isdisjoint([4]))
        print(f | {5}, {5} | f, f - {1}, f & {1}, f ^ {1}, type(f.union()).__name__, type(set.union({1})).__name__)
        print(f.__hash__() == hash(f), hash(frozenset()) == frozenset().__hash__(), f.__len__(), f.__contains__(2), sorted(f.__iter__()), f.__repr__())
        show(lambda: f.add(1))
        show(lambda: set.add(f, 1))
        show(lambda: set.union(f, [2]))
        print(frozenset.union(f, [9]), set.__hash__)
        """#, #"""
        frozenset({1, 2, 3, 4}) frozenset({2, 3}) frozenset({2, 3}) frozenset({1, 2, 4}) True True
        frozenset({1, 2, 3, 5}) {1, 2, 3, 5} frozenset({2, 3}) frozenset({1}) frozenset({2, 3}) frozenset set
        True True 3 True [1, 2, 3] frozenset({1, 2, 3})
        AttributeError 'frozenset' object has no attribute 'add'
        TypeError descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
        TypeError descriptor 'union' for 'set' objects doesn't apply to a 'frozenset' object
        frozenset({1, 2, 3, 9}) None
        """#)
    }

    func testOperatorDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = {1, 2}
        print(s.__or__({3}), s.__and__({2, 3}), s.__sub__({1}), s.__xor__({2, 3}), s.__or__([1]), s.__ror__({5}), s.__rsub__({3, 1}), s.__rand__({2}), s.__rxor__({3}))
        print(s.__eq__({1, 2}), s.__eq__([1, 2]), s.__ne__({1}), s.__lt__({1, 2, 3}), s.__le__({1, 2}), s.__gt__({1}), s.__ge__({3}), s.__len__(), s.__contains__(1), s.__repr__(), set().__repr__())
        print(s.__ior__({3}) is s, s)
        print(s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({4}), s.__ior__([1]), s)
        print(frozenset({1}).__or__({2}), {1}.__or__(frozenset({2})), {1}.__contains__({1}))
        show(lambda: {1}.__or__())
        show(lambda: {1}.__contains__([]))
        """#, #"""
        {1, 2, 3} {2} {2} {1, 3} NotImplemented {1, 2, 5} {3} {2} {1, 2, 3}
        True NotImplemented True True True True False 2 True {1, 2} set()
        True {1, 2, 3}
        {3, 4} {3, 4} {3, 4} NotImplemented {3, 4}
        frozenset({1, 2}) {1, 2} False
        TypeError expected 1 argument, got 0
        TypeError unhashable type: 'list'
        """#)
    }

    func testIterationChecks() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        s = {1, 2, 3}
        it = iter(s); next(it); s.add(4)
        show(lambda: next(it))
        s = {1, 2, 3}
        for x in s:
            s.add(x)
        print(s)
        s = {1, 2, 3}
        it = iter(s); next(it); s.update([1, 2]); s.discard(7); print(next(it))
        it = iter(s); next(it); s.update([5]); show(lambda: next(it))
        """#, #"""
        RuntimeError Set changed size during iteration
        {1, 2, 3}
        2
        RuntimeError Set changed size during iteration
        """#)
    }

    /// Native loops over huge iterables still stop at the time limit.
    func testLongNativeLoopsHonourTimeLimit() {
        for source in ["set().update(range(10**15))", "dict.fromkeys(range(10**15))", "{1}.isdisjoint(range(2, 10**15))",
                       "{1: 2}.keys() & range(2, 10**15)"] {
            let r = runContainerSnippetLimited(source, timeLimit: 0.3)
            XCTAssertTrue(r.stderr.contains("time limit exceeded"), "\(source): \(r.stderr)")
        }
    }
}
