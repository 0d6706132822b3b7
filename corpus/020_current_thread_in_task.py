# source: 002_0cb0e86412a9fb81.txt, "Get Current Thread Instance using current_thread() in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# retrieve the current thread within
from threading import Thread
from threading import current_thread

# function to get the current thread
def task():
    # get the current thread
    thread = current_thread()
    # report the name
    print(thread.name)

# create a thread
thread = Thread(target=task)
# start the thread
thread.start()
# wait for the thread to exit
thread.join()
