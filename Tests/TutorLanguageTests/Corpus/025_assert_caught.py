# assert statements and caught AssertionErrors.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
    print("args:", e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert True, "not raised"
assert [1], "non-empty list is truthy"
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert 1, msg()
print("message not evaluated when passing:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert len("abc") == 4, len("abc")
except AssertionError as e:
    print("message may be an int:", e, type(e.args[0]).__name__)
print(issubclass(AssertionError, Exception))
