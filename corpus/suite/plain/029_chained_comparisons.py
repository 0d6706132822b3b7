# covers: chained comparisons (a < b < c, a == b == c, mixed), is / is not None, comparison of strings and lists
# kind: program
# rule: exact
def classify(t):
    if t < 0:
        return "freezing"
    elif 0 <= t < 15:
        return "cold"
    elif 15 <= t <= 25:
        return "mild"
    return "hot"


for t in (-5, 0, 14.9, 15, 25, 30):
    print(t, classify(t))
a = b = c = 3
print(a == b == c, 1 < 2 > 0, 1 < 3 < 2, 5 > 4 >= 4 != 3)
value = None
print(value is None, value is not None)
print("apple" < "banana", "Zebra" < "apple", [1, 2] < [1, 3], [2] > [1, 9])
x = 10
print(0 < x <= 10, 0 < x < 10)
