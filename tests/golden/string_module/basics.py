# string: constants, capwords, Template substitute/safe_substitute and its errors, Formatter
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s; $$5 each')
print(t.substitute(who='Tim', what='apple'), t.substitute({'who': 'Ann', 'what': 'pear'}))
print(t.substitute({'who': 'Ann', 'what': 'pear'}, who='Bo'), t.get_identifiers(), t.is_valid())
print(string.Template('$who likes $what').safe_substitute(who='Tim'))
print(string.Template('cost: $ 5 and ${bad').safe_substitute())
try:
    string.Template('$who likes $what').substitute(who='Tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $5', 'line one\nline $ two', '${1x}']:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
print(string.Template('x${y}z').substitute(y=[1]), string.Template('$a$b').substitute(a=1, b=2))
print(string.Formatter().format('{0}-{x:>4}', 'a', x=7))
print([c for c in 'Hello, World!' if c in string.punctuation], sum(c in string.ascii_uppercase for c in 'ABcD'))
