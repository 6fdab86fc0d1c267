# How help is laid out: wrapping of long help and descriptions at 78 columns, long option
# names moving the help to the next line, metavar tuples, formatter classes, usage wrapping.
import argparse

p = argparse.ArgumentParser(
    prog='layout',
    description='A tool with a long description that goes on and on, so that it has to be '
                'wrapped over several lines of the help output to fit in the terminal.')
p.add_argument('--a-very-long-option-name-indeed', help='the help goes below the option '
               'because the option does not fit in the space before the help column')
p.add_argument('-s', help='short')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
p.add_argument('--maybe', nargs='?', help='optional value')
p.add_argument('--many', nargs='*', help='any number')
p.add_argument('--some', nargs='+', help='at least one')
p.add_argument('--three', nargs=3)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--level', choices=range(1, 4), type=int, help='level, one of %(choices)s')
p.add_argument('files', nargs='*', help='input files (%(default)s when none)', default=['-'])
p.print_help()

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='Line one\n  indented line two\n\nParagraph.')
raw.add_argument('--opt', help='keeps\nits lines')
raw.print_help()

defaults = argparse.ArgumentParser(prog='defs',
                                   formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument('--retries', type=int, default=3, help='how often to retry')
defaults.add_argument('--name', default='x')
defaults.add_argument('target', help='where')
defaults.print_help()

wide = argparse.ArgumentParser(prog='a-program-with-quite-a-long-name-for-its-usage-line')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    wide.add_argument('--' + name, metavar=name.upper() + '_VALUE')
wide.add_argument('source')
wide.add_argument('destination')
wide.print_usage()
short = argparse.ArgumentParser(prog='p', usage='%(prog)s [options] FILE')
short.print_usage()
