# Argument groups in the help, mutually exclusive groups (optional and required), parents.
import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='backup', description='Copy files to a server.',
                            epilog='Files are copied in parallel.')
src = p.add_argument_group('source', 'Where the files come from.')
src.add_argument('paths', nargs='+', metavar='PATH')
src.add_argument('--exclude', action='append', default=[], metavar='GLOB')
net = p.add_argument_group('network')
net.add_argument('--host', default='localhost')
net.add_argument('--port', type=int, default=22)
mode = p.add_mutually_exclusive_group()
mode.add_argument('--quiet', action='store_true', help='say nothing')
mode.add_argument('--loud', action='store_true', help='say everything')
p.print_help()
print(p.parse_args(['a', '--quiet']))
for args in [['a', '--quiet', '--loud'], ['--loud', 'b', '--quiet']]:
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)

r = argparse.ArgumentParser(prog='req')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--add', metavar='ITEM')
g.add_argument('--remove', metavar='ITEM')
g.add_argument('--list', action='store_true')
r.print_usage()
print(r.parse_args(['--list']))
try:
    r.parse_args([])
except SystemExit as e:
    print('exit', e.code)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='app.toml')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('job')
print(child.parse_args(['build', '--config', 'x.toml']))
child.print_help()
