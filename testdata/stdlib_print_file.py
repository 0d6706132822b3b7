import os
import threading

name = "demo_print_file.txt"
lock = threading.Lock()
with open(name, "w") as f:
    print("header", 1, file=f)


def append_lines(worker, count):
    for i in range(count):
        with lock:
            with open(name, "a") as out:
                print(f"{worker}:{i}", file=out)


for k in range(3):
    t = threading.Thread(target=append_lines, args=(f"w{k}", 2))
    t.start()
    t.join()
with open(name) as f:
    print(f.read(), end="")
os.remove(name)
