# covers: closures capturing enclosing variables, counters via nonlocal, late binding in loops
# kind: program
# rule: exact
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


triple = make_multiplier(3)
print(triple(5), make_multiplier(2.5)(2))
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
late = [lambda: i for i in range(3)]
print([f() for f in late])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])
