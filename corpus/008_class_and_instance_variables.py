# source: 001_22dbe14fec383ac3.txt, "Instance variables vs Class variables in Python"
# restored: line breaks and indentation (the document lost its newlines); the teaser is cut off after the second print (a trailing comment "# Acc..." is dropped)
# kind: program
# rule: exact
class Car:
    # Class variable
    wheels = 4

    # Instance method to initialize instance variables
    def __init__(self, color):
        # Instance variable
        self.color = color

# Create instances of the Car class
car1 = Car('red')
car2 = Car('blue')

# Access instance variables
print(car1.color)  # Output: 'red'
print(car2.color)  # Output: 'blue'
