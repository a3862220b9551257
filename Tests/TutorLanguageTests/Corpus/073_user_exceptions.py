# User-defined exception hierarchies with __init__ and __str__.
class AppError(Exception):
    """Base class for application errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(f"no item with key {key!r}")
class RetryableError(AppError):
    attempts = 0
class Plain(Exception):
    pass
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int")
    if age < 0:
        raise ValidationError("age", f"must be >= 0, got {age}")
    return age
for value in [30, -1, "x"]:
    try:
        print("valid", validate(value))
    except ValidationError as e:
        print("ValidationError:", e, "| field =", e.field, "| args =", e.args)
try:
    raise NotFound("abc")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
print(issubclass(ValidationError, AppError), issubclass(NotFound, ValidationError))
try:
    raise Plain
except Plain as e:
    print("Plain with no args:", repr(str(e)), e.args, repr(e))
print(repr(Plain("x", 1)))
print(repr(ValidationError("f", "p")))
def handler(exc):
    try:
        raise exc
    except ValidationError:
        return "validation"
    except NotFound as nf:
        return "not found " + nf.key
    except AppError:
        return "generic app error"
    except Exception:
        return "other"
print(handler(ValidationError("a", "b")), handler(NotFound("k")), handler(RetryableError()), handler(ValueError()))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
class Counted(Exception):
    count = 0
    def __init__(self, *args):
        super().__init__(*args)
        Counted.count += 1
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print("Counted raised", Counted.count, "times")
class Wrapper(AppError):
    def __init__(self, inner):
        super().__init__("wrapped " + type(inner).__name__)
        self.inner = inner
try:
    try:
        {}["x"]
    except KeyError as ke:
        raise Wrapper(ke) from ke
except Wrapper as w:
    print(w, "| inner:", repr(w.inner), "| cause is inner:", w.__cause__ is w.inner)
