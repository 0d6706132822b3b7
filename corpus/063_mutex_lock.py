# source: 002_0cb0e86412a9fb81.txt, "Python Mutex Lock Example"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: lines
# normalise: sleeping for [0-9][0-9.e-]* => sleeping for V
# SuperFastPython.com
# example of a mutual exclusion (mutex) lock
from time import sleep
from random import random
from threading import Thread
from threading import Lock

# work function
def task(lock, identifier, value):
    # acquire the lock
    with lock:
        print(f'>thread {identifier} got the lock, sleeping for {value}')
        sleep(value)

# create a shared lock
lock = Lock()
# start a few threads that attempt to execute the same critical section
for i in range(10):
    # start a thread
    Thread(target=task, args=(lock, i, random())).start()
# wait for all threads to finish...
