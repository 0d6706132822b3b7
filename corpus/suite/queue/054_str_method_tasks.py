# covers: methods of str named through the class as task functions: submit(str.upper, s), submit(str.replace, s, old, new), Executor.map(str.strip, ...), Pool.map(str.title, ...)
# kind: program
# rule: exact
# timeout: 10s
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(str.upper, "shout").result())
    print(ex.submit(str.replace, "a-b-c", "-", "+").result())
    print(list(ex.map(str.strip, ["  x ", "y  ", " z"])))

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(str.title, ["hello world", "go gopher"]))
