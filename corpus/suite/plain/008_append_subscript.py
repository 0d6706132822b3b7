# covers: element types inferred from .append and subscript assignment on lists and dicts
# kind: program
# rule: exact
squares = []
for i in range(5):
    squares.append(i * i)
print(squares)
squares[0] = 100
squares[-1] = -1
print(squares)
index = {}
for word in "the cat sat on the mat".split():
    index[word] = len(word)
print(index)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
names = []
names.append("x")
names.extend(["y", "z"])
names.insert(0, "w")
last = names.pop()
print(names, last)
counts = {}
counts["a"] = counts.get("a", 0) + 1
counts["a"] = counts.get("a", 0) + 1
print(counts)
