# covers: keyword-only parameters, f(*t) of a tuple variable, *args forwarded to named parameters, stacked wraps decorators, a decorator factory, loops over records of different shapes
# kind: program
# rule: exact
import functools
import threading


def describe(name, *tags, sep=", ", upper=False, **extra):
    text = name + ": " + sep.join(tags)
    if upper:
        text = text.upper()
    for key, value in extra.items():
        text += f" [{key}={value}]"
    return text


print(describe("plain"))
print(describe("tags", "a", "b", sep="/"))
print(describe("loud", "x", upper=True, level=3, mode="fast"))
point = (3, 4)


def norm2(x, y):
    return x * x + y * y


print(norm2(*point))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper


def retry(times=2):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = 0
            for attempt in range(times):
                result = func(*args, **kwargs)
            return result
        return wrapper
    return decorate


@logged
@retry(times=3)
def scale(value, factor=2):
    """Multiply value by factor."""
    print("  scaling", value, "by", factor)
    return value * factor


print(scale(5))
print(scale(1, factor=10), scale.__name__, scale.__doc__)

lock = threading.Lock()
done = []


def work(label, *steps, **options):
    with lock:
        done.append(f"{label} {len(steps)} {sorted(options)}")


jobs = [
    (work, ("a", 1, 2), {}),
    (work, ("b",), {"fast": True}),
    (describe, ("c", "t1"), {"upper": True}),
]
threads = []
for target, args, kwargs in jobs:
    t = threading.Thread(target=target, args=args, kwargs=kwargs)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
for line in sorted(done):
    print(line)
