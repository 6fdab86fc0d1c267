# Sub-commands: add_subparsers, set_defaults(func=...), aliases, help of each parser.
import argparse, sys
sys.stderr = sys.stdout

def start(args):
    print('starting', args.name, 'with', args.workers, 'workers')

def stop(args):
    print('stopping', args.name, 'now' if args.force else 'gently')

p = argparse.ArgumentParser(prog='svc')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='what to do')
a = sub.add_parser('start', help='start a service', aliases=['run'])
a.add_argument('name')
a.add_argument('-w', '--workers', type=int, default=4)
a.set_defaults(func=start)
b = sub.add_parser('stop', help='stop a service')
b.add_argument('name')
b.add_argument('--force', action='store_true')
b.set_defaults(func=stop)

for argv in [['start', 'web', '-w', '8'], ['--debug', 'stop', 'db', '--force'], ['run', 'x']]:
    args = p.parse_args(argv)
    print({k: v for k, v in vars(args).items() if k != 'func'})
    args.func(args)
print(p.parse_args([]))
p.print_help()
a.print_help()
for argv in [['launch'], ['start'], ['stop', 'x', '--bogus']]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

t = argparse.ArgumentParser(prog='tool')
cmds = t.add_subparsers(title='commands', description='the tool knows these', required=True,
                        dest='cmd', metavar='COMMAND')
cmds.add_parser('init', help='make a new project')
cmds.add_parser('clean')
t.print_help()
try:
    t.parse_args([])
except SystemExit as e:
    print('exit', e.code)
