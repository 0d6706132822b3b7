# covers: multiprocessing.Queue passing values from child processes to the parent; None sentinel per child
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing


def produce(q, base):
    for i in range(3):
        q.put(base + i)
    q.put(None)


if __name__ == '__main__':
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=produce, args=(q, b)) for b in (100, 200)]
    for p in procs:
        p.start()
    got, finished = [], 0
    while finished < len(procs):
        item = q.get(timeout=5)
        if item is None:
            finished += 1
        else:
            got.append(item)
    for p in procs:
        p.join()
    print(sorted(got))
