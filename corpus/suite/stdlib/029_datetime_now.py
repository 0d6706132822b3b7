# covers: datetime.now().strftime (masked), datetime arithmetic with timedelta on fixed dates, date formatting, isoformat
# kind: program
# rule: normalised
# normalise: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d => <NOW>
from datetime import date, datetime, timedelta

now = datetime.now()
print("started at", now.strftime("%Y-%m-%d %H:%M:%S"))
start = datetime(2024, 3, 1, 9, 30)
end = start + timedelta(hours=2, minutes=45)
print(start.strftime("%H:%M"), "->", end.strftime("%H:%M"), end - start)
print(end.isoformat(), (end - start).total_seconds())
deadline = date(2024, 12, 31)
print(deadline, deadline - date(2024, 1, 1), deadline.weekday(), deadline.strftime("%d %b %Y"))
print(start.year, start.month, start.day, start < end)
elapsed = datetime.now() - now
print("elapsed under a minute:", elapsed < timedelta(minutes=1))
