# covers: functools.total_ordering with __eq__ and __lt__, deriving <=, >, >=; sorting, min/max on user objects
# kind: program
# rule: exact
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(str(p) for p in self.parts) + ")"


a, b, c = Version("1.2.0"), Version("1.10.1"), Version("1.2.0")
print(a < b, a <= c, a > b, b >= a, a == c, a != b)
versions = [Version("2.0"), Version("1.9.9"), Version("1.10")]
print(sorted(versions))
print(min(versions), max(versions))
