# source: 002_0cb0e86412a9fb81.txt, "Reset Barrier in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# reset a broken barrier
barrier.reset()
