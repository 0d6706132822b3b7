import logging
import os
import threading

name = "demo_files_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    f.write("first line\n")
    n = f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
print("write returned", n, f.closed)
with open(name) as f:
    content = f.read()
print(repr(content), len(content))
with open(name) as f:
    lines = f.readlines()
print(lines)
with open(name, "a") as f:
    f.write("fifth\n")
with open(name, "r") as f:
    for line in f:
        print(line.strip())
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
print(os.path.exists(name), f.closed)
os.remove(name)
print(os.path.exists(name))

LOG = "demo_files_app.log"
logging.basicConfig(filename=LOG, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(threadName)s:%(message)s")


def worker(n):
    logging.info("worker %d writing", n)


for i in range(2):
    t = threading.Thread(target=worker, args=(i,), name=f"W{i}")
    t.start()
    t.join()
logging.error("finished")
logging.shutdown()
with open(LOG) as f:
    for line in f:
        print("log:", line.strip())
os.remove(LOG)
print("removed", not os.path.exists(LOG))
