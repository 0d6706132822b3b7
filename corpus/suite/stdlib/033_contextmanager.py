# covers: contextlib.contextmanager simple with-helpers: timing-free "section" printer, yielding a value, cleanup on exception, nested with
# kind: program
# rule: exact
from contextlib import contextmanager


@contextmanager
def section(title):
    print(f"--- begin {title}")
    try:
        yield title.upper()
    finally:
        print(f"--- end {title}")


@contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)


with section("setup") as name:
    print("inside", name)
with collecting() as bucket, section("fill"):
    bucket.append(1)
    bucket.append(2)
try:
    with section("risky"):
        raise ValueError("boom")
except ValueError as e:
    print("handled", e)
