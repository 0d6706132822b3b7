# source: 002_0cb0e86412a9fb81.txt, "Python Main Thread Waiting for Condition Notification"
# restored: line breaks and indentation (the document lost its newlines)
# kind: fragment
# create a condition
condition = Condition()
# prepare the work list
work_list = list()
# wait to be notified that the data is ready
print('Main thread waiting for data...')
with condition:
    # start a new thread to perform some work
    worker = Thread(target=task, args=(condition, work_list))
    worker.start()
    # wait to be notified
    condition.wait()
