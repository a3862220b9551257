# @property with setter, @staticmethod, @classmethod.
class Celsius:
    def __init__(self, degrees=0):
        self.degrees = degrees
    @property
    def degrees(self):
        print("getting")
        return self._degrees
    @degrees.setter
    def degrees(self, value):
        print("setting", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value
    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32
c = Celsius(25)
print(c.degrees)
c.degrees = 100
print(c.fahrenheit)
try:
    c.degrees = -300
except ValueError as e:
    print("ValueError:", e)
try:
    c.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(c._degrees)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
    @property
    def name(self):
        return "circle"
    @name.deleter
    def name(self):
        print("deleting name (ignored)")
print(Circle(2).area)
del Circle(1).name
class MathUtil:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
    @classmethod
    def make(cls):
        return cls()
    def __repr__(self):
        return type(self).__name__ + "()"
class SubUtil(MathUtil):
    factor = 100
print(MathUtil.add(2, 3), MathUtil().add(4, 5))
print(MathUtil.scaled(2), SubUtil.scaled(2), SubUtil().scaled(3))
print(MathUtil.make(), SubUtil.make())
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)
print(Date.from_string("2024-02-29"), Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000))
print(type(Celsius.degrees).__name__)
class Lazy:
    def __init__(self):
        self._cache = None
    @property
    def value(self):
        if self._cache is None:
            print("computing")
            self._cache = 42
        return self._cache
lz = Lazy()
print(lz.value, lz.value)
