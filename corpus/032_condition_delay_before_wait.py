# source: 002_0cb0e86412a9fb81.txt, "Handling delays before condition.wait() in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
with condition:
    event.set()
    sleep(5)
    condition.wait()
