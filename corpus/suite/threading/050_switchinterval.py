# covers: sys.getswitchinterval() default and sys.setswitchinterval() changing it; invalid interval ValueError
# kind: program
# rule: exact
# timeout: 10s
import sys

print("default:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("after set:", sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)
print("restored:", sys.getswitchinterval())
