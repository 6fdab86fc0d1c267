# argparse as a tutorial script uses it: options with types and defaults, flags, choices,
# a positional list; parse_args with explicit lists; the Namespace.
import argparse

parser = argparse.ArgumentParser(prog='fetch', description='Fetch URLs concurrently.')
parser.add_argument('urls', nargs='+', help='the URLs to fetch')
parser.add_argument('-c', '--concurrency', type=int, default=5,
                    help='requests at once (default: %(default)s)')
parser.add_argument('-v', '--verbose', action='store_true', help='print each response')
parser.add_argument('--timeout', type=float, metavar='SECONDS')
parser.add_argument('--mode', choices=['fast', 'slow'], default='fast')

args = parser.parse_args(['a', 'b', '-c', '3', '-v'])
print(args)
print(args.urls, args.concurrency, args.verbose, args.timeout, args.mode)
print(parser.parse_args(['--timeout=2.5', 'x', '--mode', 'slow']))
print(parser.parse_args(['-c7', 'x']))
print(parser.parse_args(['--conc', '9', 'x']))  # an unambiguous abbreviation
ns = argparse.Namespace(a=1, b='two')
print(ns, ns == argparse.Namespace(a=1, b='two'), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'odd-name': 1, 'x': 2}))
print(parser.parse_known_args(['x', '--other', '-v', 'y']))
print(parser.get_default('concurrency'), parser.get_default('nothing'))
parser.set_defaults(concurrency=10, extra='yes')
print(parser.parse_args(['u']))
print(parser.prog, parser.description)
print(repr(parser))
