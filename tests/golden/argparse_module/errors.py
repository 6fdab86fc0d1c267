# The messages a learner sees: usage and "prog: error: ..." on stderr, exit status 2;
# mistakes in add_argument raise at once.
import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='err')
p.add_argument('count', type=int)
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--verbose', '-v', action='store_true')
p.add_argument('--verbatim', action='store_true')

def percent(text):
    value = int(text)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError('%r is not a percentage' % text)
    return value

p.add_argument('--share', type=percent)
for args in [[], ['x'], ['1', '--level', '7'], ['1', '--level'], ['1', '--verb'],
             ['1', '--verbose=yes'], ['1', '2'], ['1', '--share', '140'], ['1', '-vx'],
             ['1', '--share', 'lots']]:
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, args)

for bad in [lambda: p.add_argument('--verbose'),
            lambda: p.add_argument('pos', required=True),
            lambda: p.add_argument('--x', action='store_true', type=int),
            lambda: p.add_argument('--y', action='explode'),
            lambda: p.add_argument('--z', nargs=0),
            lambda: p.add_argument('w', dest='other'),
            lambda: p.add_argument('--q', type='int'),
            lambda: p.add_argument('--m', nargs=2, metavar=('A', 'B', 'C'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

strict = argparse.ArgumentParser(prog='strict', exit_on_error=False)
strict.add_argument('--n', type=int)
try:
    strict.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
