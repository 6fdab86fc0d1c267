"""platform in Loopscope: the playground's documented machine (docs/standard-modules.md,
"platform"), the same on every run and in every browser. It agrees with sys and os: sys.platform
is 'emscripten' (the page runs the interpreter as WebAssembly built with Emscripten), sys.maxsize
is 2**63 - 1 (64-bit sizes, as struct.calcsize('P') == 8), os.name is 'posix', and the
interpreter behaves as CPython 3.11.7.

    system()   'Emscripten'         node()     'loopscope'
    release()  '3.1.45'             version()  '#1'
    machine()  'wasm32'             processor() ''
    architecture()  ('64bit', '')   python_implementation()  'CPython'
    python_build()  ('main', 'Jan  1 2026 00:00:00')   python_compiler()  'Clang 17.0.0 (Emscripten 3.1.45)'
"""
import sys as _sys

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver',
           'machine', 'node', 'platform', 'processor', 'python_branch', 'python_build',
           'python_compiler', 'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias', 'uname', 'uname_result',
           'version', 'win32_edition', 'win32_is_iot', 'win32_ver']

_SYSTEM = 'Emscripten'
_NODE = 'loopscope'
_RELEASE = '3.1.45'
_VERSION = '#1'
_MACHINE = 'wasm32'


class uname_result(tuple):
    """(system, node, release, version, machine) and the processor after them, as CPython's
    (the processor is held as a sixth item: it is always '' here)."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, ''))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = dict(zip(self._fields[:5], self))
        for k in changes:
            if k not in values:
                raise ValueError(f'Got unexpected field names: {[k]!r}')
            values[k] = changes[k]
        return uname_result(*values.values())

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields[:5], self))
        return f'uname_result({shown})'


_uname = uname_result(_SYSTEM, _NODE, _RELEASE, _VERSION, _MACHINE)


def uname():
    return _uname


def system():
    return _SYSTEM


def node():
    return _NODE


def release():
    return _RELEASE


def version():
    return _VERSION


def machine():
    return _MACHINE


def processor():
    return ''


# as platform.architecture: the pointer size of the interpreter, no executable to inspect
def architecture(executable=_sys.executable, bits='', linkage=''):
    if not bits:
        bits = '64bit'
    return bits, linkage


def python_implementation():
    return 'CPython'


def python_version():
    v = _sys.version_info
    return f'{v[0]}.{v[1]}.{v[2]}'


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_build():
    return ('main', 'Jan  1 2026 00:00:00')


def python_compiler():
    return 'Clang 17.0.0 (Emscripten 3.1.45)'


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version


def freedesktop_os_release():
    # as CPython: the last file it tried is the one named; the simulated disk has neither
    raise FileNotFoundError(2, 'No such file or directory', '/usr/lib/os-release')


# as platform._platform: the non-empty parts joined by '-', without doubled dashes
def _platform(*args):
    text = '-'.join(x.strip() for x in filter(len, args))
    for a, b in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'), ('"', '-'),
                 ('(', '-'), (')', '-'), ('unknown', ''), ('--', '-')):
        text = text.replace(a, b)
    while text.find('--') >= 0:
        text = text.replace('--', '-')
    while text[-1:] == '-':
        text = text[:-1]
    return text


def platform(aliased=False, terse=False):
    if terse:
        return _platform(_SYSTEM, _RELEASE)
    bits, linkage = architecture()
    return _platform(_SYSTEM, _RELEASE, _MACHINE, bits, linkage)
