# covers: / always returns float (even exact), ** with int/negative/float exponents, int ** int stays int, pow with negative base
# kind: program
# rule: exact
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 0 / 5, 10 / 4.0)
print(type(6 / 3).__name__, type(2 ** 3).__name__, type(2 ** -1).__name__)
print(2 ** 3, 2 ** 0, 2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** 2, 2.0 ** 3)
print(9 ** 0.5, 10 ** 6, 10 ** -3, 0 ** 0)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, 3 ** 20)
average = sum([1, 2, 3, 4]) / 4
print(average, int(average), average == 2.5)
n = 10
print(n / 4, n // 4, n % 4, n ** 2, -n ** 2)
x = 2
x **= 5
x /= 4
print(x)
