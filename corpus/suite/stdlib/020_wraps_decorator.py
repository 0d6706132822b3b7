# covers: simple decorators with functools.wraps (logging calls, counting calls, decorator with arguments), __name__ and __doc__ preserved
# kind: program
# rule: exact
from functools import wraps


def announce(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@announce
def add(a, b=0):
    """Add two numbers."""
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


add(2, b=5)
print(add.__name__, add.__doc__)
print(shout("hey"), shout.__name__)
