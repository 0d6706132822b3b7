import os
import threading


def worker(n):
    print(f"worker {n} in pid {os.getpid() > 0}")


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("same pid in threads:", os.getpid() == os.getpid())
print("cpu_count positive:", os.cpu_count() >= 1)
print("env default:", os.environ.get("PY2GOCONC_SURELY_UNSET", "fallback"))
print("env none:", os.getenv("PY2GOCONC_SURELY_UNSET"))
print("sep", os.sep, len(os.getcwd()) > 0)
path = os.path.join("data", "2024", "report.csv")
print(path, os.path.basename(path), os.path.dirname(path))
print(os.path.splitext(path), os.path.split(path))
tmp = "demo_os_dir"
os.makedirs(os.path.join(tmp, "sub"), exist_ok=True)
print(os.path.isdir(os.path.join(tmp, "sub")), sorted(os.listdir(tmp)))
os.rmdir(os.path.join(tmp, "sub"))
os.rmdir(tmp)
print(os.path.exists(tmp))
