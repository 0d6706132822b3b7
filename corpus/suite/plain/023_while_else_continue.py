# covers: while loops with else, break, continue, while True with break, countdown
# kind: program
# rule: exact
n = 5
while n > 0:
    n -= 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("countdown finished")
attempts = 0
while True:
    attempts += 1
    if attempts * attempts > 30:
        break
print("attempts", attempts)
queue = [3, 8, -1, 4]
while queue:
    item = queue.pop(0)
    if item < 0:
        print("negative, stop")
        break
    print("item", item)
else:
    print("never printed")
print("left", queue)
