# strptime's ISO week directives %G, %V with a weekday (%u %a %A %w), and their rules' errors
import time
from datetime import datetime, date

for text in ['2026-W01-1', '2026-W10-6', '2020-W53-5', '2021-W52-7', '2027-W01-1', '2015-W53-7', '2009-W01-1']:
    d = datetime.strptime(text, '%G-W%V-%u')
    print(text, d.date(), d.date().isocalendar(), d.strftime('%G-W%V-%u') == text)
print(datetime.strptime('2026 10 Sat', '%G %V %a'), datetime.strptime('2026 10 sunday', '%G %V %A'), datetime.strptime('2026 10 0', '%G %V %w'))
print(time.strptime('2026 53 5', '%G %V %u'))
for y in (2024, 2025, 2026, 2027):
    print(y, [str(datetime.strptime(f'{y} {w} 1', '%G %V %u').date()) for w in (1, 26, 52)])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('no weekday', lambda: datetime.strptime('2026 10', '%G %V'))
attempt('no week', lambda: datetime.strptime('2026 Mon', '%G %a'))
attempt('with %j', lambda: datetime.strptime('2026 10 1 50', '%G %V %u %j'))
attempt('no %G', lambda: datetime.strptime('10 1', '%V %u'))
attempt('only %V', lambda: datetime.strptime('10', '%V'))
attempt('%Y and %V', lambda: datetime.strptime('2026 10 1', '%Y %V %u'))
attempt('only %G', lambda: datetime.strptime('2026', '%G'))
attempt('week 54', lambda: datetime.strptime('2026 54 1', '%G %V %u'))
