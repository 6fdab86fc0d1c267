# csv.writer: minimal quoting, the other quoting modes, escapes, dialects, what writerow
# returns; rows go to a small text sink (and once to sys.stdout, as tutorials do).
import csv
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def value(self):
        text = ''.join(self.parts)
        self.parts.clear()
        return text


out = Sink()
w = csv.writer(out)
for row in [['a', 'b c', ' lead', 'trail ', 'x,y', 'q"q', 'n\nl', 'r\rr', 't\tt', '', None, 1.5,
             True, 10 ** 20, 'é'], [''], [], [None], ['', ''], ['#x'], ["'"]]:
    print(w.writerow(row), end=' ')
print()
print(repr(out.value()))
for quoting in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    w = csv.writer(out, quoting=quoting, escapechar='\\' if quoting == csv.QUOTE_NONE else None)
    w.writerow(['a', 1, 2.5, None, True, 'x,y', 'q"q'])
print(repr(out.value()))
csv.writer(out, doublequote=False, escapechar='\\').writerow(['q"q', 'e\\e'])
csv.writer(out, dialect='unix').writerow(['a\rb', 'c\nd', 'e', 1])
csv.writer(out, lineterminator='\n').writerow(['a\rb', 'x'])
csv.writer(out, dialect='excel-tab').writerow(['a b', 'c\td'])
csv.writer(out, quotechar=None).writerow(['a', 'b"c'])
print(repr(out.value()))
csv.writer(sys.stdout).writerows([['name', 'score'], ['Ann', 3], ['Bob, Jr.', 4.5]])

for bad in [lambda: csv.writer(out, quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.writer(out).writerow(5),
            lambda: csv.writer(out, delimiter='ab'), lambda: csv.writer(out, delimiter=5),
            lambda: csv.writer(out, quoting=7), lambda: csv.writer(out, quotechar=''),
            lambda: csv.writer(out, escapechar='ab'), lambda: csv.writer(out, bogus=1),
            lambda: csv.writer(out, quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(42)]:
    try:
        bad()
        print('ok')
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
