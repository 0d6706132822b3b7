# covers: numeric tower: a variable holding an int then a float becomes float; int/float mixing
# kind: program
# rule: exact
total = 0
for x in [1, 2, 3]:
    total += x
print(total)
total = total + 0.5
print(total)
avg = 0
data = [3, 4, 5]
avg = sum(data) / len(data)
print(avg)
acc = 1
acc *= 2.5
print(acc)
print(1 + 2.0, 3 * 1.0, 10 - 0.25, 7 // 2.0, 7 % 2.5)
print(int(7.9), float(7), 2 ** -1, 2 ** 0.5)
mixed = [1, 2.0, 3]
print(sum(mixed), max(mixed), min(mixed))
print(1 == 1.0, 3 < 3.5)
