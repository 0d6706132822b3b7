# covers: a typical threading tutorial program (f-strings, annotations, queues)
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

counter: int = 0
lock = threading.Lock()
results: dict[str, int] = {}


class Worker(threading.Thread):
    """A worker that drains a queue."""

    jobs_done: int = 0

    def __init__(self, name: str, q: "queue.Queue[int]") -> None:
        super().__init__(name=name, daemon=True)
        self.q = q
        self.total: int = 0

    def run(self) -> None:
        global counter
        while True:
            try:
                item = self.q.get(timeout=0.1)
            except queue.Empty:
                break
            else:
                with lock:
                    counter += item
                    self.total += item
                print(f"{self.name} got {item:>3} (total={self.total:,})")
                self.q.task_done()
            finally:
                Worker.jobs_done += 1


def square(n: int) -> int:
    time.sleep(0.001 * n)
    return n ** 2


def main():
    q: "queue.Queue[int]" = queue.Queue()
    for i in range(1_0):
        q.put(i)
    workers = [Worker(f"worker-{i}", q) for i in range(3)]
    for w in workers:
        w.start()
    q.join()
    print(f'counter={counter!r} done={Worker.jobs_done}', 'tail')
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(square, n): n for n in range(5)}
        for fut in as_completed(futures):
            results[f"{futures[fut]}"] = fut.result()
    print(f"""results:
  {sorted(results.items())}""")


if __name__ == "__main__":
    main()
