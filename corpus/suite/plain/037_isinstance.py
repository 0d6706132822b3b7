# covers: isinstance with builtin types, tuples of types, bool as int, user classes and subclasses; type() comparison
# kind: program
# rule: exact
class Base:
    pass


class Child(Base):
    pass


values = [1, 2.0, "s", True, None, [1], {"a": 1}, (1,), {1}, Child()]
for v in values:
    kinds = []
    for t in (int, float, str, bool, list, dict, tuple, set, Base, Child):
        if isinstance(v, t):
            kinds.append(t.__name__)
    print(repr(v) if not isinstance(v, Base) else "Child()", kinds)
print(isinstance(3, (float, str)), isinstance(3, (int, float)))
print(type(True) == bool, type(True) == int, type(Child()) is Base)


def describe(x):
    if isinstance(x, str):
        return "text " + x
    elif isinstance(x, (int, float)):
        return "number " + str(x * 2)
    return "other"


print(describe("a"), describe(4), describe(1.5), describe(None))
