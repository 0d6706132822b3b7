# covers: multiprocessing.Process(target=, args=), start, join, exitcode, is_alive, name under if __name__ == '__main__'
# kind: program
# rule: exact
# timeout: 10s
import multiprocessing


def greet(name, times):
    for _ in range(times):
        print(f"hello {name} from child", flush=True)


if __name__ == '__main__':
    p = multiprocessing.Process(target=greet, args=("Ada", 2), name="greeter")
    print("alive before start:", p.is_alive(), "exitcode:", p.exitcode)
    p.start()
    p.join()
    print("alive after join:", p.is_alive(), "exitcode:", p.exitcode, "name:", p.name)
