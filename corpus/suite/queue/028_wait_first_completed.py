# covers: concurrent.futures.wait(return_when=FIRST_COMPLETED) returning (done, not_done) sets
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

hold = threading.Event()

with ThreadPoolExecutor(max_workers=3) as pool:
    fast = pool.submit(lambda: "fast")
    slow = [pool.submit(hold.wait) for _ in range(2)]
    done, not_done = wait([fast] + slow, return_when=FIRST_COMPLETED)
    print("done:", len(done), "not done:", len(not_done))
    print("fast in done:", fast in done, [f.result() for f in done])
    hold.set()
    done, not_done = wait(slow)
    print("after release:", len(done), len(not_done))
