# covers: lambdas assigned to names, passed as key functions, to map/filter, and immediately called
# kind: program
# rule: exact
double = lambda x: x * 2
add = lambda a, b=10: a + b
print(double(4), double("ab"), add(1), add(1, 2))
pairs = [("pear", 3), ("apple", 7), ("fig", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(list(map(lambda n: n + 1, [1, 2, 3])))
print(list(filter(lambda n: n % 2 == 0, range(10))))
print(max(pairs, key=lambda p: len(p[0])))
print((lambda: "called")())
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 7))
