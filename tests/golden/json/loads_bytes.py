# json.loads of bytes and bytearray (UTF-8, with or without a BOM) and its errors
import json
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{"a": null}')), json.loads('{"é": "ü"}'.encode()))
print(json.loads(b'\xef\xbb\xbf{"bom": true}'), json.loads(b'"\xf0\x9f\x98\x80"'), json.loads(b' 12 '))
for bad in [b'[1,', b'\xef\xbb\xbf', b'', b'{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(bad, e.msg, e.pos)
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for bad in [5, None, [b'1']]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)
