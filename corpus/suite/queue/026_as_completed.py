# covers: as_completed yielding futures in completion order (order forced with events), mapping futures back to inputs via a dict
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

gates = {name: threading.Event() for name in ["a", "b", "c"]}
order = ["b", "c", "a"]


def job(name):
    gates[name].wait()
    return name.upper()


with ThreadPoolExecutor(max_workers=3) as pool:
    fut_to_name = {pool.submit(job, n): n for n in ["a", "b", "c"]}
    gates[order[0]].set()
    for i, fut in enumerate(as_completed(fut_to_name), 1):
        print(fut_to_name[fut], "->", fut.result())
        if i < len(order):
            gates[order[i]].set()
