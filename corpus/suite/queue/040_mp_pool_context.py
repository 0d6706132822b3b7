# covers: Pool as a context manager (with Pool(n) as pool), starmap, imap in order
# kind: program
# rule: exact
# timeout: 10s
from multiprocessing import Pool


def mul(a, b):
    return a * b


def label(x):
    return f"<{x}>"


if __name__ == '__main__':
    with Pool(3) as pool:
        print(pool.starmap(mul, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(label, "abc")))
        print(pool.map(abs, [-1, -2, 3]))
    print("left with block")
