# SequenceMatcher: ratios, matching blocks, opcodes, grouped opcodes, junk and autojunk
import difflib

s = difflib.SequenceMatcher(None, 'abcd', 'bcde')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.find_longest_match(0, 4, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print('a[%d] and b[%d] match for %d elements' % block)
for opcode in s.get_opcodes():
    print('%6s a[%d:%d] b[%d:%d]' % opcode)

a, b = 'qabxcd', 'abycdf'
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))

s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
print(s.bjunk, s.bpopular)

a = list(range(1, 40))
b = a[:10] + [100, 101] + a[12:30] + a[33:]
s = difflib.SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes(2):
    print(group)

# autojunk: in b of 200 or more items, items filling over 1% are "popular"
b = 'x' * 5 + 'ab' * 100
s = difflib.SequenceMatcher(None, 'xab', b)
print(sorted(s.bpopular), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, 'xab', b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())

s = difflib.SequenceMatcher()
s.set_seq2('abcdefg')
for word in ['abcxefg', 'gfedcba', '', 'abcdefg']:
    s.set_seq1(word)
    print(word, round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s.set_seqs('', '')
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.size)
print(difflib.SequenceMatcher(None, [1, 2, 3], (1, 3)).get_opcodes())
