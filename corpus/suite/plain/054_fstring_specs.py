# covers: f-string format specs {v:.2f} {n:>5} {n:<5} {n:^5} {n:,} {n:05d} {x:.1%} {n:x} {v:e} {v:10.3f} {s:*^9} nested {v:{w}.{p}f}
# kind: program
# rule: exact
v = 3.14159
n = 42
big = 1234567
pct = 0.256
s = "mid"
print(f"{v:.2f} {v:.0f} {v:8.3f}| {-v:.1f}")
print(f"[{n:>5}] [{n:<5}] [{n:^5}] [{n:05d}] [{n:+d}]")
print(f"{big:,} {big:_} {1234.5:,.2f} {big:>12,}")
print(f"{pct:.1%} {n:x} {n:X} {n:o} {n:b} {n:#x}")
print(f"{v:e} {12345.678:.2e} {v:g} {1e20:g}")
print(f"[{s:*^9}] [{s:>6}] [{s:<6}] [{s!r:>8}]")
w, p = 10, 3
print(f"[{v:{w}.{p}f}]")
for name, score in [("ann", 9.5), ("bartholomew", 10)]:
    print(f"{name:<12}|{score:>6.2f}|")
print(f"{'total':>8}: {sum([1.5, 2.25]):7.3f}")
print(f"{n / 7:.4f} {n // 7} {n}")
print(f"{True} {None} {[1, 'a']} {(1,)}")
