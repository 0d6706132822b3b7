# covers: math module: sqrt, pi, e, floor, ceil, pow, fabs, log, log10, log2, exp, sin, cos, hypot, gcd, factorial, isclose, inf, nan, isnan, isinf, trunc
# kind: program
# rule: exact
import math

print(math.sqrt(16), math.sqrt(2), math.pi, math.e)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(math.pow(2, 8), math.fabs(-3), math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.exp(1), math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 6))
print(math.hypot(3, 4), math.gcd(12, 18), math.factorial(10), math.factorial(20))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 0.1 + 0.2)
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.degrees(math.pi), math.radians(180))
area = math.pi * 2.5 ** 2
print(f"{area:.4f}", round(area, 2))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
