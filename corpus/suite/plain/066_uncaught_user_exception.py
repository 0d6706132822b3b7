# covers: an uncaught user-defined exception raised from a method (traceback on stderr, exit 1, message without module prefix for __main__ classes)
# kind: program
# rule: exact
class InventoryError(Exception):
    pass


class Store:
    def __init__(self):
        self.stock = {"apple": 2}

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if n > have:
            raise InventoryError(f"only {have} {item}(s) left, wanted {n}")
        self.stock[item] = have - n
        return n


s = Store()
print("took", s.take("apple", 1))
print("took", s.take("apple", 5))
