# source: 002_0cb0e86412a9fb81.txt, "Set Thread Name via Constructor (Python)"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of setting the thread name in the constructor
from threading import Thread

# create a thread with a custom name
thread = Thread(name='MyThread')
# report thread name
print(thread.name)
