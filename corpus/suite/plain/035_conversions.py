# covers: builtins int (from str, float, with base), float (from str/int, 'inf'), str, bool of various values
# kind: program
# rule: exact
print(int("42"), int(" -7 "), int(3.99), int(-3.99), int("ff", 16), int("101", 2), int(True))
print(float("3.5"), float(2), float("1e3"), float("-inf"), float(" 0.1 "))
print(str(12), str(1.0), str(None), str(True), str([1, "a"]), str(-0.5))
print(bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(0.0))
n = "17"
print(int(n) + 1, n + "1", float(n) / 2)
print(repr(str(3.0)), repr(str(10 ** 3)))
print(int(float("2.5")), str(int("0010")))
print(ord("A"), chr(66), hex(255), bin(5), oct(8))
