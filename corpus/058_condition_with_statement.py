# source: 002_0cb0e86412a9fb81.txt, "Use Context Manager for Thread Condition in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# acquire the condition
with condition:
    # wait to be notified
    condition.wait()
