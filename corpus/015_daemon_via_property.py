# source: 002_0cb0e86412a9fb81.txt, "Configure Daemon Thread via Property in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of setting a thread to be a daemon via the property
from threading import Thread

# create a thread
thread = Thread()
# configure the thread to be a daemon
thread.daemon = True
# report if the thread is a daemon
print(thread.daemon)
