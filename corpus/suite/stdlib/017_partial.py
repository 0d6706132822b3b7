# covers: functools.partial fixing positional and keyword arguments, calling with extra arguments, .func/.args/.keywords, in map
# kind: program
# rule: exact
from functools import partial


def power(base, exponent):
    return base ** exponent


def greet(greeting, name, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(5), square(base=7), two_to(10))
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bo", punctuation="?"))
print(list(map(square, range(5))))
print(square.func.__name__, two_to.args, square.keywords)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"))
