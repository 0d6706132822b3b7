# covers: for loops with else, break, continue; nested loops; loop over dict items and string characters
# kind: program
# rule: exact
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")


for n in [9, 13, 21, 29]:
    find_prime_factor(n)
for i in range(6):
    if i % 2 == 0:
        continue
    print("odd", i)
for ch in "abc":
    for j in range(2):
        if j == 1 and ch == "b":
            break
        print(ch, j, end="; ")
print()
stock = {"apples": 3, "pears": 0, "plums": 8}
for fruit, qty in stock.items():
    if qty == 0:
        print("out of", fruit)
        continue
    print(fruit, qty)
else:
    print("checked all")
