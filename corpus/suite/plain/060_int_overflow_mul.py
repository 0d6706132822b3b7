# covers: integer overflow beyond int64 via repeated multiplication (factorial loop); the Go translation is expected to raise OverflowError at run time
# kind: program
# rule: exact
# expect: overflow
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


for n in (5, 10, 20):
    print(n, factorial(n))
print(25, factorial(25))
x = 9223372036854775807
print(x)
print(x * 2)
