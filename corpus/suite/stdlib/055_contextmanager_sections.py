# covers: contextlib.contextmanager with-helpers: a value yielded from try/finally, cleanup on raise, return and break through the with, a helper without try whose cleanup runs on normal exit, nested with items
# kind: program
# rule: exact
from contextlib import contextmanager


@contextmanager
def section(title):
    print(f"begin {title}")
    try:
        yield title.upper()
    finally:
        print(f"end {title}")


@contextmanager
def tagged(tag):
    print(f"<{tag}>")
    yield
    print(f"</{tag}>")


def first_even(numbers):
    with section("search") as label:
        for n in numbers:
            if n % 2 == 0:
                return f"{label}: {n}"
    return f"{label}: none"


with section("setup") as name:
    print("inside", name)
with tagged("b"), section("nested") as inner:
    print("both open", inner)
print(first_even([1, 3, 4, 5]))
print(first_even([1, 3]))
for i in range(3):
    with tagged("loop"):
        if i == 1:
            break
        print("i =", i)
try:
    with section("risky"):
        raise ValueError("boom")
except ValueError as e:
    print("handled", e)
