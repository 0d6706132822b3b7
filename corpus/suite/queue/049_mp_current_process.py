# covers: multiprocessing.current_process().name in parent (MainProcess) and child (Process-N / given name), os.getpid differing (masked), pid attribute
# kind: program
# rule: normalised
# normalise: pid: \d+ => pid: PID
# timeout: 10s
import multiprocessing
import os


def show(q):
    me = multiprocessing.current_process()
    q.put((me.name, os.getpid()))


if __name__ == '__main__':
    print("parent:", multiprocessing.current_process().name)
    q = multiprocessing.Queue()
    for name in (None, "custom-child"):
        p = multiprocessing.Process(target=show, args=(q,), name=name)
        p.start()
        child_name, child_pid = q.get(timeout=5)
        p.join()
        print("child:", child_name, "pid:", child_pid, "matches:", child_pid == p.pid, "differs:", child_pid != os.getpid())
