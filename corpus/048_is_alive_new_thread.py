# source: 002_0cb0e86412a9fb81.txt, "Check if a Thread is Alive (Python)"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of assessing whether a thread is alive
from threading import Thread

# create the thread
thread = Thread()
# report the thread is alive
print(thread.is_alive())
