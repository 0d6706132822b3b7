# covers: collections.deque append, appendleft, pop, popleft, extend, extendleft, rotate, indexing, len, repr, in
# kind: program
# rule: exact
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.extend([3, 4])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-1)
print(d, 3 in d, list(d))
tasks = deque(["read", "parse", "write"])
while tasks:
    print("processing", tasks.popleft(), "remaining", len(tasks))
try:
    tasks.pop()
except IndexError as e:
    print("IndexError:", e)
print(repr(deque("ab")), deque())
