# covers: open(name, "a") appending from several threads under a Lock, print(..., file=f), reading back line counts; temp file removed
# kind: program
# rule: exact
import os
import threading

name = "suite_038_log.txt"
lock = threading.Lock()
with open(name, "w") as f:
    print("header", file=f)


def append_lines(worker, count):
    for i in range(count):
        with lock:
            with open(name, "a") as f:
                f.write(f"{worker}:{i}\n")


threads = [threading.Thread(target=append_lines, args=(f"w{k}", 3)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(name) as f:
    lines = [line.rstrip("\n") for line in f]
print(lines[0], len(lines))
print(sorted(lines[1:]))
os.remove(name)
