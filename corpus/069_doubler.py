# source: 003_d60a7949c02a6092.txt, "Intro to Threads"
# kind: program
# rule: lines
# normalise: (?m)^.*DeprecationWarning: .*\n(  .*\n)? => 
import threading
 
 
def doubler(number):
    """
    A function that can be used by a thread
    """
    print(threading.currentThread().getName() + '\n')
    print(number * 2)
    print()
 
 
if __name__ == '__main__':
    for i in range(5):
        my_thread = threading.Thread(target=doubler, args=(i,))
        my_thread.start()
