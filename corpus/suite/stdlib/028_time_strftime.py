# covers: time.strftime with and without time.localtime(), time.gmtime(0) fields, time.time_ns; current date/time values masked
# kind: program
# rule: normalised
# normalise: \d{4}-\d\d-\d\d => YYYY-MM-DD
# normalise: \d\d:\d\d:\d\d => HH:MM:SS
# normalise: ns=\d+ => ns=<N>
import time

print("now", time.strftime("%Y-%m-%d %H:%M:%S"))
lt = time.localtime()
print("local", time.strftime("%Y-%m-%d", lt), 1 <= lt.tm_mon <= 12)
epoch = time.gmtime(0)
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_hour)
print(time.strftime("%d/%m/%Y %a %b %j", epoch))
fixed = time.strptime("2024-02-29 13:45:00", "%Y-%m-%d %H:%M:%S")
print(time.strftime("%A %B %d %I%p", fixed))
ns = time.time_ns()
print(f"ns={ns}", type(ns).__name__, ns > 1_600_000_000 * 10 ** 9)
