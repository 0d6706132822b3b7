# covers: collections.namedtuple: construction (positional, keyword), attribute access, repr, _fields, _replace, _asdict, unpacking, indexing, defaults
# kind: program
# rule: exact
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Employee = namedtuple("Employee", "name dept salary")
p = Point(3, 4)
print(p, p.x, p.y, p[0], len(p))
x, y = p
print(x + y, p == (3, 4))
e = Employee(name="Ann", dept="eng", salary=120.5)
print(e)
print(Employee._fields, Point._fields)
raised = e._replace(salary=e.salary * 1.1)
print(raised.salary > e.salary, e.salary, raised.name)
print(e._asdict())
staff = [Employee("Bo", "ops", 90), Employee("Cy", "eng", 100)]
print(sorted(staff, key=lambda s: s.salary)[0].name)
Config = namedtuple("Config", ["host", "port"], defaults=[8080])
print(Config("localhost"), Config("h", 1))
print(isinstance(p, tuple), type(p).__name__)
