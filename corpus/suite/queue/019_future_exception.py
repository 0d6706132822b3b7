# covers: an exception raised in a task is re-raised by Future.result(); Future.exception() returns it; exception() is None on success
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(parse, "42")
    bad = pool.submit(parse, "forty-two")
print("good:", good.result(), good.exception())
err = bad.exception()
print("exception():", type(err).__name__, err)
try:
    bad.result()
except ValueError as e:
    print("result() re-raised:", e)
print("done:", bad.done(), "cancelled:", bad.cancelled())
