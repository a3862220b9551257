# Single inheritance, super(), overriding and method resolution.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print("Dog.__init__", breed)
class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return "purr... " + Animal.speak(self)
a = Animal("thing")
d = Dog("Rex", "lab")
p = Puppy("Bit", "pug")
c = Cat("Tom")
for x in (a, d, p, c):
    print(x.describe())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(c, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print([k.__name__ for k in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    def hello(self):
        return "base hello"
    def call_hello(self):
        return self.hello()
class Child(Base):
    def hello(self):
        return "child hello"
print(Child().call_hello(), Base().call_hello())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square(3).area())
class Counter:
    total = 0
    def __init__(self):
        type(self).total += 1
class SubCounter(Counter):
    pass
Counter()
SubCounter()
SubCounter()
print(Counter.total, SubCounter.total)
class Account:
    def __init__(self, owner):
        self.owner = owner
    def __str__(self):
        return "Account of " + self.owner
class Savings(Account):
    def __str__(self):
        return super().__str__() + " (savings)"
print(Savings("Ann"))
class NoInit(Dog):
    pass
n = NoInit("Nemo", "mutt")
print(n.breed, n.speak())
