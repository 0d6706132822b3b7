# source: 002_0cb0e86412a9fb81.txt, "Run a Function in a New Thread in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of running a function in another thread
from time import sleep
from threading import Thread

# a custom function that blocks for a moment
def task():
    # block for a moment
    sleep(1)
    # display a message
    print('This is from another thread')

# create a thread
thread = Thread(target=task)
# run the thread
thread.start()
# wait for the thread to finish
print('Waiting for the thread...')
thread.join()
