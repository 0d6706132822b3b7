# covers: Pool.apply_async returning AsyncResult (get, ready, successful), apply, exception re-raised by get, close and join
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing


def add(a, b):
    return a + b


def fail(msg):
    raise ValueError(msg)


if __name__ == '__main__':
    pool = multiprocessing.Pool(processes=2)
    results = [pool.apply_async(add, (i, 10)) for i in range(4)]
    print([r.get(timeout=5) for r in results])
    print("ready:", all(r.ready() for r in results), "successful:", results[0].successful())
    print("apply:", pool.apply(add, (1, 2)))
    bad = pool.apply_async(fail, ("bad value",))
    try:
        bad.get(timeout=5)
    except ValueError as e:
        print("get re-raised ValueError:", e)
    print("successful:", bad.successful())
    pool.close()
    pool.join()
