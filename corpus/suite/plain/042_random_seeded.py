# covers: random.seed, random.random, randint, uniform, choice, shuffle, sample; values masked because the Go stream differs
# kind: program
# rule: normalised
# normalise: -?\d+\.\d+(e-?\d+)? => <F>
# normalise: \b\d+\b => <N>
import random

random.seed(42)
print("random", random.random())
print("randint", random.randint(1, 10))
print("uniform", random.uniform(1.5, 2.5))
colors = ["red", "green", "blue"]
pick = random.choice(colors)
print("choice ok", pick in colors)
deck = list(range(10))
random.shuffle(deck)
print("shuffled same items", sorted(deck) == list(range(10)), len(deck))
print("sample", len(random.sample(deck, 3)))
print("values", [random.randint(0, 99) for _ in range(3)])
