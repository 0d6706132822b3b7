import datetime as dt
import time
from datetime import date, datetime, timedelta

now = datetime.now()
print("started at", len(now.strftime("%Y-%m-%d %H:%M:%S")), now.year > 2000)
start = datetime(2024, 3, 1, 9, 30)
end = start + timedelta(hours=2, minutes=45)
print(start.strftime("%H:%M"), "->", end.strftime("%H:%M"), end - start)
print(end.isoformat(), (end - start).total_seconds(), start, repr(start))
deadline = date(2024, 12, 31)
print(deadline, deadline - date(2024, 1, 1), deadline.weekday(), deadline.strftime("%d %b %Y"))
print(start.year, start.month, start.day, start < end, start == end, end - timedelta(days=1))
time.sleep(0.01)
elapsed = datetime.now() - now
print("elapsed under a minute:", elapsed < timedelta(minutes=1), elapsed.total_seconds() > 0)
print(dt.datetime(2020, 1, 2) + dt.timedelta(weeks=1), dt.date.today() > dt.date(2000, 1, 1))
