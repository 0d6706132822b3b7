from functools import reduce


def merge(a, b):
    return a + b


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(merge, ["a", "b", "c"], ">"))
print(reduce(lambda a, b: a * b, [1.5, 2, 4]))
