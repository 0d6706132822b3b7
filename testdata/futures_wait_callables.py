# covers: submit of a lambda, a library function and a library method; wait with return_when; result of a task without a result
import threading
import time
import concurrent.futures as cf

hold = threading.Event()

with cf.ThreadPoolExecutor(max_workers=3) as pool:
    fast = pool.submit(lambda: "fast")
    nap = pool.submit(time.sleep, 0.01)
    stuck = pool.submit(hold.wait)
    ready = pool.submit(hold.is_set)
    done, not_done = cf.wait([stuck, ready], return_when=cf.FIRST_COMPLETED)
    print("done:", len(done), "not done:", len(not_done), "ready done:", ready in done)
    hold.set()
    print(fast.result(), nap.result(), stuck.result(), ready.result())
