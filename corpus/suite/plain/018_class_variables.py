# covers: class variables shared by instances, instance attributes shadowing them, counting instances
# kind: program
# rule: exact
class Worker:
    count = 0
    species = "human"
    default_tasks = 3

    def __init__(self, name):
        self.name = name
        Worker.count += 1
        self.ident = Worker.count

    def tasks(self):
        return self.default_tasks * 2


a = Worker("ann")
b = Worker("bob")
print(Worker.count, a.ident, b.ident)
print(a.species, b.species, Worker.species)
b.species = "robot"
print(a.species, b.species, Worker.species)
Worker.default_tasks = 5
print(a.tasks(), b.tasks())
print(a.count, b.count)
