# covers: Thread(target=f, kwargs=...) where f has defaults and **extra; args tuple of one element; daemon flag and names printed
# kind: program
# rule: exact
import threading

lines = []
lock = threading.Lock()


def report(job, retries=1, verbose=False, **extra):
    text = f"{job}: retries={retries} verbose={verbose}"
    if extra:
        text += " extra=" + ",".join(f"{k}={v}" for k, v in sorted(extra.items()))
    with lock:
        lines.append(text)


specs = [
    {"args": ("a",)},
    {"args": ("b", 3)},
    {"args": ("c",), "kwargs": {"verbose": True}},
    {"kwargs": {"job": "d", "retries": 0, "color": "red", "size": 2}},
]
threads = []
for n, spec in enumerate(specs):
    t = threading.Thread(target=report, name=f"rep-{n}", daemon=True, **spec)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
    print(t.name, t.daemon)
for line in sorted(lines):
    print(line)
