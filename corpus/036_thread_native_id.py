# source: 002_0cb0e86412a9fb81.txt, "Get Thread Native Identifier in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: normalised
# normalise: (?m)^\d+$ => N
# SuperFastPython.com
# example of reporting the native thread identifier
from threading import Thread

# create the thread
thread = Thread()
# report the native thread identifier
print(thread.native_id)
# start the thread
thread.start()
# report the native thread identifier
print(thread.native_id)
