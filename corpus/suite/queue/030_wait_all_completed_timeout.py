# covers: wait(return_when=ALL_COMPLETED) (the default) and wait(timeout=) returning early with unfinished futures
# kind: program
# rule: exact
# timeout: 10s
import threading
import concurrent.futures as cf

hold = threading.Event()

with cf.ThreadPoolExecutor(max_workers=4) as pool:
    quick = [pool.submit(len, s) for s in ["a", "bb", "ccc"]]
    done, not_done = cf.wait(quick, return_when=cf.ALL_COMPLETED)
    print("all completed:", len(done), len(not_done), sorted(f.result() for f in done))
    stuck = pool.submit(hold.wait)
    done, not_done = cf.wait(quick + [stuck], timeout=0.1)
    print("with timeout:", len(done), len(not_done), stuck in not_done)
    hold.set()
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
