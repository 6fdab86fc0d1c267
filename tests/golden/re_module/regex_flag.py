# re's flags are re.RegexFlag members (an IntFlag): how they print, combine and test
import re
print(re.I | re.M, repr(re.S | re.X), str(re.I), f"{re.A}", f"{re.I:d}", '%s %d' % (re.M, re.M))
print(re.RegexFlag, type(re.I), re.NOFLAG, repr(re.NOFLAG), re.RegexFlag.__module__)
print(re.I is re.IGNORECASE, re.I is re.RegexFlag.IGNORECASE, re.A, re.S, re.X, re.U, re.L, re.DEBUG)
print(re.compile('a', re.I), re.compile('a', re.I | re.S | re.X), re.compile('a', re.ASCII | re.M))
print(re.compile('a'), re.compile('a', re.U), re.compile('(?i)a'), re.compile('(?x) a', re.M))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('a', re.A).flags, re.compile('(?s)a').flags)
print(type(re.compile('a', re.I).flags), re.compile('a', re.I | re.M).flags == 42)
print(~re.I)
print(~(re.I | re.A))
flags = re.I | re.M
print(re.I in flags, re.S in flags, re.NOFLAG in flags, flags & re.I, flags & re.S, flags ^ re.I)
print(re.I.name, re.I.value, flags.name, flags.value, list(flags), len(flags), bool(re.NOFLAG), bool(flags))
print(int(flags), flags + 1, re.I == 2, re.M > re.I, hash(re.I) == hash(2), isinstance(re.I, int))
print(re.RegexFlag(10), re.RegexFlag(2), re.RegexFlag(0), re.RegexFlag['DOTALL'], re.RegexFlag(1024), re.RegexFlag(1026))
print(re.I | 1024, 2 | re.M, re.I & 3)
print(list(re.RegexFlag))
print(len(re.RegexFlag), re.RegexFlag.VERBOSE.value)
# flags combined at run time, as a tutorial builds them
opts = re.NOFLAG
for wanted in ['ignore', 'multi']:
    if wanted == 'ignore':
        opts |= re.IGNORECASE
    else:
        opts |= re.MULTILINE
print(opts, re.findall('^a', 'A\na\nb', opts))
print(re.findall(r'''
    (\d+)   # a number
    \s*     # spaces
    ([a-z]+)  # its unit
''', '12 kg, 3m, 40 cm', re.VERBOSE))
print(re.findall('a.b', 'a\nb aXb', re.S), re.findall('(?s:a.)b', 'a\nb'), re.findall('(?i)hello', 'Hello HELLO'))
print(re.search(r'\w+', 'héllo', re.A), re.search(r'\w+', 'héllo'))
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.I in 2
except TypeError as e:
    print('TypeError:', e)
try:
    2 in re.I
except TypeError as e:
    print('TypeError:', e)
for pattern, flags in [('a', re.L), ('(?L)a', 0), ('(?a)a', re.U), ('(?au)a', 0), ('(?i)(?m)a', 0),
                       ('(?#note)(?s)a', 0), ('a|(?i)b', 0), ('(?i:a)(?m)b', 0)]:
    try:
        print(re.compile(pattern, flags))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
