# Every built-in action: store, store_const, store_true/false, append, append_const, count,
# extend, BooleanOptionalAction, version; a custom Action subclass.
import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='acts')
p.add_argument('--name')
p.add_argument('--fast', action='store_const', const='F', default='S')
p.add_argument('--on', action='store_true')
p.add_argument('--off', action='store_false')
p.add_argument('-t', '--tag', action='append')
p.add_argument('--red', dest='colors', action='append_const', const='red')
p.add_argument('--blue', dest='colors', action='append_const', const='blue')
p.add_argument('-v', action='count', default=0)
p.add_argument('--item', action='extend', nargs='+', type=int)
p.add_argument('--cache', action=argparse.BooleanOptionalAction, default=True,
               help='use the cache')
print(p.parse_args([]))
print(p.parse_args(['--name', 'n', '--fast', '--on', '--off', '-t', 'a', '-t', 'b',
                    '--red', '--blue', '--red', '-vvv', '--item', '1', '2', '--item', '3',
                    '--no-cache']))
print(p.parse_args(['-v', '-v', '--cache']))

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        print('called with', repr(values), option_string)
        setattr(namespace, self.dest, values.upper())

q = argparse.ArgumentParser(prog='custom')
q.add_argument('--word', action=Upper)
q.add_argument('--version', action='version', version='%(prog)s 2.0')
print(q.parse_args(['--word', 'hello']))
try:
    q.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
p.print_help()
