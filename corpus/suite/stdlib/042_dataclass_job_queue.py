# covers: a dataclass job queue: @dataclass Job items through queue.Queue to worker threads, sentinel shutdown, results collected under a Lock
# kind: program
# rule: exact
import queue
import threading
from dataclasses import dataclass, field


@dataclass
class Job:
    ident: int
    payload: str
    attempts: int = 0
    result: list[str] = field(default_factory=list)


jobs: queue.Queue = queue.Queue()
done: list[Job] = []
lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        job.attempts += 1
        job.result.append(job.payload[::-1])
        with lock:
            done.append(job)
        jobs.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for i, text in enumerate(["alpha", "beta", "gamma", "delta"]):
    jobs.put(Job(i, text))
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
for job in sorted(done, key=lambda j: j.ident):
    print(job)
