# covers: dict and set comprehensions, generator expressions passed to sum/any/all/max
# kind: program
# rule: exact
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
lengths = {w: len(w) for w in words}
print(lengths)
by_letter = {w[0]: w for w in words}
print(by_letter)
first_letters = {w[0] for w in words}
print(sorted(first_letters), len(first_letters))
squares = {n: n * n for n in range(5) if n != 2}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
print(sum(len(w) for w in words))
print(any(w.startswith("c") for w in words), all(len(w) > 5 for w in words))
print(max(len(w) for w in words))
print({x % 3 for x in range(10)})
