# source: 002_0cb0e86412a9fb81.txt, "Wait on Barrier in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# wait on the barrier for all other threads to arrive
barrier.wait()
