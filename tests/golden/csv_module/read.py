# csv.reader: quoted fields over several lines, doubled quotes, escapes, skipinitialspace,
# QUOTE_NONNUMERIC, strict mode, line_num, and the reader's errors.
import csv

r = csv.reader(['a,b,c\r\n', '"x,y",2\n', '"multi\n', 'line",3\n', ' sp, "q""q" ,\n', '\n', 'last'])
for row in r:
    print(row, r.line_num)
cases = [(['a,"b'], {}), (['a,"b'], {'strict': True}), (['"a"b,c'], {}),
         (['"a"b,c'], {'strict': True}), (['a\0b'], {}), (['1,"2",x'], {'quoting': csv.QUOTE_NONNUMERIC}),
         (['1,"2",3.5,'], {'quoting': csv.QUOTE_NONNUMERIC}), ([' a, b'], {'skipinitialspace': True}),
         (['a\\,b,c'], {'escapechar': '\\'}), (['"a\\"b",c'], {'escapechar': '\\'}),
         (['a\\\n', 'b'], {'escapechar': '\\'}), (['a;b'], {'delimiter': ';'}), ([b'a,b'], {}),
         (['a\rb'], {}), (['"a\rb"'], {}), (["x;'y;z'"], {'delimiter': ';', 'quotechar': "'"}),
         (['a,"b""c"'], {'doublequote': False}), (['"a"'], {'quoting': csv.QUOTE_NONE}),
         (['a,b\r', '\n'], {}), ([''], {}), (['\r\n'], {})]
for lines, options in cases:
    try:
        print(lines, options, list(csv.reader(lines, **options)))
    except (csv.Error, ValueError) as e:
        print(lines, options, type(e).__name__, e)
print(csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
