# source: 002_0cb0e86412a9fb81.txt, "Get Number of Active Threads using active_count() in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
# SuperFastPython.com
# report the number of active threads
from threading import active_count

# get the number of active threads
count = active_count()
# report the number of active threads
print(count)
