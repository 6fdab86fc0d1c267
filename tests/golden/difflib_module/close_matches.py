# get_close_matches: n best matches at or over cutoff, best first
import difflib

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
commands = ['status', 'start', 'stop', 'restart', 'stash', 'state']
print(difflib.get_close_matches('stats', commands))
print(difflib.get_close_matches('stats', commands, n=5, cutoff=0.3))
print(difflib.get_close_matches('xyz', commands))
print(difflib.get_close_matches('star', commands, n=1))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'ab', 'abc'], n=10, cutoff=0.0))


def suggest(name, names):
    matches = difflib.get_close_matches(name, names, n=1)
    return f"Did you mean '{matches[0]}'?" if matches else 'No suggestion.'


print(suggest('lenght', ['length', 'width', 'height']))
print(suggest('qqq', ['length', 'width', 'height']))
for n, cutoff in ((0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('a', ['a'], n=n, cutoff=cutoff)
    except ValueError as e:
        print('ValueError:', e)
