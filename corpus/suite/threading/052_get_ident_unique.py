# covers: get_ident()/get_native_id() distinct for concurrently alive threads, Thread.ident matches, current_thread() inside workers
# kind: program
# rule: exact
# timeout: 10s
import threading

n = 4
barrier = threading.Barrier(n)
lock = threading.Lock()
seen = []


def record():
    barrier.wait()
    me = threading.current_thread()
    with lock:
        seen.append((me.name, threading.get_ident() == me.ident, threading.get_native_id() == me.native_id, threading.get_ident()))


threads = [threading.Thread(target=record, name=f"t{i}") for i in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, a, b, _ in sorted(seen):
    print(name, a, b)
print("distinct idents:", len({s[3] for s in seen}) == n)
