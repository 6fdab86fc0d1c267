# DictReader and DictWriter (missing and extra fields), registered and class dialects.
import csv

d = csv.DictReader(['name,age', 'ann,3', 'bob', 'cy,4,extra,more', '', 'dee,5'])
print(d.fieldnames)
for row in d:
    print(row, d.line_num)
print(list(csv.DictReader(['1;2'], fieldnames=['a', 'b', 'c'], restval='?', delimiter=';')))
print(list(csv.DictReader(['1,2,3'], fieldnames=['a'], restkey='rest')))


class Lines:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)


out = Lines()
dw = csv.DictWriter(out, ['name', 'age'], restval='n/a')
dw.writeheader()
dw.writerow({'name': 'x'})
dw.writerows([{'name': 'y', 'age': 2}, {'age': 9, 'name': 'z'}])
try:
    dw.writerow({'name': 'z', 'zz': 1})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(out, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
print(out.lines)
try:
    csv.DictWriter(out, ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


w = csv.writer(out, Semi)
w.writerow(["it's", 'a;b'])
print(out.lines[-1], w.dialect.delimiter, w.dialect.lineterminator == '\n')
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
csv.writer(out, 'pipes').writerow(['x', 2])
print(out.lines[-1], csv.list_dialects())
p = csv.get_dialect('pipes')
print(p.delimiter, p.quoting, p.doublequote, p.escapechar, repr(p.lineterminator), p.skipinitialspace,
      p.strict)
print(list(csv.reader(["x|'y|z'"], 'pipes', quotechar="'")))
csv.unregister_dialect('pipes')
for bad in [lambda: csv.unregister_dialect('pipes'), lambda: csv.get_dialect('nope'),
            lambda: csv.writer(out, 'nope')]:
    try:
        bad()
    except csv.Error as e:
        print('Error', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      repr(csv.excel.lineterminator), csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting)
