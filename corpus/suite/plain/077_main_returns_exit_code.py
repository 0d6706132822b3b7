# covers: the `sys.exit(main())` pattern: main() -> int runs threads, returns a status; if __name__ == "__main__" guard; exit status 2 recorded
# kind: program
# rule: exact
import sys
import threading


def check(item, failures, lock):
    if item % 4 == 0:
        with lock:
            failures.append(item)


def main() -> int:
    failures = []
    lock = threading.Lock()
    threads = [threading.Thread(target=check, args=(i, failures, lock)) for i in range(1, 10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failures.sort()
    print("failures:", failures)
    return 2 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
