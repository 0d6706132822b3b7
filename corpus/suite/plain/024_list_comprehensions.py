# covers: list comprehensions with conditions, nested loops, conditional expressions, over strings and ranges
# kind: program
# rule: exact
nums = range(10)
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
words = ["  Alpha", "beta ", " Gamma "]
print([w.strip().lower() for w in words])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in matrix])
print([x for row in matrix for x in row if x > 2])
print([[r[i] for r in matrix] for i in range(3)])
print(sum([len(w) for w in words]))
print([c.upper() for c in "hey"])
