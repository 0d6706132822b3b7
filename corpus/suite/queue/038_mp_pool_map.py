# covers: multiprocessing.Pool(n) with map (results in input order), close, join
# kind: program
# rule: exact
# timeout: 10s
from multiprocessing import Pool


def cube(x):
    return x ** 3


if __name__ == '__main__':
    pool = Pool(2)
    print(pool.map(cube, range(8)))
    print(pool.map(len, ["a", "bb", "ccc"], chunksize=1))
    pool.close()
    pool.join()
    print("pool closed and joined")
