# covers: thread_name_prefix= naming worker threads PREFIX_N, default names ThreadPoolExecutor-N_M
# kind: program
# rule: exact
# timeout: 10s
import threading
from concurrent.futures import ThreadPoolExecutor


def whoami():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="downloader") as pool:
    print(pool.submit(whoami).result())
    print(pool.submit(whoami).result())
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(whoami).result())
with ThreadPoolExecutor(1) as pool:
    print(pool.submit(whoami).result())
