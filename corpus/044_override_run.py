# source: 002_0cb0e86412a9fb81.txt, "Override the run() Method for Thread Execution in Python"
# restored: line breaks and indentation (the document lost its newlines); the body is only a comment in the tutorial, so the text is not valid Python as written (kept)
# kind: fragment
# override the run function
def run(self):
    # ...
