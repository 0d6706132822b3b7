# covers: integer overflow beyond int64 via + and - of large values (sums of factorials, a difference of products); the Go translation is expected to raise OverflowError at run time
# kind: program
# rule: exact
# expect: overflow
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def double(x):
    return x * 2


big = factorial(20)
print(big, double(big // 4))
low = -big
print(low - big, big + low)
total = 0
for i in range(5):
    total += big
    print(i, total)
print("not reached in Go")
