# source: 002_0cb0e86412a9fb81.txt, "Complete Example: Extending Thread Class in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of extending the Thread class
from time import sleep
from threading import Thread

# custom thread class
class CustomThread(Thread):
    # override the run function
    def run(self):
        # block for a moment
        sleep(1)
        # display a message
        print('This is coming from another thread')

# create the thread
thread = CustomThread()
# start the thread
thread.start()
# wait for the thread to finish
print('Waiting for the thread to finish')
thread.join()
