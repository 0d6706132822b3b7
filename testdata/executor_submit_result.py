# covers: submit and result keep the runtime executor and typed futures
from concurrent.futures import ThreadPoolExecutor, as_completed


def power(base, exp):
    return base ** exp


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="calc") as pool:
    futures = [pool.submit(power, n, 2) for n in range(5)]
    for fut in as_completed(futures):
        print("done:", fut.done())
print([f.result() for f in futures])
