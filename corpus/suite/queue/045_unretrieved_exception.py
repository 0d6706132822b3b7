# covers: an exception in a submitted task whose result is never requested is kept silently in the Future (nothing on stderr, exit 0)
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor


def explode():
    raise RuntimeError("nobody asks")


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(explode)
print("done:", fut.done())
print("silently stored:", type(fut.exception()).__name__)
