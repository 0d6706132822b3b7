# source: 002_0cb0e86412a9fb81.txt, "Create a Thread with a Custom Name in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create with a custom name
thread = Thread(name='MyThread')
