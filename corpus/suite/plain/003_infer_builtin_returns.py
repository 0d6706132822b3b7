# covers: type inference from builtin returns (len, sum, min, max, sorted, str, abs, round, range, input-free)
# kind: program
# rule: exact
numbers = [5, 3, 9, 1]
prices = [2.5, 1.25, 4.0]
n = len(numbers)
s = sum(numbers)
fs = sum(prices)
lo = min(numbers)
hi = max(prices)
ordered = sorted(numbers)
text = str(n)
r = round(3.14159, 2)
ri = round(2.5)
a = abs(-4)
rng = list(range(3))
for v in (n, s, fs, lo, hi, ordered, text, r, ri, a, rng):
    print(repr(v), type(v).__name__)
print(len(text) + n)
