# source: 002_0cb0e86412a9fb81.txt, "Create a threading.Event Object in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
import threading

# create an instance of an event
event = threading.Event()
