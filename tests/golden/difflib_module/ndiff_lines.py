# ndiff and Differ: line diffs with '?' hint lines, and restore()
import difflib

a = ['one\n', 'two\n', 'three\n']
b = ['ore\n', 'tree\n', 'emu\n']
print(''.join(difflib.ndiff(a, b)), end='')
print('-' * 20)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print('-' * 20)
print(''.join(difflib.restore(result, 1)), end='')
print(''.join(difflib.restore(result, 2)), end='')
print('-' * 20)

for line in difflib.ndiff(['apple', 'banana', 'cherry'], ['apple', 'bananas', 'date', 'cherry']):
    print(repr(line))
print(list(difflib.ndiff([], ['x'])))
print(list(difflib.ndiff(['\tindented line\n'], ['\tindented lime\n'])))
print(list(difflib.ndiff(['abc'], ['xyz'])))
print(list(difflib.ndiff(['a b c'], ['a  b c'], charjunk=None)))
print(list(difflib.Differ(linejunk=difflib.IS_LINE_JUNK).compare(['#\n', 'x\n'], ['x\n', '#\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError:', e)
