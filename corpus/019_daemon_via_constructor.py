# source: 002_0cb0e86412a9fb81.txt, "Create Daemon Thread via Constructor in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of setting a thread to be a daemon via the constructor
from threading import Thread

# create a daemon thread
thread = Thread(daemon=True)
# report if the thread is a daemon
print(thread.daemon)
