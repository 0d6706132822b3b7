# covers: str/repr of inf, -inf, nan, -0.0 from float(), math and arithmetic; comparisons with nan; in containers
# kind: program
# rule: exact
import math

inf = float("inf")
nan = float("nan")
neg_zero = -0.0
print(inf, -inf, nan, neg_zero)
print(repr(inf), repr(nan), str(-inf))
print([inf, nan, neg_zero], (inf,), {"x": nan})
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, inf > 1e308, math.isnan(inf - inf))
print(1e308 * 10, -1e308 * 10, float("-0"), 0.0 * -1)
print(f"{inf}", f"{nan}", f"{neg_zero}", f"{inf:.2f}", f"{neg_zero:.1f}")
print(max(1.0, inf), min(-inf, 0), math.copysign(1, neg_zero))
