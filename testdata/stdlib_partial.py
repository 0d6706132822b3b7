import threading
from concurrent.futures import ThreadPoolExecutor
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

results = {}
lock = threading.Lock()


def download(url, retries, timeout=1.0):
    with lock:
        results[url] = f"{url} ok (retries={retries}, timeout={timeout})"
    return len(url)


for url in ["a.com", "bb.org"]:
    target = partial(download, url, 3, timeout=2.5)
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(results["a.com"])
print(results["bb.org"])
n = 1
bump = partial(power, n)
n = 5
print(bump(3))
