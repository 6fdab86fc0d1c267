# time.strptime's ISO week directives (%G %V %u) and UTC offsets (%z), with their errors
import time


def parse(text, fmt):
    try:
        t = time.strptime(text, fmt)
        print(f'{text!r:28} {fmt!r:22} {tuple(t)} gmtoff={t.tm_gmtoff} zone={t.tm_zone}')
    except ValueError as e:
        print(f'{text!r:28} {fmt!r:22} ValueError: {e}')


parse('2024-W01-1', '%G-W%V-%u')
parse('2020 53 7', '%G %V %u')
parse('2024 52 Sun', '%G %V %a')
parse('2026 1 Monday', '%G %V %A')
parse('2025 1 0', '%G %V %w')
parse('2009-W53-5', '%G-W%V-%u')
parse('2024-03-05 10:30 +0530', '%Y-%m-%d %H:%M %z')
parse('2024-03-05 -08:00', '%Y-%m-%d %z')
parse('2024-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z')
parse('2024-01-02T03:04:05+01:00', '%Y-%m-%dT%H:%M:%S%z')
parse('+05:30:15.25', '%z')
parse('-00:30', '%z')
parse('2024 UTC', '%Y %Z')
parse('2024 gmt', '%Y %Z')
parse('2024', '%G')
parse('5', '%V')
parse('2024 5 1', '%Y %V %u')
parse('2025 1 1 100', '%G %V %u %j')
parse('2025 1 1 2025', '%G %V %u %Y')
parse('8', '%u')
parse('+0530:15', '%z')
parse('-123', '%z')
parse('z', '%z')
