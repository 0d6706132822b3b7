# covers: classes with __init__, methods calling methods, attributes, instances in lists
# kind: program
# rule: exact
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def is_square(self):
        return self.width == self.height

    def describe(self):
        kind = "square" if self.is_square() else "rectangle"
        return f"{kind} {self.width}x{self.height} area={self.area()} perimeter={self.perimeter()}"


shapes = [Rectangle(2, 3), Rectangle(4, 4), Rectangle(1.5, 2)]
for shape in shapes:
    print(shape.describe())
biggest = max(shapes, key=lambda s: s.area())
print(biggest.width, biggest.height)
shapes[0].width = 10
print(shapes[0].area())
