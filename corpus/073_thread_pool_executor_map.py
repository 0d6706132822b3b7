# source: 004_28b8a46b91a80353.txt, "Thread Pool"
# restored: indentation; typographic quotes in string literals replaced by ASCII quotes; the missing print(result) in the final loop
# kind: program
# rule: exact
import concurrent.futures

def process_task(task):
    return task ** 2

# Create a list of tasks
tasks = [1, 2, 3, 4, 5]

# Create a thread pool with 2 worker threads
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(process_task, tasks)

for result in results:
    print(result)
