# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
text = ('The quick brown fox jumps over the lazy dog. Python is a well-known, general-purpose '
        'programming language; asyncio is its library for concurrent code using async/await.')
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('a-very-long-hyphenated-compound-word here', 12))
print(textwrap.wrap('no-break-here please', 8, break_long_words=False))
print(textwrap.wrap('tabs\tand\nnewlines  and   spaces', 12))
print(textwrap.wrap('keep   spaces', 20, drop_whitespace=False, replace_whitespace=False))
print(textwrap.shorten('Hello  world!  How are you today?', width=20))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello world', 10, placeholder='...'))
print(textwrap.fill(text, 30, max_lines=2))
print(textwrap.fill('Hi there. How are you? Fine.', 50, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('word', 1))
code = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   x\n  \n   y')))
print(textwrap.indent('one\ntwo\n\nthree\n', '> '), end='')
print(textwrap.indent('a\n\nb', '+ ', lambda line: True))
w = textwrap.TextWrapper(width=15, initial_indent='- ')
print(w.wrap('items on a list that wraps nicely'))
for bad in [0, -1]:
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.shorten('hello world', 3)
except ValueError as e:
    print('ValueError', e)
