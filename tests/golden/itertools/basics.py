# itertools: the infinite iterators, the terminating ones and the combinatoric ones
import itertools
from itertools import count, cycle, repeat, islice, chain, accumulate, groupby
print(list(islice(count(10), 3)), list(islice(count(1, 2), 4)), count(5), count(1.5, 0.5))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), repeat(1, 2))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain([1, 2], 'ab')), list(chain.from_iterable([[1], [2, 3]])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.filterfalse(None, [0, 1, 0])))
for k, g in groupby('aaabbcaa'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbc')])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
print(list(itertools.pairwise('abcd')), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.zip_longest('abc', 'x', fillvalue='-')), list(itertools.zip_longest()))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.product([1, 2], 'xy')))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.permutations(range(3))))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations('ab', 3)))
print(list(itertools.combinations_with_replacement('abc', 2)))
it = count()
print(next(it), next(it), it)
