# covers: an exception in a mapped task re-raised when iteration reaches it; earlier results already yielded
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor


def inverse(x):
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(inverse, [1, 2, 0, 4])
    try:
        for r in results:
            print("got", r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError at iteration:", e)
print("pool closed normally")
