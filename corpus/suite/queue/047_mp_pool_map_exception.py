# covers: an exception raised inside Pool.map workers re-raised in the parent by map(); the pool remains usable
# kind: program
# rule: exact
# timeout: 10s
from multiprocessing import Pool


def safe_div(x):
    return 100 // x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(safe_div, [5, 0, 10])
        except ZeroDivisionError as e:
            print("map re-raised ZeroDivisionError:", e)
        print(pool.map(safe_div, [5, 10, 20]))
