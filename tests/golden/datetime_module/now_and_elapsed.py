# datetime.now()/today()/utcnow() as tutorials use them: a timestamp, and the time a step took
import time
from datetime import datetime, date, timedelta, timezone

start = datetime.now()
print(type(start).__name__, start.tzinfo)
print(len(start.isoformat(timespec='seconds')), len(start.strftime('%Y-%m-%d %H:%M:%S')))
time.sleep(0.05)
elapsed = datetime.now() - start
print(type(elapsed).__name__, elapsed >= timedelta(seconds=0.05), elapsed < timedelta(seconds=30))
print(elapsed.total_seconds() >= 0.05)

today = date.today()
print(type(today).__name__, today == datetime.now().date() or today < datetime.now().date())
aware = datetime.now(timezone.utc)
print(aware.tzinfo, aware.utcoffset(), aware.tzname())
print(abs(aware - datetime.now(timezone.utc)) < timedelta(seconds=5))
print(datetime.utcnow().tzinfo is None, abs(datetime.utcnow() - aware.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(datetime.now().timestamp() - time.time()) < 5)
stamp = datetime.now().strftime('%H:%M:%S')
print(len(stamp), stamp.count(':'))
print(f'[{datetime.now():%Y}]'.startswith('[20'))
