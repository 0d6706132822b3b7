# covers: builtins abs (int, float), round (banker's rounding, ndigits, negative ndigits, float artefacts), divmod, pow
# kind: program
# rule: exact
print(abs(-5), abs(3), abs(-2.5), abs(0.0), abs(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(7.0))
print(round(1234, -2), round(1250, -2), round(1251.0, -2))
print(type(round(2.7)).__name__, type(round(2.7, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))
temps = [21.456, 19.9, 23.05]
print([round(t, 1) for t in temps])
print(round(sum(temps) / len(temps), 3))
