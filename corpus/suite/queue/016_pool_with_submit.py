# covers: ThreadPoolExecutor(max_workers=) in a with block, submit returning a Future, result()
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import Future, ThreadPoolExecutor


def power(base, exp=2):
    return base ** exp


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(power, n) for n in range(6)]
    cube = pool.submit(power, 3, exp=3)
    print(isinstance(cube, Future))
print([f.result() for f in futures])
print("cube:", cube.result())
print("all done:", all(f.done() for f in futures))
