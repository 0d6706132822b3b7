# covers: functools.partial as a Thread target and as an executor.submit callable; shared results guarded by a Lock
# kind: program
# rule: exact
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

results = {}
lock = threading.Lock()


def download(url, retries, timeout=1.0):
    with lock:
        results[url] = f"{url} ok (retries={retries}, timeout={timeout})"
    return len(url)


threads = []
for url in ["a.com", "bb.org"]:
    target = partial(download, url, 3, timeout=2.5)
    t = threading.Thread(target=target)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
for url in sorted(results):
    print(results[url])
with ThreadPoolExecutor(max_workers=2) as pool:
    quick = partial(download, retries=0)
    futures = [pool.submit(quick, u) for u in ["c.net", "dddd.io"]]
    print([f.result() for f in futures])
print(len(results))
