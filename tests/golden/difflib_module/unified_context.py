# unified_diff and context_diff: headers, hunks, context size n, lineterm
import difflib

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print('=' * 20)
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print('=' * 20)

old = [f'line {i}\n' for i in range(1, 21)]
new = list(old)
new[2] = 'line three\n'
new[15:17] = []
new.append('line 21\n')
print(''.join(difflib.unified_diff(old, new, 'old', 'new', '2026-01-01', '2026-01-02')), end='')
print('=' * 20)
print(''.join(difflib.unified_diff(old, new, n=1)), end='')
print('=' * 20)
print(''.join(difflib.unified_diff(old, new, n=0)), end='')
print('=' * 20)
print(''.join(difflib.context_diff(old, new, n=1)), end='')
print('=' * 20)
print(''.join(difflib.context_diff(old, new, n=0)), end='')
print('=' * 20)

for line in difflib.unified_diff('one two three'.split(), 'one three four'.split(),
                                 fromfile='a', tofile='b', lineterm=''):
    print(line)
for line in difflib.context_diff(['x'], ['y'], lineterm=''):
    print(line)
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['gone\n'], [])))
try:
    list(difflib.unified_diff([1, 2], [1, 3]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=1))
except TypeError as e:
    print('TypeError:', e)
