# source: 001_22dbe14fec383ac3.txt, "MultiProcessing in Python: Using Process Pools"
# restored: line breaks and indentation (the document lost its newlines); the teaser is cut off after "range (": the call is completed as pool.map(square, range(10)) and print(result) is added
# kind: program
# rule: exact
from multiprocessing import Pool

def square(n):
    return n * n

with Pool(4) as pool:
    result = pool.map(square, range(10))
    print(result)
