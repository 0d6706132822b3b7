# source: 001_22dbe14fec383ac3.txt, "Creating Threads"
# kind: program
# rule: exact
import threading

def print_numbers():
    for i in range(10):
        print(i)

t1 = threading.Thread(target=print_numbers)
t1.start()
t1.join()  # Wait for the thread to complete
