# covers: wait(return_when=FIRST_EXCEPTION) returning as soon as a task raises, while others are still running
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

hold = threading.Event()


def fail():
    raise OSError("disk gone")


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(hold.wait), pool.submit(fail), pool.submit(hold.wait)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    print("done:", len(done), "not done:", len(not_done))
    for f in done:
        print("exception:", repr(f.exception()))
    hold.set()
    wait(futures)
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    print("once all finished:", len(done), len(not_done))
