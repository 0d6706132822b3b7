# covers: @dataclass with typed fields, generated __init__, __repr__, __eq__; mutable attributes; dataclasses.asdict, fields, astuple
# kind: program
# rule: exact
from dataclasses import asdict, astuple, dataclass, fields


@dataclass
class Product:
    name: str
    price: float
    quantity: int = 0

    def total(self) -> float:
        return self.price * self.quantity


p = Product("widget", 2.5, 4)
print(p)
print(p.total(), p.name)
q = Product(name="widget", price=2.5, quantity=4)
print(p == q, p is q, p == Product("widget", 2.5))
q.quantity += 1
print(q, p == q)
print(asdict(p), astuple(p))
print([f.name for f in fields(Product)], [f.type.__name__ for f in fields(Product)])
print(Product("free", 0.0))
