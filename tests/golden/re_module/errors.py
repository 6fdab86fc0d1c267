# re: CPython's re.error messages and positions, TypeErrors, Match errors
import re
bad = ['a**', '*a', '(abc', 'abc)', '[abc', 'a{3,2}', r'\1', '(?P<n>a)(?P<n>b)', r'(?P=x)', '(?z)', r'\q',
       'a|*', '(?<=a+)b', '+', '(?P<1a>x)', '[z-a]', r'\x4', '(?', '((a)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos)
try:
    re.compile('(a\nb')
except re.error as e:
    print(e, e.lineno, e.colno)
for call in [lambda: re.match(1, 'a'), lambda: re.search('a', 1), lambda: re.sub('a', 1, 'a'),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.match('(a)', 'a').group(2),
             lambda: re.match('(a)', 'a').group('x'), lambda: re.sub('(a)', r'\2', 'a'),
             lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a')]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, re.error) as e:
        print(type(e).__name__, e)
print(isinstance(re.error('x'), Exception), re.error('plain').msg, re.error('plain').pos)
