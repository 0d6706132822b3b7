# source: 001_22dbe14fec383ac3.txt, "MultiProcessing in Python: Creating Processes"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
import multiprocessing

def print_numbers():
    for i in range(10):
        print(i)

p1 = multiprocessing.Process(target=print_numbers)
p1.start()
p1.join()  # Wait for the process to complete
