# source: 002_0cb0e86412a9fb81.txt, "Schedule Function Execution with threading.Timer in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# start the timer thread
timer.start()
