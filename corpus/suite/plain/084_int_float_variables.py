# covers: variables, attributes and parameters that hold an int and later a float: rebinding after a print, an attribute accumulating ints then floats, defaults, accumulators that start at 0 and add floats
# kind: program
# rule: exact
total = 0
for x in [1, 2, 3]:
    total += x
print(total)
total = total / 4
print(total)

count = 0
for p in [0.5, 1.5]:
    count += p
print(count)


class Meter:
    def __init__(self):
        self.reading = 0
        self.steps = 0

    def add(self, amount):
        self.reading += amount
        self.steps += 1
        return self.reading


m = Meter()
print(m.add(2), m.add(3), m.add(0.25), m.steps)


def grow(value, factor=2):
    value *= factor
    return value


print(grow(3), grow(3, 1.5), grow(0.5), grow(2, factor=-1))
level = 10
level -= 2.5
print(level, level > 7, level // 2, level % 3)
