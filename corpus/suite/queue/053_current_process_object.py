# covers: multiprocessing.current_process() kept in a variable (name, pid) in the parent and in children; os.getpid() equal to the child's Process.pid; Process(name=None) taking the default name
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing
import os


def report(q):
    me = multiprocessing.current_process()
    q.put((me.name, me.pid == os.getpid()))


if __name__ == '__main__':
    main = multiprocessing.current_process()
    print("main:", main.name, main.pid == os.getpid())
    q = multiprocessing.Queue()
    for name in [None, "worker-x", None]:
        p = multiprocessing.Process(target=report, args=(q,), name=name)
        p.start()
        p.join()
        child_name, same_pid = q.get()
        print("child:", child_name, "pid matches:", same_pid, "name attr:", p.name == child_name)
