# json.loads: values, whitespace, escapes, hooks, and the JSONDecodeError messages
import json
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads(' [ 1 , "x\\n\\u00e9\\ud83d\\ude00\\"" ] '), json.loads('"\\/"'), json.loads('0'), json.loads('-0.0'))
print(json.loads('NaN'), json.loads('-Infinity'), json.loads('1E3'), json.loads('12345678901234567890'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{}'), json.loads('[]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads(json.dumps({'round': ['trip', 1, None]})))
bad = ['', '   ', '{', '[1,]', '[1 2]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{"a": 1} x',
       '"abc', '"a\\qb"', '"\\u12"', '"a\tb"', 'tru', '[1,\n 2,\n x]', '01', '-', '.5', '[-]']
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
