# covers: type inference from literals (int, float, str, bool, None, list, dict, set, tuple)
# kind: program
# rule: exact
count = 3
ratio = 0.5
name = "worker"
done = False
nothing = None
items = [1, 2, 3]
ages = {"ann": 31, "bob": 42}
tags = {"a", "b"}
point = (4, 5)

for value in (count, ratio, name, done, nothing, items, ages, point):
    print(type(value).__name__, value)
print(type(tags).__name__, sorted(tags))

count = count + 1
name = name + "-" + str(count)
items.append(count)
print(count, name, items)
