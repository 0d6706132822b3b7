# covers: multiprocessing.Process with args and a name, start, join, exitcode
import multiprocessing


def greet(name, times):
    for _ in range(times):
        print(f"hello {name} from child")


if __name__ == "__main__":
    p = multiprocessing.Process(target=greet, args=("Ada", 2), name="greeter")
    p.start()
    p.join()
    print("exitcode:", p.exitcode, "name:", p.name)
