# covers: executor.map in a with block, results read after it: a worker pool writing a results slice
import concurrent.futures


def square(n):
    return n * n


numbers = [1, 2, 3, 4, 5]
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(square, numbers)

for r in results:
    print(r)
