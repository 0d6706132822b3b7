# source: 002_0cb0e86412a9fb81.txt, "Schedule Function Execution with threading.Timer in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# configure a timer thread
timer = Timer(10, task, args=(arg1, arg2))
