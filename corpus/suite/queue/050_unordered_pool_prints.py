# covers: ThreadPoolExecutor tasks printing as they run (unordered lines, serialised by a print lock because CPython's print is not line-atomic across threads), results gathered with as_completed in completion order
# kind: program
# rule: lines
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

print_lock = threading.Lock()


def shout(word):
    with print_lock:
        print("working on", word)
    return word.upper()


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(shout, w) for w in ["red", "green", "blue", "cyan"]]
    for fut in as_completed(futures):
        with print_lock:
            print("finished", fut.result())
