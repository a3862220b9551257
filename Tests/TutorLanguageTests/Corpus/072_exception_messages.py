# Messages of common built-in errors, printed via type(e).__name__ and str(e).
def show(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.5 // 0.0)
show(lambda: divmod(1, 0))
show(lambda: [1, 2, 3][5])
show(lambda: (1,)[-9])
show(lambda: "abc"[3])
show(lambda: range(2)[2])
show(lambda: {"a": 1}["missing"])
show(lambda: {1: 1}[2])
show(lambda: int("abc"))
show(lambda: float("1,5"))
show(lambda: [].index(1))
show(lambda: "x".index("y"))
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] * "2")
show(lambda: 3 < "x")
show(lambda: len(42))
nothing = None
show(lambda: nothing())
show(lambda: (1, 2)[nothing])
show(lambda: {}.get())
show(lambda: object().missing)
show(lambda: undefined_variable)
def unbound():
    print(value)
    value = 1
show(unbound)
show(lambda: next(iter([])))
def raise_runtime():
    raise RuntimeError("something went wrong")
show(raise_runtime)
def raise_timeout():
    raise TimeoutError("operation timed out after 5s")
show(raise_timeout)
def failing_assert():
    assert 1 > 2, "one is not greater than two"
show(failing_assert)
show(lambda: [].pop())
show(lambda: {}.pop("k"))
show(lambda: set().pop())
show(lambda: "abc".nothing)
show(lambda: 0.0 ** -1)
show(lambda: 2 ** 10000 * 1.0)
show(lambda: sum([1], "s"))
show(lambda: hash([1]))
def one_arg(a):
    return a
def no_args():
    return 0
def kw_only(*, k):
    return k
show(lambda: one_arg())
show(lambda: no_args(1))
show(lambda: kw_only(k=1, j=2))
show(lambda: one_arg(1, 2))
show(lambda: print(end=3))
