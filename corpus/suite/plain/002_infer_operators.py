# covers: type inference from operators (int+int, int*float, str+str, list+list, comparisons give bool)
# kind: program
# rule: exact
a = 7
b = 2
print(a + b, type(a + b).__name__)
print(a * 1.5, type(a * 1.5).__name__)
print(a / b, type(a / b).__name__)
print(a // b, type(a // b).__name__)
print(a % b, type(a % b).__name__)
print(a ** b, type(a ** b).__name__)
print(a > b, type(a > b).__name__)
greeting = "Hello" + ", " + "world"
print(greeting, type(greeting).__name__)
joined = [1, 2] + [3]
print(joined, type(joined).__name__)
neg = -a
flag = not (a == b)
print(neg, flag)
total = 0
total += a
total -= b
total *= 3
print(total)
