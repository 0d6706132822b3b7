# covers: tuple packing/unpacking, swapping, multiple return values, starred unpacking, tuples as dict keys
# kind: program
# rule: exact
def min_max(values):
    return min(values), max(values)


def stats(values):
    total = sum(values)
    return total, total / len(values), len(values)


point = 3, 4
x, y = point
print(point, x, y)
x, y = y, x
print(x, y)
lo, hi = min_max([7, 2, 9])
print(lo, hi)
total, mean, count = stats([1, 2, 3, 4])
print(total, mean, count)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
single = (5,)
print(single, len(single), ())
grid = {(0, 0): "origin", (1, 2): "spot"}
print(grid[(1, 2)], grid)
for i, (name, age) in enumerate([("ann", 3), ("bo", 5)]):
    print(i, name, age)
print(point + (5,), point * 2, point.index(4), (1, 2) < (1, 3))
