# covers: integer overflow beyond int64 via ** (2**100, 2**64, 10**20): CPython uses big ints; the Go translation is expected to raise OverflowError at run time
# kind: program
# rule: exact
# expect: overflow
print("start")
print(2 ** 62)
big = 2 ** 100
print(big)
print(2 ** 63 - 1, 2 ** 64, 10 ** 20)
print(big // 3, big % 1000)
print(len(str(big)))
