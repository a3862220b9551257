import XCTest
@testable import TutorLanguage

/// dict methods and the dict views.
/// Expected output was produced by CPython 3.11 running the same snippets.
final class DictMethodTests: XCTestCase {
    func testGetSetdefault() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {'a': 1}
        print(d.get('a'), d.get('b'), d.get('b', 0), d.setdefault('b', 2), d.setdefault('a', 9), d.setdefault('c'), d)
        show(lambda: d.get())
        show(lambda: d.get(1, 2, 3))
        show(lambda: d.get([]))
        show(lambda: d.setdefault())
        show(lambda: d.get(key='a'))
        """#, #"""
        1 None 0 2 1 None {'a': 1, 'b': 2, 'c': None}
        TypeError get expected at least 1 argument, got 0
        TypeError get expected at most 2 arguments, got 3
        TypeError unhashable type: 'list'
        TypeError setdefault expected at least 1 argument, got 0
        TypeError dict.get() takes no keyword arguments
        """#)
    }

    func testPopPopitem() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {'a': 1, 'b': 2, 'c': 3}
        print(d.pop('a'), d.pop('zz', None), d.pop('zz', 0), d)
        print(d.popitem(), d.popitem(), d)
        show(lambda: d.pop('zz'))
        show(lambda: d.popitem())
        show(lambda: d.pop())
        show(lambda: d.popitem(1))
        try:
            {}.popitem()
        except KeyError as e:
            print(repr(e), e.args)
        """#, #"""
        1 None 0 {'b': 2, 'c': 3}
        ('c', 3) ('b', 2) {}
        KeyError 'zz'
        KeyError 'popitem(): dictionary is empty'
        TypeError pop expected at least 1 argument, got 0
        TypeError dict.popitem() takes no arguments (1 given)
        KeyError('popitem(): dictionary is empty') ('popitem(): dictionary is empty',)
        """#)
    }

    func testUpdate() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {}
        d.update({'a': 1}); d.update([('b', 2), ['c', 3]]); d.update(x=1, y=2); d.update({'a': 0}, a=5); d.update(); print(d)
        d.update(zip('pq', range(2))); d.update({'z': 0}.items()); print(d)
        class Mapping:
            def keys(self): return ['k1', 'k2']
            def __getitem__(self, k): return k.upper()
        d.update(Mapping()); print(d)
        show(lambda: d.update(5))
        show(lambda: d.update([1]))
        show(lambda: d.update([(1, 2, 3)]))
        show(lambda: d.update({}, {}))
        """#, #"""
        {'a': 5, 'b': 2, 'c': 3, 'x': 1, 'y': 2}
        {'a': 5, 'b': 2, 'c': 3, 'x': 1, 'y': 2, 'p': 0, 'q': 1, 'z': 0}
        {'a': 5, 'b': 2, 'c': 3, 'x': 1, 'y': 2, 'p': 0, 'q': 1, 'z': 0, 'k1': 'K1', 'k2': 'K2'}
        TypeError 'int' object is not iterable
        TypeError cannot convert dictionary update sequence element #0 to a sequence
        ValueError dictionary update sequence element #0 has length 3; 2 is required
        TypeError update expected at most 1 argument, got 2
        """#)
    }

    func testViewsAndCopy() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {'a': 1, 'b': 2}
        k, v, i = d.keys(), d.values(), d.items()
        print(k, v, i, len(k), len(i))
        d['c'] = 3
        print(list(k), list(v), list(i), 'c' in k, 3 in v, ('c', 3) in i, ('c', 4) in i)
        e = d.copy(); e['z'] = 0; print(d, e)
        e.clear(); print(e, len(d))
        print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k.__len__(), i.__contains__(('a', 1)), list(v.__iter__()))
        print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
        show(lambda: dict.fromkeys())
        show(lambda: dict.fromkeys(5))
        show(lambda: d.keys(1))
        show(lambda: d.copy(1))
        """#, #"""
        dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)]) 2 2
        ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)] True True True False
        {'a': 1, 'b': 2, 'c': 3} {'a': 1, 'b': 2, 'c': 3, 'z': 0}
        {} 3
        ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)] 3 True [1, 2, 3]
        {'a': None, 'b': None} {1: 0, 2: 0} {0: [], 1: [], 2: []} {}
        TypeError fromkeys expected at least 1 argument, got 0
        TypeError 'int' object is not iterable
        TypeError dict.keys() takes no arguments (1 given)
        TypeError dict.copy() takes no arguments (1 given)
        """#)
    }

    func testKeysViewSetOperations() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        k = {1: 'a', 2: 'b', 3: 'c'}.keys()
        print(k & {2, 3, 4}, k | {5}, k - {1}, k ^ {3, 4}, {2, 9} & k, {1, 7} - k, [4] | k)
        print(k == {1, 2, 3}, k != {1}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, {1, 2, 3} == k, k == [1, 2, 3])
        print(k.isdisjoint([7, 8]), k.isdisjoint((1,)), k.__and__({1}), k.__rsub__({1, 4}))
        show(lambda: k.__or__(5))
        items = {1: 10}.items()
        print(items & {(1, 10), (2, 20)}, items | [(2, 20)], items == {(1, 10)}, items - {(1, 10)}, items ^ {(1, 10), (3, 30)})
        show(lambda: k & 5)
        show(lambda: {1: 2}.values() & {2})
        """#, #"""
        {2, 3} {1, 2, 3, 5} {2, 3} {1, 2, 4} {2} {7} {1, 2, 3, 4}
        True True True True True True False
        True False {1} {4}
        TypeError 'int' object is not iterable
        {(1, 10)} {(2, 20), (1, 10)} True set() {(3, 30)}
        TypeError 'int' object is not iterable
        TypeError unsupported operand type(s) for &: 'dict_values' and 'set'
        """#)
    }

    func testDictDunders() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {'x': 1}
        d.__setitem__('y', 2); print(d.__getitem__('y'), d.__contains__('y'), d.__len__(), list(d.__iter__()), list(d.__reversed__()))
        d.__delitem__('x'); print(d, d.__repr__())
        print({1: 2}.__or__({3: 4}), {1: 2}.__or__(5), {1: 2}.__ror__({3: 4}), {1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}), {1: 2}.__eq__(5), {1: 2}.__lt__({}))
        e = {1: 2}
        print(e.__ior__([(3, 4)]) is e, e)
        e |= {5: 6}; e |= [(7, 8)]; print(e, e | {1: 0})
        print(dict.__hash__)
        show(lambda: d.__getitem__('zz'))
        show(lambda: d.__getitem__([]))
        show(lambda: d.__delitem__('zz'))
        show(lambda: d.__contains__([]))
        show(lambda: d.__ior__(5))
        show(lambda: d.__setitem__(1))
        """#, #"""
        2 True 2 ['x', 'y'] ['y', 'x']
        {'y': 2} {'y': 2}
        {1: 2, 3: 4} NotImplemented {3: 4, 1: 2} True True NotImplemented NotImplemented
        True {1: 2, 3: 4}
        {1: 2, 3: 4, 5: 6, 7: 8} {1: 0, 3: 4, 5: 6, 7: 8}
        None
        KeyError 'zz'
        TypeError unhashable type: 'list'
        KeyError 'zz'
        TypeError unhashable type: 'list'
        TypeError 'int' object is not iterable
        TypeError  expected 2 arguments, got 1
        """#)
    }

    func testIterationAfterMutation() {
        expectContainerOutput(#"""
        def show(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__, e)
        d = {1: 2}
        it = iter(d)
        d[3] = 4
        show(lambda: next(it))
        d = {1: 2, 3: 4}
        for key in list(d):
            d.pop(key)
        print(d)
        """#, #"""
        RuntimeError dictionary changed size during iteration
        {}
        """#)
    }
}
