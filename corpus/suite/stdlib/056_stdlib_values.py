# covers: sys.exc_info() in a function's except clause, partial of a lambda and partial(int, base=2), frozen dataclass assignment and hash(), order=True with astuple/asdict/fields of an instance, hash of numbers/strings/tuples, _asdict() then mutated
# kind: program
# rule: exact
import functools
import sys
from collections import namedtuple
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, fields


def show():
    try:
        raise KeyError("k")
    except KeyError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is None, sys.exc_info()[0].__name__)


show()
add = functools.partial(lambda a, b: a + b, 10)
to_int = functools.partial(int, base=2)
print(add(5), to_int("101") + 1, add.args)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
try:
    p.y += 1
except FrozenInstanceError as e:
    print(type(e).__name__, e, p)
print(hash(p) == hash((1, 2)), hash(p) == hash(Point(1, 2)), hash(7), hash(2.5), hash((1, "a")), hash("abc"))


@dataclass(order=True)
class Item:
    name: str
    qty: int = 1


items = [Item("b", 2), Item("a")]
for it in sorted(items):
    print(astuple(it), asdict(it))
print([f.name for f in fields(items[0])], [str(f.type) for f in fields(Item)])
P = namedtuple("P", "x y")
q = P(1, 2)
d = q._asdict()
d["z"] = 3
print(d, len(q))
