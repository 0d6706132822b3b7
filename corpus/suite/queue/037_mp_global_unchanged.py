# covers: a child process mutating a global and a list: the parent's values stay unchanged (separate memory)
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing

counter = 0
items = ["parent"]


def mutate():
    global counter
    counter += 100
    items.append("child")
    print("child sees:", counter, items, flush=True)


if __name__ == '__main__':
    p = multiprocessing.Process(target=mutate)
    p.start()
    p.join()
    print("parent sees:", counter, items)
