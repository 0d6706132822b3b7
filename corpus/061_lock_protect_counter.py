# source: 002_0cb0e86412a9fb81.txt, "Use Context Manager for Lock Protection in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# acquire the lock protecting the counter
with lock:
    # update the counter
    counter += 1
