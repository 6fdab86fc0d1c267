# uname(): a tuple of five named fields, with the processor after them
import platform

u = platform.uname()
print(type(u).__name__, isinstance(u, tuple))
print(len(u), len(tuple(u)))
print(u.system == platform.system(), u.node == platform.node())
print(u.release == platform.release(), u.version == platform.version())
print(u.machine == platform.machine(), u.processor == platform.processor())
print(u[0] == u.system, u[-1] == u.processor, u[:2] == (u.system, u.node))
print(list(u._asdict()))
print(u._fields)
print(repr(u).startswith("uname_result(system="), repr(u).count("="))
s, n, r, v, m, p = u
print(s == u.system, p == u.processor)
print(platform.uname() is platform.uname() or platform.uname() == platform.uname())
print(platform.system() in platform.platform())
print(platform.platform(terse=True).startswith(platform.system()))
