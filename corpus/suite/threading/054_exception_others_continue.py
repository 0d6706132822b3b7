# covers: several threads where one raises: its report on stderr, the others finish and their results print; exit 0
# kind: program
# rule: exact
# timeout: 10s
import threading

results = {}


def divide(a, b):
    results[(a, b)] = a // b


pairs = [(10, 2), (7, 0), (9, 3)]
threads = [threading.Thread(target=divide, args=p, name=f"div-{p[0]}-{p[1]}") for p in pairs]
for t in threads:
    t.start()
    t.join()
print(results)
print("main finished normally")
