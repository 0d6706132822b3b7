# covers: concurrent.futures.ProcessPoolExecutor submit/result, map in input order, exception re-raised by result()
# kind: program
# rule: exact
# timeout: 15s
from concurrent.futures import ProcessPoolExecutor


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print("fib(20):", ex.submit(fib, 20).result())
        print(list(ex.map(fib, range(10))))
        bad = ex.submit(check, -5)
        try:
            bad.result()
        except ValueError as e:
            print("ValueError:", e)
