# An error nobody catches: the usage and the message go to stderr and the program ends with
# status 2, as a script run with a wrong option does.
import argparse

parser = argparse.ArgumentParser(prog='server')
parser.add_argument('--port', type=int, default=8080)
print('parsing')
args = parser.parse_args(['--port', 'eighty'])
print('not reached', args)
