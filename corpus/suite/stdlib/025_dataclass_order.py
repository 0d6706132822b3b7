# covers: @dataclass(order=True) comparisons and sorting by field order; sort_index field with field(init=False), priority-queue style items
# kind: program
# rule: exact
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


@dataclass(order=True)
class Person:
    sort_index: int = field(init=False, repr=False)
    name: str
    age: int

    def __post_init__(self):
        self.sort_index = self.age


jobs = [Job(3, "low"), Job(1, "urgent"), Job(2, "normal"), Job(1, "also urgent")]
print(sorted(jobs))
print(Job(1, "a") < Job(2, "b"), Job(1, "a") == Job(1, "b"), max(jobs))
people = [Person("Ann", 41), Person("Bo", 19), Person("Cy", 30)]
print(sorted(people))
print(min(people).name, Person("Dee", 30) == people[2])
