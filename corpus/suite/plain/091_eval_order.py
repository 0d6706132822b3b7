# covers: Python's left-to-right evaluation of call arguments: a field, a global and an f-string part read before a call that changes them
# kind: program
# rule: exact
class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1
        return self.value


c = Counter()
print(c.value, c.increment(), c.value)
total = 0


def bump():
    global total
    total += 10
    return total


print(total, bump(), total)
print(f"{c.value} then {c.increment()}")
