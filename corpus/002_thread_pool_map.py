# source: 001_22dbe14fec383ac3.txt, "Using Thread Pools"
# kind: program
# rule: lines
from concurrent.futures import ThreadPoolExecutor

def task(n):
    print(n * "Hello ")

with ThreadPoolExecutor(3) as executor:
    executor.map(task, range(5))
