# nargs: None, '?', '*', '+', a number, REMAINDER; '--' and negative numbers; how
# positionals share the arguments.
import argparse, sys
sys.stderr = sys.stdout

def show(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code)

p = argparse.ArgumentParser(prog='n')
p.add_argument('first')
p.add_argument('middle', nargs='*')
p.add_argument('last')
show(p, ['a', 'b'])
show(p, ['a', 'b', 'c', 'd'])
show(p, ['a'])

q = argparse.ArgumentParser(prog='q')
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--pair', nargs=2, type=int)
q.add_argument('pos', nargs='?', default='none')
show(q, [])
show(q, ['--opt'])
show(q, ['--opt', 'x', 'y'])
show(q, ['--pair', '1', '2', 'p'])
show(q, ['--pair', '1'])
show(q, ['--', '--opt'])

r = argparse.ArgumentParser(prog='r')
r.add_argument('-n', type=int)
r.add_argument('values', nargs='*', type=float)
show(r, ['-n', '-3', '-1.5', '2'])
show(r, ['-5'])

s = argparse.ArgumentParser(prog='s')
s.add_argument('-1', dest='one', action='store_true')
s.add_argument('x', nargs='?')
show(s, ['-1'])
show(s, ['-2'])

t = argparse.ArgumentParser(prog='t')
t.add_argument('cmd')
t.add_argument('rest', nargs=argparse.REMAINDER)
show(t, ['run', '-x', '--y', 'z'])
p.print_usage()
q.print_usage()
t.print_usage()
