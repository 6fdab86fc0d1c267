# sys: the members a tutorial touches - version_info, maxsize, recursion limit, float_info, exit
import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor, len(sys.version_info))
print(sys.version_info < (4,), tuple(sys.version_info)[:3] == (3, 11, sys.version_info.micro), sys.version_info.releaselevel)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -5, 1.5, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(sys.argv).__name__, sys.intern('abc'), 'sys' in sys.modules)
sys.stdout.write('written\n')
print('to stderr', file=sys.stderr)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError', e)
sys.exit('bye')
