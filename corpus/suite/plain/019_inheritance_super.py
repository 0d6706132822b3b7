# covers: inheritance, method overriding, super().__init__ and super().method(), isinstance with subclasses
# kind: program
# rule: exact
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name, "woof")
        self.tricks = tricks

    def speak(self):
        base = super().speak()
        return base + " and knows " + ", ".join(self.tricks)


class Puppy(Dog):
    def kind(self):
        return "young " + super().kind()


pets = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit", ["roll", "beg"])]
for p in pets:
    print(p.speak(), "|", p.kind(), isinstance(p, Dog))
print(issubclass(Puppy, Animal), type(pets[2]).__name__)
