# covers: string repetition (n * "Hello ", "ab" * n), list repetition, separators built with *, zero/negative counts
# kind: program
# rule: exact
print(3 * "Hello ")
print("ab" * 4)
n = 2
greeting = n * "Hi! "
print(repr(greeting), len(greeting))
print("=" * 20)
print("-" * 0 + "|", repr("x" * -1))
print([0] * 5, [1, 2] * 2, (None,) * 3)
for level in range(1, 4):
    print("  " * level + "*" * (2 * level - 1))
width = 10
title = "menu"
pad = (width - len(title)) // 2
print("[" + " " * pad + title + " " * (width - len(title) - pad) + "]")
