# source: 002_0cb0e86412a9fb81.txt, "Query Default Thread Name in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# example of accessing the thread name
from threading import Thread

# create the thread
thread = Thread()
# report the thread name
print(thread.name)
