# covers: executor.map used as a statement over range(n): workers ranging over a jobs channel
from concurrent.futures import ThreadPoolExecutor


def greet(n):
    print(n * "Hello ")


with ThreadPoolExecutor(3) as executor:
    executor.map(greet, range(5))
