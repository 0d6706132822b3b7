# covers: heapq (heappush, heappop, heapify, nsmallest, nlargest) as a priority scheduler with (priority, counter, name) tuples
# kind: program
# rule: exact
import heapq
import itertools

tasks = []
order = itertools.count()
for priority, name in [(3, "write report"), (1, "fix outage"), (2, "review"), (1, "page on-call")]:
    heapq.heappush(tasks, (priority, next(order), name))
print(tasks[0])
while tasks:
    priority, _, name = heapq.heappop(tasks)
    print(f"p{priority}: {name}")
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums[0], len(nums))
print(heapq.nsmallest(3, [9, 4, 7, 1, 8, 2]), heapq.nlargest(2, [9, 4, 7, 1, 8, 2]))
print(heapq.nsmallest(2, ["pear", "fig", "banana"], key=len))
