# What a tutorial prints about the machine: only what CPython 3.11 and the playground agree on
import platform
import sys

print(platform.python_version())
print(platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_implementation())
for name in ("system", "node", "release", "version", "machine", "processor",
             "python_compiler", "platform"):
    value = getattr(platform, name)()
    print(name, type(value).__name__)
print(type(platform.python_build()).__name__, len(platform.python_build()))
print(platform.python_build()[0])
bits, linkage = platform.architecture()
print(bits, type(linkage).__name__)
print(platform.python_branch() in ("", "main"))
print(platform.mac_ver())
print(platform.win32_ver())
print(platform.win32_edition(), platform.win32_is_iot())
