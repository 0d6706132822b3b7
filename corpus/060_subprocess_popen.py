# source: 002_0cb0e86412a9fb81.txt, "Execute a Command and Capture Output in Python"
# restored: line breaks and indentation (the document lost its newlines)
# kind: program
# rule: exact
import subprocess

my_cmd = 'nohup ./your_executable_name &'
result = subprocess.Popen(my_cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
stdout, stderr = result.communicate()
