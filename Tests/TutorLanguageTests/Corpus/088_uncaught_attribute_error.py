# Uncaught AttributeError: 'C' object has no attribute 'x'.
class C:
    def __init__(self):
        self.y = 1
    def show(self):
        return "y=%d" % self.y
c = C()
print(c.show())
print(hasattr(c, "x"))
print(getattr(c, "x", "default"))
print(c.x)
print("never printed")
