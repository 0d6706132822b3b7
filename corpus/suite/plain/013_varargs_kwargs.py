# covers: *args and **kwargs in definitions and at call sites (star-unpacking)
# kind: program
# rule: exact
def total(*numbers):
    print(type(numbers).__name__, len(numbers))
    return sum(numbers)


def configure(name, **options):
    parts = [f"{k}={options[k]}" for k in sorted(options)]
    return name + "(" + ", ".join(parts) + ")"


def both(first, *rest, sep="-", **extra):
    return sep.join(str(x) for x in (first,) + rest) + " " + str(extra)


print(total())
print(total(1, 2, 3))
values = [4, 5, 6]
print(total(*values))
print(configure("db"))
print(configure("db", user="root", retries=3))
opts = {"debug": True, "level": 2}
print(configure("app", **opts))
print(both(1, 2, 3, sep="+", mode="x"))
