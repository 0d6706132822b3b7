# covers: multiprocessing.Pool.map in a with block: the same worker pool, one goroutine per process
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(4) as pool:
        result = pool.map(square, range(10))
        print(result)
