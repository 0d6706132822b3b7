# covers: call sites via executor.submit and builtin map(f, xs); result types inferred from the function
# kind: program
# rule: exact
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def describe(label, value=0.0):
    return f"{label}={value:.1f}"


print(list(map(square, [1, 2, 3])))
print(list(map(str, [4, 5])))
with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(square, n) for n in range(5)]
    print([f.result() for f in futures])
    f2 = executor.submit(describe, "pi", value=3.14159)
    print(f2.result())
    print(list(executor.map(square, [7, 8])))
print(square(12))
