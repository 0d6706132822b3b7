# covers: as_completed(fs, timeout=) raising TimeoutError when some futures are unfinished; already-finished futures come first
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

hold = threading.Event()

with ThreadPoolExecutor(max_workers=2) as pool:
    quick = pool.submit(sum, [1, 2, 3])
    stuck = pool.submit(hold.wait)
    quick.result()
    try:
        for f in as_completed([quick, stuck], timeout=0.1):
            print("completed:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    hold.set()
