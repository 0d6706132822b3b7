# covers: __str__ and __repr__ used by print, str(), repr(), f-strings ({x} and {x!r}) and inside containers
# kind: program
# rule: exact
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


class Plain:
    def __str__(self):
        return "plain"


p = Point(1, 2.5)
print(p)
print(str(p), repr(p))
print(f"{p} {p!r}")
print([p, Point("a", None)])
print({"origin": Point(0, 0)})
print(Plain(), str(Plain()))
print("%s and %r" % (p, p))
