# re: findall, finditer, sub, subn, split, escape - groups, empty matches, templates, functions
import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\d)', 'x1y2'), re.findall(r'x*', 'axb'))
print([m.span() for m in re.finditer(r'\w+', 'hi there  you')], [m.group() for m in re.finditer(r'a*', 'baaac')])
print(re.sub(r'\d+', '#', 'a1b22c'), re.sub(r'x*', '-', 'abxd'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'Ada Lovelace'), re.sub(r'(a)', r'[\g<1>0]', 'cat'), re.sub('a', r'\n', 'xax'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'), re.sub('a', 'b', 'aaaa', count=2), re.subn(r'\s+', ' ', 'a  b   c'))
print(re.sub('', '-', 'abc'), re.sub(r'\b', '|', 'hi you'), re.sub('^', '> ', 'l1\nl2', flags=re.M))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split(r'\s*,\s*', 'a , b,c ,d'), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'), re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.escape('1+1=2? (yes) [ok] a.b*c ^$ | \\ {x}'), re.escape('hello_world-42 #tag'))
words = re.compile(r'[A-Za-z]+')
print(words.findall('Hello, World! 42 times'), words.sub('W', 'ab cd'), words.split('ab12cd34'), len(list(words.finditer('a b c'))))
email = re.compile(r'^[\w.+-]+@[\w-]+\.[\w.]+$')
print([bool(email.match(e)) for e in ['ann@example.com', 'bad@', 'x.y+z@mail.co.uk', '@no.com']])
log = '2024-01-05 ERROR disk full\n2024-01-06 INFO ok\n2024-01-07 ERROR cpu hot'
print(re.findall(r'^(\S+) ERROR (.*)$', log, re.M))
print(re.match(r'(\d+)-(\d+)', '10-20').expand(r'\2 to \1'), re.sub(r'(\w+)', lambda m: m.group(1).upper(), 'make me loud'))
