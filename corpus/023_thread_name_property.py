# source: 002_0cb0e86412a9fb81.txt, "Set Thread Name via Property (Python)"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of setting the thread name via the property
from threading import Thread

# create a thread
thread = Thread()
# set the name
thread.name = 'MyThread'
# report thread name
print(thread.name)
