import XCTest
@testable import TutorLanguage

/// list and tuple methods, called directly and as explicit special methods.
/// Expected output was produced by CPython 3.11 running the same snippets.
final class ListMethodTests: XCTestCase {
    func testAppendExtendInsert() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [1]
        l.append(2); l.append([3]); print(l)
        l.extend((4, 5)); l.extend(range(2)); l.extend('ab'); l.extend({7: 0}); print(l)
        x = [1, 2]; x.extend(x); print(x)
        l = [1, 2, 3]
        l.insert(0, 'a'); l.insert(-1, 'b'); l.insert(-100, 'c'); l.insert(100, 'd'); l.insert(True, 'e'); print(l)
        show(lambda: [].append())
        show(lambda: [].append(1, 2))
        show(lambda: [].append(x=1))
        show(lambda: [].extend(5))
        show(lambda: [].insert(1))
        show(lambda: [].insert('a', 1))
        show(lambda: [].insert(10**30, 1))
        show(lambda: [].insert(x=1))
        show(lambda: list.append())
        show(lambda: list.append(5, 1))
        """#, #"""
        [1, 2, [3]]
        [1, 2, [3], 4, 5, 0, 1, 'a', 'b', 7]
        [1, 2, 1, 2]
        ['c', 'e', 'a', 1, 2, 'b', 3, 'd']
        TypeError list.append() takes exactly one argument (0 given)
        TypeError list.append() takes exactly one argument (2 given)
        TypeError list.append() takes no keyword arguments
        TypeError 'int' object is not iterable
        TypeError insert expected 2 arguments, got 1
        TypeError 'str' object cannot be interpreted as an integer
        OverflowError Python int too large to convert to C ssize_t
        TypeError list.insert() takes no keyword arguments
        TypeError unbound method list.append() needs an argument
        TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object
        """#)
    }

    func testPop() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [1, 2, 3, 4, 5]
        print(l.pop(), l.pop(0), l.pop(-1), l.pop(1), l)
        show(lambda: [].pop())
        show(lambda: [1].pop(5))
        show(lambda: [1].pop(-2))
        show(lambda: [1].pop('a'))
        show(lambda: [1].pop(1, 2))
        show(lambda: [1, 2].pop(10**30))
        show(lambda: [].pop(10**30))
        """#, #"""
        5 1 4 3 [2]
        IndexError pop from empty list
        IndexError pop index out of range
        IndexError pop index out of range
        TypeError 'str' object cannot be interpreted as an integer
        TypeError pop expected at most 1 argument, got 2
        OverflowError Python int too large to convert to C ssize_t
        OverflowError Python int too large to convert to C ssize_t
        """#)
    }

    func testRemoveIndexCount() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [1, 2, 3, 2, 1.0, 'a']
        l.remove(2); print(l)
        l.remove(1); print(l)
        print(l.index(2), l.index('a'), l.index(1), l.index(2, -10, 100), l.index(2, 1))
        print(l.count(2), l.count(1), l.count(True), l.count('z'))
        show(lambda: l.remove('zz'))
        show(lambda: l.index(5))
        show(lambda: l.index('b'))
        show(lambda: l.index(3, 0, 1))
        show(lambda: l.index(3, 'a'))
        show(lambda: l.index(3, 10**30))
        show(lambda: l.index(3, -10**30))
        show(lambda: l.index())
        show(lambda: l.count())
        nan = float('nan')
        print([nan].count(nan), [nan].index(nan), [[1], [2]].index([2]))
        class Eq:
            def __init__(self, v): self.v = v
            def __eq__(self, o):
                print('eq', self.v)
                return False
        print([Eq(1), Eq(2)].count(0))
        """#, #"""
        [1, 3, 2, 1.0, 'a']
        [3, 2, 1.0, 'a']
        1 3 2 1 1
        1 1 1 0
        ValueError list.remove(x): x not in list
        ValueError 5 is not in list
        ValueError 'b' is not in list
        0
        TypeError slice indices must be integers or have an __index__ method
        ValueError 3 is not in list
        0
        TypeError index expected at least 1 argument, got 0
        TypeError list.count() takes exactly one argument (0 given)
        1 0 1
        eq 1
        eq 2
        0
        """#)
    }

    func testSort() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [3, 1, 2]; l.sort(); print(l)
        l.sort(reverse=True); print(l)
        l.sort(reverse=0); print(l)
        l = ['pear', 'Apple', 'fig', 'date']
        l.sort(key=len); print(l)
        l.sort(key=str.lower); print(l)
        l.sort(key=None); print(l)
        pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
        pairs.sort(key=lambda p: p[0]); print(pairs)
        pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
        print(sorted([2.5, 1, True, -3]), [].sort())
        show(lambda: [3, 'a', 1].sort())
        show(lambda: [3, 1].sort(1))
        show(lambda: [3, 1].sort(foo=1))
        show(lambda: [2, 1].sort(reverse='a'))
        show(lambda: [2, 1].sort(reverse=None))
        show(lambda: [2, 1].sort(key=1))
        show(lambda: [1, 2].sort(1, 2, 3))
        show(lambda: list.sort(5))
        """#, #"""
        [1, 2, 3]
        [3, 2, 1]
        [1, 2, 3]
        ['fig', 'pear', 'date', 'Apple']
        ['Apple', 'date', 'fig', 'pear']
        ['Apple', 'date', 'fig', 'pear']
        [(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]
        [(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]
        [-3, 1, True, 2.5] None
        TypeError '<' not supported between instances of 'str' and 'int'
        TypeError sort() takes no positional arguments
        TypeError 'foo' is an invalid keyword argument for sort()
        TypeError 'str' object cannot be interpreted as an integer
        TypeError 'NoneType' object cannot be interpreted as an integer
        TypeError 'int' object is not callable
        TypeError sort() takes at most 2 arguments (3 given)
        TypeError descriptor 'sort' for 'list' objects doesn't apply to a 'int' object
        """#)
    }

    func testSortModification() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [3, 1, 2]
        def k(x):
            print('length seen by key:', len(l))
            return x
        l.sort(key=k); print(l)
        def grow(x):
            l.append(x)
            return x
        show(lambda: l.sort(key=grow)); print(l)
        def sneaky(x):
            l.append(x); l.pop()
            return x
        show(lambda: l.sort(key=sneaky)); print(l)
        def fails(x):
            if x == 2: raise KeyError('bad key')
            return x
        l = [3, 2, 1]
        show(lambda: l.sort(key=fails)); print(l)
        """#, #"""
        length seen by key: 0
        length seen by key: 0
        length seen by key: 0
        [1, 2, 3]
        ValueError list modified during sort
        [1, 2, 3]
        ValueError list modified during sort
        [1, 2, 3]
        KeyError 'bad key'
        [3, 2, 1]
        """#)
    }

    func testReverseCopyClear() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        l = [1, 2, 3]
        l.reverse(); print(l)
        c = l.copy(); c.append(4); print(l, c, c is l)
        nested = [[1], [2]]; cp = nested.copy(); cp[0].append(9); print(nested)
        c.clear(); print(c, l)
        show(lambda: l.reverse(1))
        show(lambda: l.copy(1))
        show(lambda: l.clear(1))
        """#, #"""
        [3, 2, 1]
        [3, 2, 1] [3, 2, 1, 4] False
        [[1, 9], [2]]
        [] [3, 2, 1]
        TypeError list.reverse() takes no arguments (1 given)
        TypeError list.copy() takes no arguments (1 given)
        TypeError list.clear() takes no arguments (1 given)
        """#)
    }

    func testDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        x = [1, 2, 3]
        print(x.__len__(), x.__getitem__(0), x.__getitem__(-1), x.__getitem__(slice(None, None, -1)), x.__contains__(2), x.__contains__(9))
        x.__setitem__(0, 'a'); x.__setitem__(slice(1, 2), [7, 8]); x.__delitem__(-1); print(x)
        print(list(x.__iter__()), list(x.__reversed__()), x.__repr__(), repr([[1], 'a', None]))
        print([1, 2].__add__([3]), [1].__mul__(3), [1].__rmul__(2), [1].__mul__(-1), [1].__mul__(True))
        y = [1]
        print(y.__iadd__((2, 3)) is y, y.__imul__(2) is y, y)
        print([1, 2].__eq__([1, 2]), [1].__eq__((1,)), [1].__ne__([2]), [1].__lt__([2]), [2].__le__([1]), [2].__gt__([1]), [1].__ge__([1, 0]), [1].__lt__(5))
        print(list.__hash__, list.__len__([4, 5]))
        show(lambda: [1].__getitem__(5))
        show(lambda: [1].__getitem__('a'))
        show(lambda: [1].__getitem__(10**30))
        show(lambda: [1].__getitem__(1, 2))
        show(lambda: [1].__setitem__(5, 0))
        show(lambda: [1].__setitem__(1))
        show(lambda: [1].__delitem__(5))
        show(lambda: [1].__add__((1,)))
        show(lambda: [1].__mul__(2.0))
        show(lambda: [1].__mul__(10**30))
        show(lambda: [1].__iadd__(5))
        show(lambda: [1].__len__(1))
        show(lambda: [1].__len__(x=1))
        show(lambda: [1].__contains__())
        show(lambda: [1].__eq__())
        show(lambda: list.__len__())
        show(lambda: list.__len__(5))
        show(lambda: list.__eq__(1, []))
        show(lambda: [].__reversed__(1))
        show(lambda: hash([]))
        """#, #"""
        3 1 3 [3, 2, 1] True False
        ['a', 7, 8]
        ['a', 7, 8] [8, 7, 'a'] ['a', 7, 8] [[1], 'a', None]
        [1, 2, 3] [1, 1, 1] [1, 1] [] [1]
        True True [1, 2, 3, 1, 2, 3]
        True NotImplemented True True False True False NotImplemented
        None 2
        IndexError list index out of range
        TypeError list indices must be integers or slices, not str
        IndexError cannot fit 'int' into an index-sized integer
        TypeError list.__getitem__() takes exactly one argument (2 given)
        IndexError list assignment index out of range
        TypeError  expected 2 arguments, got 1
        IndexError list assignment index out of range
        TypeError can only concatenate list (not "tuple") to list
        TypeError 'float' object cannot be interpreted as an integer
        OverflowError cannot fit 'int' into an index-sized integer
        TypeError 'int' object is not iterable
        TypeError expected 0 arguments, got 1
        TypeError wrapper __len__() takes no keyword arguments
        TypeError expected 1 argument, got 0
        TypeError expected 1 argument, got 0
        TypeError descriptor '__len__' of 'list' object needs an argument
        TypeError descriptor '__len__' requires a 'list' object but received a 'int'
        TypeError descriptor '__eq__' requires a 'list' object but received a 'int'
        TypeError list.__reversed__() takes no arguments (1 given)
        TypeError unhashable type: 'list'
        """#)
    }

    func testReversedIteratorSeesChanges() {
        expectContainerOutput(#"""
        l = [1, 2, 3]
        r = l.__reversed__()
        print(next(r))
        l.pop(); l.pop()
        print(list(r))
        """#, #"""
        3
        []
        """#)
    }

    func testTupleMethods() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t = (1, 2, 1, [3], 'a')
        print(t.count(1), t.count([3]), t.count(9), t.index(1), t.index(1, 1), t.index([3]), t.index('a', -1))
        show(lambda: t.index(99))
        show(lambda: t.index(2, 2))
        show(lambda: t.index(1, 0, 0))
        show(lambda: t.index())
        show(lambda: t.count())
        show(lambda: tuple.count())
        show(lambda: tuple.count([1], 1))
        """#, #"""
        2 1 0 0 2 3 4
        ValueError tuple.index(x): x not in tuple
        ValueError tuple.index(x): x not in tuple
        ValueError tuple.index(x): x not in tuple
        TypeError index expected at least 1 argument, got 0
        TypeError tuple.count() takes exactly one argument (0 given)
        TypeError unbound method tuple.count() needs an argument
        TypeError descriptor 'count' for 'tuple' objects doesn't apply to a 'list' object
        """#)
    }

    func testTupleDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        t = (1, 2, 3)
        print(t.__len__(), t.__getitem__(1), t.__getitem__(slice(1, None)), t.__contains__(3), t.__contains__(9), list(t.__iter__()))
        print(t.__add__((4,)), t.__mul__(2), t.__rmul__(0), t.__hash__() == hash(t), (1,).__repr__(), ().__repr__())
        print(t.__eq__((1, 2, 3)), t.__eq__([1, 2, 3]), t.__ne__((1,)), t.__lt__((1, 3)), t.__ge__((1, 2, 3)), t.__gt__(5))
        show(lambda: t.__add__([1]))
        show(lambda: t.__getitem__(3))
        show(lambda: t.__getitem__())
        show(lambda: t.__mul__('a'))
        show(lambda: (1, [2]).__hash__())
        show(lambda: tuple.__hash__([]))
        """#, #"""
        3 2 (2, 3) True False [1, 2, 3]
        (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) () True (1,) ()
        True NotImplemented True True True NotImplemented
        TypeError can only concatenate tuple (not "list") to tuple
        IndexError tuple index out of range
        TypeError expected 1 argument, got 0
        TypeError 'str' object cannot be interpreted as an integer
        TypeError unhashable type: 'list'
        TypeError descriptor '__hash__' requires a 'tuple' object but received a 'list'
        """#)
    }
}
